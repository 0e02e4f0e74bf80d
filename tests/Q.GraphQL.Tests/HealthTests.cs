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
        Assert.Equal("""{"status":"ready","graph":{"engine":"sqlite","ready":true},"search":{"engine":"lucene","ready":true}}""", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Readiness with a backend that does not answer: which one, by engine name, and never its address.</summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("q-ready-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Readyz_is_503_naming_a_search_backend_that_does_not_answer_without_its_address()
    {
        await using var graph = Q.Graph.Sqlite.SqliteGraphStore.InDirectory(_folder);
        await graph.InitialiseAsync();
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        await using var search = new Q.Search.Elasticsearch.ElasticsearchSearchIndex(new Q.Search.SearchIndexOptions
        {
            ElasticsearchUrl = "http://q-user:hunter2@127.0.0.1:9", ElasticsearchApiKey = "not-a-real-key",
        });

        var (status, body) = await RunAsync(await Q.GraphQL.Http.HealthEndpoints.ReadyAsync(graph, search, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("""{"status":"not-ready","graph":{"engine":"sqlite","ready":true},"search":{"engine":"elasticsearch","ready":false}}""", body);
    }

    [Fact]
    public async Task Readyz_without_a_search_index_reports_the_graph_alone()
    {
        await using var graph = Q.Graph.Sqlite.SqliteGraphStore.InDirectory(_folder);
        await graph.InitialiseAsync();

        var (status, body) = await RunAsync(await Q.GraphQL.Http.HealthEndpoints.ReadyAsync(graph, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"ready","graph":{"engine":"sqlite","ready":true}}""", body);
    }

    private static async Task<(HttpStatusCode, string)> RunAsync(Microsoft.AspNetCore.Http.IResult result)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions.AddLogging(services);
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services),
        };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return ((HttpStatusCode)http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
