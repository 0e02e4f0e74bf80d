using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Elasticsearch;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Elasticsearch;

/// <summary>
/// Against a real Elasticsearch server when <c>Q_TEST_ELASTICSEARCH_URL</c> is set (skipped otherwise): the analysis
/// (folding, spelling, stemming), versioned writes and replays, members-only fields, facets, reasons, rebuild and
/// clean-up, end to end. The request-shape tests check what is sent; this checks the server agrees.
/// </summary>
public sealed class ElasticsearchLiveSmokeTests(ElasticsearchFixture fixture) : IClassFixture<ElasticsearchFixture>
{
    [SkippableFact]
    public async Task Apply_search_replay_rebuild_and_delete_against_a_live_server()
    {
        Skip.If(ElasticsearchFixture.Url is null, ElasticsearchFixture.NotConfigured);
        await using var index = new ElasticsearchSearchIndex(fixture.NewOptions());
        try
        {
            Assert.True(await index.PingAsync());
            await index.InitialiseAsync();
            await index.InitialiseAsync(); // a second start finds the indexes and leaves them alone
            Assert.Equal(0, await index.PositionAsync());

            await index.ApplyAsync([new UpsertPerson(Siobhan(7)), new UpsertPerson(Other(7)), new UpsertResource(CaseStudy(7))], 7);
            Assert.Equal(7, await index.PositionAsync());

            // Diacritics and apostrophes fold in names; American spelling and plurals meet British singulars.
            Assert.Equal(["m-siobhan"], await Ids(index, Plan(("siobhan oneill", true, false)), Audience.Public));
            Assert.Equal(["m-siobhan"], await Ids(index, Plan(("paediatrics", false, false)), Audience.Public));
            // A typo finds the word (the expert first, then the passing mention).
            Assert.Equal(["m-siobhan", "m-other"], await Ids(index, Plan(("sepsiss", false, true)), Audience.Public));

            // The members-only bio is searched for members only.
            Assert.Empty(await Ids(index, Plan(("pdsa", false, false)), Audience.Public));
            var members = await index.SearchPeopleAsync(new PeopleQuery(Plan(("pdsa", false, false)), MemberFilter.None, 10, 0, new Audience(Visibility.Members)));
            var hit = Assert.Single(members.Hits);
            Assert.Contains("matched \"pdsa\" in bio", hit.Reasons);
            Assert.Contains(hit.Highlights, h => h.Field == "bio" && h.Fragments.Any(f => f.Contains("<em>PDSA</em>", StringComparison.Ordinal)));

            // An expert topic outranks a passing mention, and says so.
            var sepsis = await index.SearchPeopleAsync(new PeopleQuery(Plan(("sepsis", false, false)), MemberFilter.None, 10, 0, Audience.Public));
            Assert.Equal(["m-siobhan", "m-other"], sepsis.Hits.Select(h => h.Id));
            Assert.Contains("expert in Sepsis", sepsis.Hits[0].Reasons);

            // Facets count with every filter but their own.
            var wessex = await index.SearchPeopleAsync(new PeopleQuery(Plan(("sepsis", false, false)), new MemberFilter(RegionId: "wessex"), 10, 0, Audience.Public));
            Assert.Equal(["m-siobhan"], wessex.Hits.Select(h => h.Id));
            Assert.Equal(1, wessex.TotalCount);
            Assert.Equal(2, wessex.Facets.Region.Sum(f => f.Count));

            // A replay of an older version is a no-op, not an error.
            await index.ApplyAsync([new UpsertPerson(Siobhan(5) with { Name = "Stale Name" })], 7);
            Assert.Empty(await Ids(index, Plan(("stale", false, false)), Audience.Public));
            Assert.Equal(7, (await index.VersionsAsync(SearchKind.Person))["m-siobhan"]);

            var resources = await index.SearchResourcesAsync(new ResourceQuery(Plan(("screening", false, false)), ResourceFilter.None, 10, 0));
            Assert.Equal(["r-1"], resources.Hits.Select(h => h.Id));

            await index.ApplyAsync([new DeleteDocument(SearchKind.Person, "m-other", 8)], 8);
            Assert.Equal(["m-siobhan"], (await index.VersionsAsync(SearchKind.Person)).Keys);

            await index.RebuildAsync(Stream(new UpsertPerson(Siobhan(9)), new UpsertResource(CaseStudy(9))), 9);
            Assert.Equal(9, await index.PositionAsync());
            Assert.Equal(["m-siobhan"], await Ids(index, Plan(("sepsis", false, false)), Audience.Public));
            Assert.Equal(9, (await index.VersionsAsync(SearchKind.Person))["m-siobhan"]);
        }
        finally
        {
            await index.DeleteAllAsync();
        }
    }

    private static QueryPlan Plan(params (string Text, bool IsPhrase, bool AllowTypos)[] clauses) =>
        new(string.Join(' ', clauses.Select(c => c.Text)), clauses.Select(c => new QueryClause(c.Text, c.IsPhrase, c.AllowTypos, [])).ToArray());

    private static async Task<string[]> Ids(ISearchIndex index, QueryPlan plan, Audience audience) =>
        (await index.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, audience))).Hits.Select(h => h.Id).ToArray();

    private static PersonDocument Siobhan(long version) => new()
    {
        Id = "m-siobhan",
        Name = "Siobhán O'Neill",
        Role = MemberRole.Frontline,
        RegionId = "wessex",
        Headline = new Restricted<string>("Pediatric nurse", Visibility.Public),
        Bio = new Restricted<string>("Runs PDSA cycles on the ward.", Visibility.Members),
        Topics = new Restricted<IReadOnlyList<DocumentTopic>>([new DocumentTopic("sepsis", "Sepsis", TopicLevel.Expert, [])], Visibility.Public),
        Version = version,
    };

    private static PersonDocument Other(long version) => new()
    {
        Id = "m-other",
        Name = "Sam Jones",
        Role = MemberRole.Manager,
        RegionId = "oxford",
        Bio = new Restricted<string>("Once sat in a meeting about sepsis.", Visibility.Public),
        Version = version,
    };

    private static ResourceDocument CaseStudy(long version) => new()
    {
        Id = "r-1",
        Title = "Sepsis screening in A&E",
        Type = "case-study",
        Topics = [new DocumentTopic("sepsis", "Sepsis", TopicLevel.Practitioner, [])],
        Authors = [("m-siobhan", "Siobhán O'Neill")],
        Version = version,
    };

}
