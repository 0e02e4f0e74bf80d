using GraphQL.Types;
using Q.Core.Analytics;
using Q.Core.Model;

namespace Q.GraphQL.Types.Connectivity;

/// <summary>Which part of the network connectivity figures are for, read into <see cref="NetworkFilter"/>.</summary>
public sealed class NetworkFilterInputGraphType : InputObjectGraphType<NetworkFilter>
{
    public NetworkFilterInputGraphType()
    {
        Name = "NetworkFilter";
        Description = "Which part of the network to measure: the members matching every filter given (none: everyone) and the ties among them. An id that matches nothing gives an empty network, not an error.";
        Field<IdGraphType>("region").Description("Members in this region (a `Region.id`, e.g. `wales`).");
        Field<RoleGraphType>("role").Description("Members with this role.");
        Field<IdGraphType>("organisation").Description("Members of this organisation.");
        Field<OrganisationTypeGraphType>("organisationType").Description("Members of organisations of this type.");
        Field<IdGraphType>("topic").Description("Members who hold this topic at any level (narrower topics do not count), leaving out members whose topics are hidden from you.");
        Field<DateGraphType>("joinedFrom").Description("Members who joined on or after this date (members without a joined date are left out).");
        Field<DateGraphType>("joinedTo").Description("Members who joined on or before this date (members without a joined date are left out).");
        Field<DateGraphType>("asOf").Description("The network as it stood on this date: members who had joined (or have no joined date) and ties formed by then (or undated). Ignored by connectivityHistory, whose snapshots each have their own date.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        T? Get<T>(string name) => value.TryGetValue(name, out var v) && v is T t ? t : default;
        return new NetworkFilter(
            RegionId: Get<string>("region"),
            Role: value.TryGetValue("role", out var role) ? role as MemberRole? : null,
            OrganisationId: Get<string>("organisation"),
            OrganisationType: value.TryGetValue("organisationType", out var type) ? type as OrganisationType? : null,
            TopicId: Get<string>("topic"),
            JoinedFrom: value.TryGetValue("joinedFrom", out var from) ? from as DateOnly? : null,
            JoinedTo: value.TryGetValue("joinedTo", out var to) ? to as DateOnly? : null,
            AsOf: value.TryGetValue("asOf", out var asOf) ? asOf as DateOnly? : null);
    }
}

/// <summary>The filter a report or snapshot is for.</summary>
public sealed class NetworkFilterGraphType : ObjectGraphType<NetworkFilter>
{
    public NetworkFilterGraphType()
    {
        Name = "AppliedNetworkFilter";
        Description = "The filter a connectivity report or snapshot is for (null fields: not filtered on).";
        Field<IdGraphType>("region").Description("Members in this region.").Resolve(c => c.Source.RegionId);
        Field<RoleGraphType>("role").Description("Members with this role.").Resolve(c => c.Source.Role);
        Field<IdGraphType>("organisation").Description("Members of this organisation.").Resolve(c => c.Source.OrganisationId);
        Field<OrganisationTypeGraphType>("organisationType").Description("Members of organisations of this type.").Resolve(c => c.Source.OrganisationType);
        Field<IdGraphType>("topic").Description("Members who hold this topic.").Resolve(c => c.Source.TopicId);
        Field<DateGraphType>("joinedFrom").Description("Members who joined on or after this date.").Resolve(c => c.Source.JoinedFrom);
        Field<DateGraphType>("joinedTo").Description("Members who joined on or before this date.").Resolve(c => c.Source.JoinedTo);
        Field<DateGraphType>("asOf").Description("The network as it stood on this date.").Resolve(c => c.Source.AsOf);
    }
}
