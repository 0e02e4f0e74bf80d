using System.Text.Json;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Demo;
using Q.Graph.Sqlite;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests;

/// <summary>Documents built from a real SQLite graph: what the builder leaves out, and a realistic demo index.</summary>
public sealed class GraphBackedTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("q-search-graph-").FullName;
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = SqliteGraphStore.InDirectory(Path.Combine(_root, "data"));
        await _store.InitialiseAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private Task WriteAsync(DemoCommunity c) => _store.ExecuteWriteAsync(async (w, ct) =>
    {
        await w.UpsertOrganisationsAsync(c.Organisations.ToArray(), ct);
        await w.UpsertTopicsAsync(c.Topics.ToArray(), ct);
        await w.UpsertMembersAsync(c.Members.ToArray(), ct);
        await w.UpsertProjectsAsync(c.Projects.ToArray(), ct);
        await w.UpsertResourcesAsync(c.Resources.ToArray(), ct);
        return true;
    });

    [Fact]
    public async Task The_builder_never_puts_private_parts_or_contact_details_in_a_document()
    {
        var member = new Member
        {
            Id = "m-private", Name = "Priya Private", Email = "priya@example.invalid", Phone = "07700 900123",
            Bio = "My secret bio about zebrafish", Headline = "Members-only headline",
            Topics = [new MemberTopic("t-quokka", TopicLevel.Expert)],
            Visibility = ProfileVisibility.Default with { Bio = Visibility.Private, Headline = Visibility.Members, Topics = Visibility.Private },
        };
        await _store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertTopicsAsync([new Topic { Id = "t-quokka", Name = "Quokka care" }], ct);
            await w.UpsertMembersAsync([member], ct);
            return true;
        });

        var op = Assert.IsType<UpsertPerson>(Assert.Single(await new SearchDocumentBuilder(_store).PeopleAsync(["m-private"], 4)));
        Assert.Null(op.Document.Bio);
        Assert.Null(op.Document.Topics);
        Assert.Equal(Visibility.Members, op.Document.Headline!.Visibility);
        var json = JsonSerializer.Serialize(op.Document);
        foreach (var secret in new[] { "priya@example.invalid", "07700", "zebrafish", "Quokka" }) Assert.DoesNotContain(secret, json, StringComparison.Ordinal);

        await using var index = new LuceneSearchIndex(Path.Combine(_root, "data"));
        await index.InitialiseAsync();
        await index.ApplyAsync([op], 4);
        var everyone = new Audience(Visibility.Private);
        Assert.Empty((await index.SearchPeopleAsync(new PeopleQuery(Plan("zebrafish"), MemberFilter.None, 10, 0, everyone))).Hits);
        Assert.Empty((await index.SearchPeopleAsync(new PeopleQuery(Plan("priya@example.invalid"), MemberFilter.None, 10, 0, everyone))).Hits);
        Assert.Empty((await index.SearchPeopleAsync(new PeopleQuery(Plan("headline"), MemberFilter.None, 10, 0, Audience.Public))).Hits);
        Assert.Single((await index.SearchPeopleAsync(new PeopleQuery(Plan("headline"), MemberFilter.None, 10, 0, new Audience(Visibility.Members)))).Hits);
    }

    [Fact]
    public async Task A_demo_community_indexes_whole_and_searches_realistically()
    {
        var community = DemoCommunity.Generate(300, seed: 7);
        await WriteAsync(community);
        await using var index = new LuceneSearchIndex(Path.Combine(_root, "data"));
        await index.InitialiseAsync();
        await index.RebuildAsync(new SearchDocumentBuilder(_store).AllAsync(1), 1);

        var people = await index.VersionsAsync(SearchKind.Person);
        Assert.Equal(community.Members.Count, people.Count);
        Assert.Equal(community.Resources.Count + community.Projects.Count, (await index.VersionsAsync(SearchKind.Resource)).Count);

        var members = new Audience(Visibility.Members);
        var all = await index.SearchPeopleAsync(new PeopleQuery(QueryPlan.Empty, MemberFilter.None, 100, 0, members));
        Assert.Equal(community.Members.Count, all.TotalCount);
        Assert.Equal(community.Members.Count(m => m.RegionId is not null), all.Facets.Region.Sum(v => v.Count));
        Assert.Equal(community.Members.Count, all.Facets.Role.Sum(v => v.Count));
        var names = all.Hits.Select(h => SortKeys.For(community.Members.Single(m => m.Id == h.Id).Name)).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        // The most common expert topic: searching its name puts a declared expert first, with the reason.
        var (topicId, _) = community.Members
            .Where(m => m.Visibility.Topics == Visibility.Public)
            .SelectMany(m => m.Topics.Where(t => t.Level == TopicLevel.Expert))
            .GroupBy(t => t.TopicId).Select(g => (g.Key, g.Count())).MaxBy(g => g.Item2);
        var topic = community.Topics.Single(t => t.Id == topicId);
        var page = await index.SearchPeopleAsync(new PeopleQuery(Plan(new QueryClause(topic.Name, topic.Name.Contains(' '), false, [])), MemberFilter.None, 10, 0, Audience.Public));
        Assert.NotEmpty(page.Hits);
        var first = community.Members.Single(m => m.Id == page.Hits[0].Id);
        Assert.Contains(first.Topics, t => t.TopicId == topicId && t.Level == TopicLevel.Expert);
        Assert.Contains($"expert in {topic.Name}", page.Hits[0].Reasons);
        Assert.Contains(page.Facets.Topic, v => v.Value == topicId && v.Label == topic.Name);

        // Filtering by that topic gives exactly the members who show it publicly.
        var filtered = await index.SearchPeopleAsync(new PeopleQuery(QueryPlan.Empty, new MemberFilter(TopicId: topicId), 100, 0, Audience.Public));
        Assert.Equal(
            community.Members.Count(m => m.Visibility.Topics == Visibility.Public && m.Topics.Any(t => t.TopicId == topicId)),
            filtered.TotalCount);

        var resources = await index.SearchResourcesAsync(new ResourceQuery(Plan(new QueryClause(topic.Name, topic.Name.Contains(' '), false, [])), ResourceFilter.None, 10, 0));
        Assert.True(resources.TotalCount > 0);
        Assert.NotEmpty(resources.TypeFacet);
    }
}
