using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

public sealed class TopicAndOrganisationTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private QServer Server => fixture.Server;

    [Fact]
    public async Task Organisation_lists_its_members_alphabetically_with_paging()
    {
        var data = await Server.DataAsync("""
            { organisation(id: "org-leeds") { name type region { name }
                members(first: 2) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage } } } }
            """);
        Assert.Equal("""{"name":"Leeds Teaching Hospitals","type":"ACUTE_PROVIDER","region":{"name":"Yorkshire and Humber"},"members":{"totalCount":4,"nodes":[{"name":"Aisha Khan"},{"name":"Chloé Martin"}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false}}}""",
            data["organisation"]!.Json());
    }

    [Fact]
    public async Task Organisation_members_resume_after_a_cursor()
    {
        var first = await Server.DataAsync("""{ organisation(id: "org-leeds") { members(first: 2) { pageInfo { endCursor } } } }""");
        var cursor = (string?)first["organisation"]!["members"]!["pageInfo"]!["endCursor"];
        var next = await Server.DataAsync("""query($a: String) { organisation(id: "org-leeds") { members(first: 2, after: $a) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } } }""",
            new { a = cursor });
        Assert.Equal("""{"nodes":[{"name":"Farah Ahmed"},{"name":"Oisín Kelly"}],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true}}""",
            next["organisation"]!["members"]!.Json());
    }

    [Fact]
    public async Task Topic_has_its_hierarchy_and_synonyms()
    {
        var data = await Server.DataAsync("""
            { topic(id: "patient-safety") { name synonyms broader { id } narrower { id name broader { id } } }
              sepsis: topic(id: "sepsis") { broader { name } narrower { id } } }
            """);
        // Narrower topics come by name.
        Assert.Equal("""{"name":"Patient safety","synonyms":["Safety"],"broader":null,"narrower":[{"id":"falls","name":"Falls prevention","broader":{"id":"patient-safety"}},{"id":"sepsis","name":"Sepsis","broader":{"id":"patient-safety"}}]}""",
            data["topic"]!.Json());
        Assert.Equal("""{"broader":{"name":"Patient safety"},"narrower":[]}""", data["sepsis"]!.Json());
    }

    [Fact]
    public async Task Topic_members_include_members_of_narrower_topics()
    {
        var data = await Server.DataAsync("""
            { broad: topic(id: "mental-health") { members { totalCount nodes { name } } }
              narrow: topic(id: "perinatal-mh") { members { totalCount nodes { name } } } }
            """);
        Assert.Equal("""{"totalCount":3,"nodes":[{"name":"Bryn Evans"},{"name":"Siobhán O'Neill"},{"name":"Zoë Adams"}]}""",
            data["broad"]!["members"]!.Json());
        Assert.Equal("""{"totalCount":1,"nodes":[{"name":"Siobhán O'Neill"}]}""", data["narrow"]!["members"]!.Json());
    }
}
