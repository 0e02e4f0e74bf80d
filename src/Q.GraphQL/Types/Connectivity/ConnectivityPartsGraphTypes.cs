using GraphQL.Types;
using Q.GraphQL.Access;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>One bucket of the degree distribution.</summary>
public sealed class DegreeCountGraphType : ObjectGraphType<DegreeCount>
{
    public DegreeCountGraphType()
    {
        Name = "DegreeCount";
        Description = "How many members have this many ties.";
        Field<NonNullGraphType<IntGraphType>>("degree").Description("The number of ties.").Resolve(c => c.Source.Degree);
        Field<IntGraphType>("members").Description("How many members have it; null (for evaluators) when fewer than 5.").Resolve(c => c.Source.Members);
    }
}

/// <summary>Members of one region.</summary>
public sealed class RegionMembersGraphType : ObjectGraphType<RegionCount>
{
    public RegionMembersGraphType()
    {
        Name = "RegionMembers";
        Description = "How many members of the network are in a region.";
        Field<NonNullGraphType<IdGraphType>>("region").Description("The region's id, e.g. `wales`.").Resolve(c => c.Source.Region);
        Field<IntGraphType>("members").Description("Members in the region; null (for evaluators) when fewer than 5.").Resolve(c => c.Source.Members);
    }
}

/// <summary>One cell of the region-by-region tie matrix.</summary>
public sealed class RegionTieGraphType : ObjectGraphType<RegionTieCount>
{
    public RegionTieGraphType()
    {
        Name = "RegionTie";
        Description = "Ties between members of two regions (from = to: within one region).";
        Field<NonNullGraphType<IdGraphType>>("from").Description("One region's id.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Description("The other region's id.").Resolve(c => c.Source.To);
        Field<IntGraphType>("count").Description("How many ties; null (for evaluators) when 1 to 4, or when either region has fewer than 5 members.").Resolve(c => c.Source.Count);
    }
}

/// <summary>Mixing across one attribute.</summary>
public sealed class AttributeMixingGraphType : ObjectGraphType<MixingView>
{
    public AttributeMixingGraphType()
    {
        Name = "AttributeMixing";
        Description = "How members mix across one attribute: Newman's assortativity and Krackhardt's E-I index.";
        Field<NonNullGraphType<StringGraphType>>("attribute").Description("region, role, organisation or organisationType.").Resolve(c => c.Source.Attribute);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("True when withheld (for evaluators) because a group of this attribute has fewer than 5 members; the figures are then null.").Resolve(c => c.Source.Suppressed);
        Field<FloatGraphType>("assortativity").Description("-1 (ties only across groups) to 1 (only within); null when undefined or withheld.").Resolve(c => c.Source.Assortativity);
        Field<FloatGraphType>("eiIndex").Description("(external - internal) / all ties, -1 to 1; null when undefined or withheld.").Resolve(c => c.Source.EiIndex);
        Field<IntGraphType>("internalTies").Description("Ties within a group; null when withheld.").Resolve(c => c.Source.InternalTies);
        Field<IntGraphType>("externalTies").Description("Ties across groups; null when withheld.").Resolve(c => c.Source.ExternalTies);
    }
}

/// <summary>A broker.</summary>
public sealed class BrokerGraphType : ObjectGraphType<BrokerView>
{
    public BrokerGraphType()
    {
        Name = "Broker";
        Description = "A member who bridges parts of the network.";
        Field<NonNullGraphType<IdGraphType>>("member").Description("The member's id, or for evaluators without the names grant a pseudonym (`p-…`, the same as in `q export-network --pseudonymise`).").Resolve(c => c.Source.Member);
        Field<StringGraphType>("name").Description("The member's name; null for evaluators without the names grant.").Resolve(c => c.Source.Name);
        Field<FloatGraphType>("betweenness").Description("Normalised betweenness centrality.").Resolve(c => c.Source.Betweenness);
        Field<FloatGraphType>("constraint").Description("Burt's constraint (lower: more brokerage); null when undefined (no ties).").Resolve(c => c.Source.Constraint);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("The member's ties.").Resolve(c => c.Source.Degree);
    }
}

/// <summary>A member's score.</summary>
public sealed class MemberScoreGraphType : ObjectGraphType<MemberScore>
{
    public MemberScoreGraphType()
    {
        Name = "MemberScore";
        Description = "A member and a score.";
        Field<NonNullGraphType<IdGraphType>>("member").Description("The member's id, or for evaluators without the names grant a pseudonym (`p-…`).").Resolve(c => c.Source.Member);
        Field<StringGraphType>("name").Description("The member's name; null for evaluators without the names grant.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The score.").Resolve(c => c.Source.Score);
    }
}
