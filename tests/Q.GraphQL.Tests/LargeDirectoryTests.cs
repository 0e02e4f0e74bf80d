using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

public sealed class LargeDirectoryTests(LargeCommunityFixture fixture) : IClassFixture<LargeCommunityFixture>
{
    [Fact]
    public async Task First_defaults_to_twenty()
    {
        var data = await fixture.Server.DataAsync("{ members { totalCount edges { node { id } } pageInfo { hasNextPage } } }");
        var members = data["members"]!;
        Assert.Equal(LargeCommunityFixture.MemberCount, (int)members["totalCount"]!);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"g-{i:000}"), members["edges"]!.AsArray().Select(e => (string?)e!["node"]!["id"]));
        Assert.True((bool)members["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task First_above_one_hundred_is_capped_to_one_hundred()
    {
        var data = await fixture.Server.DataAsync("{ members(first: 500) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }");
        var members = data["members"]!;
        Assert.Equal(100, members["nodes"]!.AsArray().Count);
        Assert.True((bool)members["pageInfo"]!["hasNextPage"]!);

        var rest = await fixture.Server.DataAsync("query($a: String) { members(first: 500, after: $a) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }",
            new { a = (string?)members["pageInfo"]!["endCursor"] });
        Assert.Equal(30, rest["members"]!["nodes"]!.AsArray().Count);
        Assert.Equal("""{"hasNextPage":false,"hasPreviousPage":true}""", rest["members"]!["pageInfo"]!.Json());
    }
}
