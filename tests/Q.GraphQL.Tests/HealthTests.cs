using System.Net;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

public sealed class HealthTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    [Fact]
    public async Task Healthz_says_alive()
    {
        using var response = await fixture.Server.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"status":"alive"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_says_ready_with_the_engine()
    {
        using var response = await fixture.Server.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ready","graph":{"engine":"sqlite","ready":true}}""", await response.Content.ReadAsStringAsync());
    }
}
