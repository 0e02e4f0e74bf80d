using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Contract;

public abstract partial class SearchIndexContract<TFixture>
{
    private Task<ISearchIndex> FacetIndexAsync() => IndexWithAsync(
        Up(Person("a1", "Alice A", bio: "sepsis", region: "wessex", role: MemberRole.Manager, organisationType: OrganisationType.AcuteProvider,
            topics: [Topic("t-sepsis", "Sepsis", TopicLevel.Expert)])),
        Up(Person("a2", "Alan A", bio: "sepsis", region: "wessex", role: MemberRole.Frontline, organisationType: OrganisationType.PrimaryCare)),
        Up(Person("b1", "Bella B", bio: "sepsis", region: "oxford", role: MemberRole.Manager, organisationType: OrganisationType.AcuteProvider,
            topics: [Topic("t-sepsis", "Sepsis", TopicLevel.Practitioner)])),
        Up(Person("c1", "Cara C", bio: "sepsis", region: "scotland", role: MemberRole.Researcher, organisationId: "o-uni", organisationType: OrganisationType.Academic)),
        Up(Person("d1", "Dan D", bio: "falls", region: "scotland", role: MemberRole.Manager)));

    [SkippableFact]
    public async Task Facets_count_each_value_with_every_filter_but_their_own()
    {
        var index = await FacetIndexAsync();
        var all = await People(index, Plan("sepsis"));
        Assert.Equal(4, all.TotalCount);
        Assert.Equal(2, Count(all.Facets.Region, "wessex"));
        Assert.Equal("Wessex", all.Facets.Region.Single(v => v.Value == "wessex").Label);
        Assert.Equal(2, Count(all.Facets.Role, "manager"));
        Assert.Equal("Acute provider", all.Facets.OrganisationType.Single(v => v.Value == "acute-provider").Label);
        Assert.Equal(2, Count(all.Facets.Topic, "t-sepsis"));

        var wessex = await People(index, Plan("sepsis"), filter: new MemberFilter(RegionId: "wessex"));
        Assert.Equal(["a1", "a2"], Ids(wessex).Order());
        Assert.Equal(2, wessex.TotalCount);
        // The region facet ignores the region filter: the other regions still show their counts.
        Assert.Equal(2, Count(wessex.Facets.Region, "wessex"));
        Assert.Equal(1, Count(wessex.Facets.Region, "oxford"));
        Assert.Equal(1, Count(wessex.Facets.Region, "scotland"));
        // Other facets honour it.
        Assert.Equal(1, Count(wessex.Facets.Role, "manager"));
        Assert.Equal(1, Count(wessex.Facets.Role, "frontline"));
        Assert.Equal(0, Count(wessex.Facets.Role, "researcher"));

        var managersInWessex = await People(index, Plan("sepsis"), filter: new MemberFilter(RegionId: "wessex", Role: MemberRole.Manager));
        Assert.Equal(["a1"], Ids(managersInWessex));
        Assert.Equal(1, Count(managersInWessex.Facets.Region, "wessex"));
        Assert.Equal(1, Count(managersInWessex.Facets.Region, "oxford"));
        Assert.Equal(0, Count(managersInWessex.Facets.Region, "scotland"));
        Assert.Equal(1, Count(managersInWessex.Facets.Role, "frontline"));

        Assert.Equal(["c1"], Ids(await People(index, Plan("sepsis"), filter: new MemberFilter(OrganisationId: "o-uni"))));
        Assert.Equal(["a1", "b1"], Ids(await People(index, Plan("sepsis"), filter: new MemberFilter(TopicId: "t-sepsis"))).Order());
    }

    [SkippableFact]
    public async Task An_empty_plan_returns_everyone_by_name_with_facets()
    {
        var index = await FacetIndexAsync();
        var page = await People(index, QueryPlan.Empty);
        Assert.Equal(["a2", "a1", "b1", "c1", "d1"], Ids(page)); // Alan, Alice, Bella, Cara, Dan
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(2, Count(page.Facets.Region, "scotland"));
        Assert.Equal(3, Count(page.Facets.Role, "manager"));
    }

