using System.Net;
using System.Text.Json.Nodes;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>When the store fails, clients learn that something failed and nothing else.</summary>
public sealed class InternalErrorTests(BrokenStoreFixture fixture) : IClassFixture<BrokenStoreFixture>
{
    [Theory]
    [InlineData("{ members { totalCount } }")]                        // root field, direct store call
    [InlineData("{ member(id: \"m-aisha\") { name } }")]               // through a batch loader
    public async Task Store_failure_is_a_masked_internal_error(string query)
    {
        using var response = await fixture.Server.PostAsync(query, accept: "application/graphql-response+json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // it executed; the field failed
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.Equal("Internal error", (string?)error["message"]);
        Assert.Equal("INTERNAL", (string?)error["extensions"]!["code"]);
        Assert.Equal("""{"code":"INTERNAL"}""", error["extensions"]!.Json());
        foreach (var leak in new[] { "SQLite", "SELECT", "m-aisha'", "InvalidOperation", "Exception", " at ", "stack", ".cs:" })
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Readyz_is_503_when_the_store_does_not_answer()
    {
        using var response = await fixture.Server.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("""{"engine":"sqlite","ready":false}""", body["graph"]!.Json());
    }

    [Fact]
    public async Task Healthz_still_says_alive()
    {
        using var response = await fixture.Server.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"alive"}""", await response.Content.ReadAsStringAsync());
    }
}
