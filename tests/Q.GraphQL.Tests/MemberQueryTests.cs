using System.Text.Json.Nodes;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

public sealed class MemberQueryTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private QServer Server => fixture.Server;

    [Fact]
    public async Task Member_has_the_imported_profile_and_nested_records()
    {
        var data = await Server.DataAsync("""
            { member(id: "m-aisha") {
                id name headline bio email role joined
                region { id name nation }
                organisation { id name type region { id } }
                topics { level topic { id name broader { id } } }
                projects { id title status started ended topics { id } members { role member { id } } }
                resources { id title type url published authors { id } topics { name } }
                connections { totalCount edges { node { id name } } }
            } }
            """);
        var m = data["member"]!;
        Assert.Equal("m-aisha", (string?)m["id"]);
        Assert.Equal("Aisha Khan", (string?)m["name"]);
        Assert.Equal("Sepsis nurse lead", (string?)m["headline"]);
        Assert.Equal("Leads the sepsis bundle work across the trust.", (string?)m["bio"]);
        Assert.Null(m["email"]); // private by default
        Assert.Equal("FRONTLINE", (string?)m["role"]);
        Assert.Equal("2019-05-14", (string?)m["joined"]);
        Assert.Equal("""{"id":"yorkshire-and-humber","name":"Yorkshire and Humber","nation":"England"}""", m["region"]!.Json());
        Assert.Equal("""{"id":"org-leeds","name":"Leeds Teaching Hospitals","type":"ACUTE_PROVIDER","region":{"id":"yorkshire-and-humber"}}""",
            m["organisation"]!.Json());
        Assert.Equal(
            """[{"level":"EXPERT","topic":{"id":"sepsis","name":"Sepsis","broader":{"id":"patient-safety"}}},{"level":"PRACTITIONER","topic":{"id":"patient-safety","name":"Patient safety","broader":null}}]""",
            m["topics"]!.Json());

        // Most recently started first; Aisha sponsors one project and leads another.
        var projects = m["projects"]!.AsArray();
        Assert.Equal(["p-falls", "p-sepsis"], projects.Select(p => (string?)p!["id"]));
        Assert.Equal("ACTIVE", (string?)projects[1]!["status"]);
        Assert.Equal("2023-04-01", (string?)projects[1]!["started"]);
        Assert.Null(projects[1]!["ended"]);
        Assert.Equal("""[{"role":"LEAD","member":{"id":"m-aisha"}},{"role":"MEMBER","member":{"id":"m-david"}}]""", projects[1]!["members"]!.Json());

        // Newest first, authors in author order.
        var resources = m["resources"]!.AsArray();
        Assert.Equal(["r-falls-tool", "r-sepsis-guide"], resources.Select(r => (string?)r!["id"]));
        Assert.Equal("""{"id":"r-sepsis-guide","title":"Spotting sepsis early","type":"GUIDE","url":"https://example.org/sepsis","published":"2023-06-01","authors":[{"id":"m-aisha"},{"id":"m-david"}],"topics":[{"name":"Sepsis"}]}""",
            resources[1]!.Json());

        // Aisha also has a tie with David, but David keeps his connections private, so the public list leaves him out.
        Assert.Equal(2, (int)m["connections"]!["totalCount"]!);
        Assert.Equal(new[] { "Chloé Martin", "Siobhán O'Neill" }, Names(m["connections"]!));
    }

    [Fact]
    public async Task Unknown_ids_answer_null_without_errors()
    {
        var body = await Server.QueryAsync("""
            { member(id: "nobody") { id } organisation(id: "nowhere") { id } topic(id: "nothing") { id }
              project(id: "p-none") { id } resource(id: "r-none") { id } region(id: "atlantis") { id } }
            """);
        Assert.Null(body["errors"]);
        Assert.Equal("""{"member":null,"organisation":null,"topic":null,"project":null,"resource":null,"region":null}""", body["data"]!.Json());
    }

    [Fact]
    public async Task Project_and_resource_lookups_resolve_their_people_and_topics()
    {
        var data = await Server.DataAsync("""
            { project(id: "p-perinatal") { title status started ended topics { id } members { role member { name } } }
              resource(id: "r-perinatal-case") { title type body url authors { name } } }
            """);
        Assert.Equal("""{"title":"Perinatal peer support","status":"COMPLETED","started":"2021-01-10","ended":"2022-06-30","topics":[{"id":"perinatal-mh"},{"id":"mental-health"}],"members":[{"role":"LEAD","member":{"name":"Siobhán O'Neill"}},{"role":"ADVISER","member":{"name":"Bryn Evans"}}]}""",
            data["project"]!.Json());
        Assert.Equal("""{"title":"Peer support for new mothers","type":"CASE_STUDY","body":"What we learnt running peer support groups.","url":null,"authors":[{"name":"Siobhán O'Neill"}]}""",
            data["resource"]!.Json());
    }

    [Fact]
    public async Task Regions_lists_all_eighteen_in_fixed_order()
    {
        var data = await Server.DataAsync("{ regions { id name } }");
        var regions = data["regions"]!.AsArray();
        Assert.Equal(18, regions.Count);
        Assert.Equal(Q.Core.Model.Region.All.Select(r => r.Id), regions.Select(r => (string?)r!["id"]));
    }

    [Fact]
    public async Task Member_without_organisation_or_activity_has_nulls_and_empty_lists()
    {
        var data = await Server.DataAsync("""{ member(id: "m-ian") { organisation { id } region { name } topics { level } projects { id } resources { id } connections { totalCount } } }""");
        Assert.Equal("""{"organisation":null,"region":{"name":"Scotland"},"topics":[],"projects":[],"resources":[],"connections":{"totalCount":0}}""",
            data["member"]!.Json());
    }

    internal static string?[] Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => (string?)e!["node"]!["name"]).ToArray();
}