    [SkippableFact]
    public async Task Pages_follow_first_and_offset_with_the_total_count()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync(Enumerable.Range(0, 25).Select(i => (IndexOperation)Up(Person($"m{i:00}", $"Person {i:00}", bio: "sepsis"))).ToArray(), 1);
        var seen = new List<string>();
        for (var offset = 0; offset < 25; offset += 10)
        {
            var page = await People(index, QueryPlan.Empty, first: 10, offset: offset);
            Assert.Equal(25, page.TotalCount);
            seen.AddRange(Ids(page));
        }
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"m{i:00}"), seen);

        var scored = new List<string>();
        for (var offset = 0; offset < 25; offset += 7) scored.AddRange(Ids(await People(index, Plan("sepsis"), first: 7, offset: offset)));
        Assert.Equal(25, scored.Distinct().Count());

        Assert.Equal(25, (await People(index, Plan("sepsis"), first: 1_000)).Hits.Count);
        var none = await People(index, Plan("sepsis"), first: 0);
        Assert.Empty(none.Hits);
        Assert.Equal(25, none.TotalCount);
        Assert.Empty((await People(index, Plan("sepsis"), offset: 100)).Hits);
    }

    [SkippableFact]
    public async Task Page_size_is_capped_at_one_hundred()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync(Enumerable.Range(0, 150).Select(i => (IndexOperation)Up(Person($"m{i:000}", $"Person {i:000}"))).ToArray(), 1);
        var page = await People(index, QueryPlan.Empty, first: 500);
        Assert.Equal(100, page.Hits.Count);
        Assert.Equal(150, page.TotalCount);
    }

    [SkippableFact]
    public async Task Resources_are_searched_with_type_and_topic_facets()
    {
        var sepsis = Topic("t-sepsis", "Sepsis", TopicLevel.Practitioner, "septicaemia");
        var index = await IndexWithAsync(
            Up(Resource("r1", "Sepsis screening in A&E", "case-study", "We screened every patient.", 1, sepsis)),
            Up(Resource("project:p1", "Faster antibiotics", "project", "A project on sepsis and antibiotics.", 1)),
            Up(Resource("r2", "Falls toolkit", "tool", "Falls prevention.", 1)),
            Up(Person("m1", "Sepsis Person", bio: "sepsis")));

        var page = await index.SearchResourcesAsync(new ResourceQuery(Plan("sepsis"), ResourceFilter.None, 10, 0));
        Assert.Equal(["r1", "project:p1"], Ids(page));
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(1, Count(page.TypeFacet, "case-study"));
        Assert.Equal("Case study", page.TypeFacet.Single(v => v.Value == "case-study").Label);
        Assert.Equal(1, Count(page.TypeFacet, "project"));
        Assert.Equal(1, Count(page.TopicFacet, "t-sepsis"));
        Assert.Contains(page.Hits[0].Highlights, h => h.Field == "title" && h.Fragments.Any(f => f.Contains("<em>Sepsis</em>", StringComparison.Ordinal)));
        Assert.Contains("\"sepsis\" in title", page.Hits[0].Reasons);
        Assert.Contains("about Sepsis", page.Hits[0].Reasons);

        var projects = await index.SearchResourcesAsync(new ResourceQuery(Plan("sepsis"), new ResourceFilter(Type: "project"), 10, 0));
        Assert.Equal(["project:p1"], Ids(projects));
        Assert.Equal(1, Count(projects.TypeFacet, "case-study"));
        Assert.Equal(0, Count(projects.TopicFacet, "t-sepsis"));

        var everything = await index.SearchResourcesAsync(new ResourceQuery(QueryPlan.Empty, ResourceFilter.None, 10, 0));
        Assert.Equal(["r2", "project:p1", "r1"], Ids(everything)); // by title: Falls…, Faster…, Sepsis…
    }
}
