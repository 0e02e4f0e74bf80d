using GraphQL;
using GraphQL.Types;
using Q.GraphQL.Access;
using Q.GraphQL.Hardening;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>The figures a connectivity report and a snapshot share, added to either type (docs/metrics.md defines each).</summary>
internal static class ConnectivityFigures
{
    public static void Add(ObjectGraphType<ConnectivityView> type)
    {
        type.Field<NonNullGraphType<NetworkFilterGraphType>>("filter").Description("The filter the figures are for.").Resolve(c => c.Source.Report.Filter);
        type.Field<NonNullGraphType<DateTimeGraphType>>("computedAt").Description("When the figures were computed (UTC).").Resolve(c => c.Source.Report.ComputedAt.UtcDateTime);
        type.Field<NonNullGraphType<IntGraphType>>("memberCount").Description("Members in the filtered network.").Resolve(c => c.Source.Report.MemberCount);
        type.Field<NonNullGraphType<IntGraphType>>("connectionCount").Description("Ties among them.").Resolve(c => c.Source.Report.ConnectionCount);
        Float(type, "density", "Ties as a share of all possible ties (0 below 2 members, as NetworkX has it).", v => v.Report.Density);
        Float(type, "averageDegree", "Mean number of ties per member.", v => v.Report.AverageDegree);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DegreeCountGraphType>>>>("degreeDistribution")
            .Description("How many members have each number of ties, by degree (a count under 5 is null for evaluators).")
            .WithListSize(50).Resolve(c => c.Source.DegreeDistribution());
        type.Field<NonNullGraphType<IntGraphType>>("componentCount").Description("Connected components (an isolate is one).").Resolve(c => c.Source.Report.ComponentCount);
        Float(type, "largestComponentShare", "Share of members in the largest component, 0 to 1.", v => v.Report.LargestComponentShare);
        type.Field<NonNullGraphType<IntGraphType>>("isolateCount").Description("Members without ties.").Resolve(c => c.Source.Report.IsolateCount);
        Float(type, "transitivity", "Closed triangles as a share of connected triples (global clustering).", v => v.Report.Transitivity);
        Float(type, "averageClustering", "Mean of the members' local clustering coefficients.", v => v.Report.AverageClustering);
        Float(type, "degreeAssortativity", "Whether well-connected members tie to each other (-1 to 1), e.g. undefined when all degrees are equal.", v => v.Report.DegreeAssortativity);
        Float(type, "averageShortestPathLength", "Mean number of steps between members of the largest component.", v => v.Report.AverageShortestPathLength);
        type.Field<NonNullGraphType<BooleanGraphType>>("shortestPathsSampled").Description("True when averageShortestPathLength was estimated from sampled members (large networks).").Resolve(c => c.Source.Report.ShortestPathsSampled);
        type.Field<FloatGraphType>("regionAssortativity").Description("Newman's assortativity by region (1: ties stay within regions); null when undefined or withheld.").Resolve(c => c.Source.RegionAssortativity);
        type.Field<FloatGraphType>("regionEiIndex").Description("Krackhardt's E-I index by region, (external - internal) / all ties; null when undefined or withheld.").Resolve(c => c.Source.RegionEiIndex);
        Float(type, "modularity", "Modularity of the detected communities (Louvain).", v => v.Report.Modularity);
        type.Field<NonNullGraphType<IntGraphType>>("communityCount").Description("Communities detected.").Resolve(c => c.Source.Report.CommunityCount);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeMixingGraphType>>>>("mixing")
            .Description("How members mix across region, role, organisation and organisationType.")
            .WithListSize(4).Resolve(c => c.Source.Mixing());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionMembersGraphType>>>>("regionMembers")
            .Description("Members per region.").WithListSize(18).Resolve(c => c.Source.RegionMembers());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionTieGraphType>>>>("regionTies")
            .Description("Ties between regions, both orders listed; a region's ties within itself where from = to.")
            .WithListSize(50).Resolve(c => c.Source.RegionTies());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerGraphType>>>>("brokers")
            .Description("Members of highest betweenness, with Burt's constraint.").WithListSize(20).Resolve(c => c.Source.Brokers());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberScoreGraphType>>>>("betweenness")
            .Description("Members of highest (normalised) betweenness, highest first. A snapshot keeps the top 100.")
            .Argument<IntGraphType>("first", "How many: 20 when omitted, at most 100.")
            .WithListSize(20).Resolve(c => c.Source.Betweenness(c.GetArgument<int?>("first") ?? 20));
        type.Field<NonNullGraphType<BooleanGraphType>>("betweennessSampled").Description("True when betweenness was estimated from sampled members (large networks).").Resolve(c => c.Source.Report.BetweennessSampled);
        type.Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description("True when something was withheld from you because it concerns a group of fewer than 5 members (evaluators; see docs/metrics.md).")
            .Resolve(c => c.Source.AnythingSuppressed);
    }

    private static void Float(ObjectGraphType<ConnectivityView> type, string name, string description, Func<ConnectivityView, double> value) =>
        type.Field<FloatGraphType>(name).Description(description + " Null when undefined.").Resolve(c => ConnectivityView.Defined(value(c.Source)));
}
