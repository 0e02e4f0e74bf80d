using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>The member directory: order, paging, filters and argument errors.</summary>
public sealed class DirectoryTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private static readonly string[] Alphabetical =
    [
        "Aisha Khan", "Bryn Evans", "Chloé Martin", "David Okafor", "Élise Dubois", "Farah Ahmed",
        "Gareth Lloyd", "Hannah Smith", "Ian Brown", "Oisín Kelly", "Siobhán O'Neill", "Zoë Adams",
    ];

    private QServer Server => fixture.Server;

    [Fact]
    public async Task Members_are_alphabetical_ignoring_accents()
    {
        var data = await Server.DataAsync("{ members { totalCount nodes { name } } }");
        Assert.Equal(12, (int)data["members"]!["totalCount"]!);
        // "Élise" files under e and "Siobhán" as "siobhan", not after z as an ordinal sort would put them.
        Assert.Equal(Alphabetical, data["members"]!["nodes"]!.AsArray().Select(n => (string?)n!["name"]));
    }

    [Fact]
    public async Task Paging_visits_every_member_exactly_once()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var data = await Server.DataAsync(
                "query($after: String) { members(first: 5, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                new { after });
            var page = data["members"]!;
            var info = page["pageInfo"]!;
            var edges = page["edges"]!.AsArray();
            Assert.Equal(12, (int)page["totalCount"]!);
            Assert.Equal(after is not null, (bool)info["hasPreviousPage"]!);
            Assert.Equal((string?)edges[0]!["cursor"], (string?)info["startCursor"]);
            Assert.Equal((string?)edges[^1]!["cursor"], (string?)info["endCursor"]);
            seen.AddRange(edges.Select(e => (string)e!["node"]!["name"]!));
            pages++;
            if (!(bool)info["hasNextPage"]!) break;
            after = (string?)info["endCursor"];
        }
        Assert.Equal(3, pages);
        Assert.Equal(Alphabetical, seen);
    }

    [Theory]
    // Farah also works on patient safety, but keeps her topics private: a topic filter must not reveal them.
    [InlineData("""{ topic: "patient-safety" }""", new[] { "Aisha Khan", "Chloé Martin", "David Okafor", "Hannah Smith", "Oisín Kelly" })]
    [InlineData("""{ topic: "sepsis" }""", new[] { "Aisha Khan", "David Okafor", "Oisín Kelly" })]
    [InlineData("""{ organisation: "org-cardiff" }""", new[] { "Bryn Evans", "Élise Dubois", "Gareth Lloyd" })]
    [InlineData("""{ region: "greater-manchester" }""", new[] { "David Okafor", "Hannah Smith", "Siobhán O'Neill", "Zoë Adams" })]
    [InlineData("""{ role: PATIENT_LEADER }""", new[] { "Chloé Martin", "Zoë Adams" })]
    [InlineData("""{ topic: "patient-safety", organisation: "org-leeds", role: FRONTLINE }""", new[] { "Aisha Khan", "Oisín Kelly" })]
    [InlineData("""{ region: "wales", role: MANAGER }""", new[] { "Bryn Evans", "Gareth Lloyd" })]
    [InlineData("""{ region: "atlantis" }""", new string[0])]
    [InlineData("""{ topic: "no-such-topic" }""", new string[0])]
    public async Task Filters_select_the_matching_members(string filter, string[] expected)
    {
        var data = await Server.DataAsync($"{{ members(filter: {filter}) {{ totalCount nodes {{ name }} }} }}");
        Assert.Equal(expected, data["members"]!["nodes"]!.AsArray().Select(n => (string?)n!["name"]));
        Assert.Equal(expected.Length, (int)data["members"]!["totalCount"]!);
    }

    [Fact]
    public async Task Filter_works_through_variables()
    {
        var data = await Server.DataAsync(
            "query($f: MemberFilter) { members(filter: $f) { nodes { id } } }",
            new { f = new { topic = "mental-health", role = "MANAGER" } });
        Assert.Equal("""[{"id":"m-bryn"}]""", data["members"]!["nodes"]!.Json());
    }

    [Fact]
    public async Task Unknown_role_is_a_validation_error()
    {
        var body = await Server.QueryAsync("{ members(filter: { role: ASTRONAUT }) { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Negative_first_is_bad_user_input_naming_first()
    {
        var body = await Server.QueryAsync("{ members(first: -1) { totalCount } }");
        var error = body["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Equal("first", (string?)error["extensions"]!["argument"]);
        Assert.Contains("'first'", (string?)error["message"]);
        Assert.Equal("""["members"]""", error["path"]!.Json());
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("bm8tbmV3bGluZQ")] // valid base64 of "no-newline": decodes, but is not one of our cursors
    public async Task Garbage_after_is_bad_user_input_naming_after(string after)
    {
        var body = await Server.QueryAsync("query($a: String) { members(after: $a) { totalCount } }", new { a = after });
        var error = body["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Equal("after", (string?)error["extensions"]!["argument"]);
        Assert.Contains("'after'", (string?)error["message"]);
    }

    [Fact]
    public async Task Nested_page_arguments_are_checked_too()
    {
        var body = await Server.QueryAsync("""{ organisation(id: "org-leeds") { members(after: "%%%") { totalCount } } }""");
        Assert.Equal("after", (string?)body["errors"]![0]!["extensions"]!["argument"]);
        Assert.Equal("""["organisation","members"]""", body["errors"]![0]!["path"]!.Json());
    }

    [Fact]
    public async Task First_zero_gives_only_the_count()
    {
        var data = await Server.DataAsync("{ members(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }");
        Assert.Equal("""{"totalCount":12,"edges":[],"pageInfo":{"hasNextPage":true,"endCursor":null}}""", data["members"]!.Json());
    }
}
