using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>"Email and contact details private unless a member says otherwise", for an anonymous viewer.</summary>
public sealed class PrivacyTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private QServer Server => fixture.Server;

    [Fact]
    public async Task Email_is_hidden_by_default_and_shown_when_the_member_made_it_public()
    {
        var data = await Server.DataAsync("""{ aisha: member(id: "m-aisha") { email } bryn: member(id: "m-bryn") { email } }""");
        Assert.Null((string?)data["aisha"]!["email"]);
        Assert.Equal("bryn@example.org", (string?)data["bryn"]!["email"]);
    }

    [Fact]
    public async Task Private_bio_is_null_while_public_parts_still_show()
    {
        var data = await Server.DataAsync("""{ member(id: "m-siobhan") { name bio headline email } }""");
        Assert.Equal("""{"name":"Siobhán O'Neill","bio":null,"headline":"Perinatal mental health researcher","email":null}""", data["member"]!.Json());
    }

    [Fact]
    public async Task Members_only_headline_is_hidden_from_an_anonymous_viewer()
    {
        var data = await Server.DataAsync("""{ member(id: "m-hannah") { headline } }""");
        Assert.Null((string?)data["member"]!["headline"]);
    }

    [Fact]
    public async Task Private_connections_are_an_empty_connection_with_total_zero()
    {
        var data = await Server.DataAsync("""{ member(id: "m-david") { connections { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""");
        Assert.Equal("""{"totalCount":0,"edges":[],"nodes":[],"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null}}""",
            data["member"]!["connections"]!.Json());
    }

    [Fact]
    public async Task Hidden_connections_are_not_even_read_from_the_store()
    {
        // Asked in the same class as the other tests, so count only this request's page reads.
        var before = Server.Store.Calls.GetValueOrDefault("GetMemberPagesAsync");
        await Server.DataAsync("""{ member(id: "m-david") { connections { totalCount } } }""");
        Assert.Equal(before, Server.Store.Calls.GetValueOrDefault("GetMemberPagesAsync"));
    }

    [Fact]
    public async Task A_member_with_private_topics_is_not_revealed_by_topic_lists_or_filters()
    {
        var data = await Server.DataAsync("""
            { topic(id: "patient-safety") { members(first: 100) { totalCount nodes { id } } }
              members(filter: { topic: "patient-safety" }, first: 100) { totalCount nodes { id } } }
            """);
        foreach (var list in new[] { data["topic"]!["members"]!, data["members"]! })
        {
            Assert.DoesNotContain("m-farah", list["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            Assert.Equal(list["nodes"]!.AsArray().Count, (int)list["totalCount"]!);
        }
    }

    [Fact]
    public async Task A_member_with_private_connections_does_not_appear_in_anyone_elses_connections()
    {
        var data = await Server.DataAsync("""
            { aisha: member(id: "m-aisha") { connections { totalCount nodes { id } } }
              hannah: member(id: "m-hannah") { connections { totalCount nodes { id } } } }
            """);
        foreach (var member in new[] { "aisha", "hannah" })
        {
            Assert.DoesNotContain("m-david", data[member]!["connections"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            Assert.Equal(data[member]!["connections"]!["nodes"]!.AsArray().Count, (int)data[member]!["connections"]!["totalCount"]!);
        }
    }

    [Fact]
    public async Task Private_topics_are_an_empty_list()
    {
        var data = await Server.DataAsync("""{ member(id: "m-farah") { topics { topic { id } } } }""");
        Assert.Equal("[]", data["member"]!["topics"]!.Json());
    }

    [Fact]
    public async Task Privacy_holds_in_lists_and_nested_members_too()
    {
        var data = await Server.DataAsync("""{ members { nodes { id email bio } } }""");
        var byId = data["members"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!);
        Assert.Equal(["m-bryn"], byId.Where(kv => kv.Value!["email"] is not null).Select(kv => kv.Key));
        Assert.Null(byId["m-siobhan"]!["bio"]);

        var nested = await Server.DataAsync("""{ member(id: "m-bryn") { connections { nodes { id email bio } } } }""");
        Assert.Equal("""[{"id":"m-elise","email":null,"bio":null},{"id":"m-siobhan","email":null,"bio":null}]""",
            nested["member"]!["connections"]!["nodes"]!.Json());
    }
}
