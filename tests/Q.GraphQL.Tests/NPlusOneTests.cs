using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>Store calls depend on the shape of a query, never on how many nodes it returns.</summary>
public sealed class NPlusOneTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private const string DeepQuery = """
        query($first: Int) { members(first: $first) { edges { node {
            organisation { name members(first: 5) { totalCount } }
            topics { topic { name broader { name } } }
            projects { title members { member { name } } }
            resources { title authors { name } }
            connections(first: 5) { totalCount edges { node { name organisation { name } } } }
        } } } }
        """;

    // One call per loader per level: members, organisations, organisation pages, topics, broader topics,
    // projects, project members, resources, authors, connection pages, connections' organisations.
    private const int Bound = 12;

    [Fact]
    public async Task Deep_query_costs_the_same_for_five_members_as_for_twenty()
    {
        var store = fixture.Server.Store;

        store.ResetCounts();
        var small = await fixture.Server.DataAsync(DeepQuery, new { first = 5 });
        var smallCalls = store.Calls;

        // 20, not 50: at 50 members this query's estimated cost (8,902) is over the cost limit (docs/security.md).
        store.ResetCounts();
        var large = await fixture.Server.DataAsync(DeepQuery, new { first = 20 });
        var largeCalls = store.Calls;

        Assert.Equal(5, small["members"]!["edges"]!.AsArray().Count);
        Assert.Equal(12, large["members"]!["edges"]!.AsArray().Count); // all of them: the community has 12
        Assert.Equal(Describe(smallCalls), Describe(largeCalls));
        Assert.True(largeCalls.Values.Sum() <= Bound, $"{largeCalls.Values.Sum()} store calls: {Describe(largeCalls)}");
        Assert.Equal(1, largeCalls["FindMembersAsync"]);
        Assert.Equal(2, largeCalls["GetMemberPagesAsync"]); // organisation members + connections, one call each
    }

    [Fact]
    public async Task Repeated_ids_in_one_request_are_fetched_once()
    {
        var store = fixture.Server.Store;
        store.ResetCounts();
        await fixture.Server.DataAsync("""{ a: member(id: "m-aisha") { name } b: member(id: "m-aisha") { name } c: member(id: "m-bryn") { name } }""");
        Assert.Equal(1, store.TotalCalls);
    }

    private static string Describe(IReadOnlyDictionary<string, int> calls) =>
        string.Join(", ", calls.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"));
}
