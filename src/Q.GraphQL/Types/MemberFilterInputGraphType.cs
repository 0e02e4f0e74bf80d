using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.GraphQL.Types;

/// <summary>The member directory's filters, read into the store's <see cref="MemberFilter"/>.</summary>
public sealed class MemberFilterInputGraphType : InputObjectGraphType<MemberFilter>
{
    public MemberFilterInputGraphType()
    {
        Name = "MemberFilter";
        Description = "Filters for the member directory. Every filter given must hold. An id that matches nothing (an unknown topic, organisation or region) gives an empty list, not an error.";
        Field<IdGraphType>("topic").Description("Members who work on this topic or any narrower topic (leaving out members whose topics are hidden from this viewer).");
        Field<IdGraphType>("organisation").Description("Members of this organisation.");
        Field<IdGraphType>("region").Description("Members in this region (a `Region.id`, e.g. `wales`).");
        Field<RoleGraphType>("role").Description("Members with this role.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MemberFilter(
        TopicId: value.TryGetValue("topic", out var topic) ? topic as string : null,
        OrganisationId: value.TryGetValue("organisation", out var organisation) ? organisation as string : null,
        RegionId: value.TryGetValue("region", out var region) ? region as string : null,
        Role: value.TryGetValue("role", out var role) ? role as MemberRole? : null);
}
