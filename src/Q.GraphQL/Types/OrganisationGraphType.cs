using GraphQL;
using GraphQL.Types;
using Q.Core.Model;
using Q.Core.Ports;
using Q.GraphQL.Access;
using Q.GraphQL.Hardening;
using Q.GraphQL.Paging;

namespace Q.GraphQL.Types;

/// <summary>An organisation members work for.</summary>
public sealed class OrganisationGraphType : ObjectGraphType<Organisation>
{
    public OrganisationGraphType()
    {
        Name = "Organisation";
        Description = "An organisation members work for: a trust, practice, council, charity, university…";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The organisation's stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The organisation's name.").Resolve(c => c.Source.Name);
        Field<OrganisationTypeGraphType>("type").Description("The kind of organisation, if known.").Resolve(c => c.Source.Type);
        Field<RegionGraphType>("region").Description("The region the organisation is based in, if given.").Resolve(c => Region.Find(c.Source.RegionId));
        Field<NonNullGraphType<MemberConnectionGraphType>>("members")
            .Description("The organisation's members, alphabetically.")
            .WithPageArguments()
            .Resolve(c => c.Loaders().Page(MemberScope.Organisation, c.Source.Id, PageArguments.Read(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicSkillGraphType>>>>("skills")
            .Description("Improvement skills in this organisation: how many members hold each topic, most held first (see TopicSkill for what is counted and shown).")
            .WithListSize(QueryCost.ListSizes.OrganisationSkills)
            .ResolveAsync(async c => await SkillsAsync(c));
    }

    private static async Task<object?> SkillsAsync(IResolveFieldContext<Organisation> c)
    {
        var viewer = c.Viewer();
        var counts = await c.Loaders().SkillsOf(c.Source.Id, viewer.Audience).GetResultAsync(c.CancellationToken) ?? [];
        IReadOnlyList<Member>? named = null;
        if (viewer.Role == AccessRole.Employer && viewer.OrganisationId == c.Source.Id)
        {
            named = (await c.Loaders().MembersVisibleToEmployer(c.Source.Id).GetResultAsync(c.CancellationToken) ?? []).Where(viewer.IsEmployerOf).ToArray();
            foreach (var member in named) c.Audit().Record("read", member.Id, "skills");
        }
        return SkillsView.Build(viewer, counts, named);
    }
}
