using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Q.Core.Interchange;
using Q.Core.Ports;
using Q.Graph;
using Q.Graph.Sqlite;

namespace Q.GraphQL.Tests.Infrastructure;

/// <summary>
/// A real Q GraphQL server on Kestrel over a real SQLite store in a temp folder, wired exactly as the app wires it
/// (AddGraphStore, AddQGraphQL, MapQGraphQL), except that the store is wrapped in an <see cref="InstrumentedStore"/>.
/// </summary>
public sealed class QServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private QServer(WebApplication app, string dataDirectory, InstrumentedStore store, HttpClient client)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Store = store;
        Client = client;
    }

    public InstrumentedStore Store { get; }
    public HttpClient Client { get; }
    public string DataDirectory => _dataDirectory;

    /// <summary>A token for the viewer, exactly as `q token` makes one for this data folder.</summary>
    public string TokenFor(Q.Core.Model.Viewer viewer, TimeSpan? lifetime = null) =>
        new Q.GraphQL.Security.TokenIssuer(Q.GraphQL.Security.SigningKey.LoadOrCreate(_dataDirectory), new Q.GraphQL.Security.AuthOptions())
            .Issue(viewer, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>POSTs a query with a bearer token (none when null); the caller reads the response.</summary>
    public Task<HttpResponseMessage> PostAsAsync(string? token, string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    /// <summary>POSTs as the token's holder and returns the parsed body, whatever the status.</summary>
    public async Task<JsonNode> AsAsync(string? token, string query, object? variables = null)
    {
        using var response = await PostAsAsync(token, query, variables);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Rate limits so high that no test is throttled by the many requests it sends to one fixture; the rate-limit
    /// tests set their own small ones through <paramref name="settings"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Unthrottled = new Dictionary<string, string?>
    {
        ["GraphQL:Limits:RateLimit:TokenLimit"] = "1000000",
        ["GraphQL:Limits:RateLimit:TokensPerPeriod"] = "1000000",
    };

    /// <param name="settings">Configuration on top of the defaults (e.g. <c>GraphQL:Limits:Timeout</c>).</param>
    /// <param name="configure">Last changes to the builder (a log capture, another environment's services).</param>
    /// <param name="beforeMap">Middleware to run before Q's (e.g. a test sign-in).</param>
    public static async Task<QServer> StartAsync(
        string jsonLines,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? beforeMap = null,
        string environment = "Testing")
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "q-graphql-tests-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["GraphStore:DataDirectory"] = dataDirectory;
        builder.Configuration["Search:DataDirectory"] = dataDirectory;
        builder.Configuration.AddInMemoryCollection(Unthrottled);
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("Q_TEST_LOG") is not null) builder.Logging.AddConsole();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGraphStore();
        // The same SQLite store AddGraphStore makes, seen through the counting/failing decorator.
        builder.Services.Replace(ServiceDescriptor.Singleton<IGraphStore>(
            _ => new InstrumentedStore(SqliteGraphStore.InDirectory(dataDirectory))));
        Q.Search.Extensions.AddSearchIndex(builder);
        builder.AddQGraphQL();
        Q.Suggest.Extensions.AddSuggestions(builder);
        configure?.Invoke(builder);
        var app = builder.Build();
        beforeMap?.Invoke(app);
        app.MapQGraphQL();
        await app.StartAsync();

        var store = (InstrumentedStore)app.Services.GetRequiredService<IGraphStore>();
        var report = await new Importer(store).ImportAsync(new StringReader(jsonLines), new ImportOptions());
        if (report.Rejected.Count > 0)
            throw new InvalidOperationException("test data rejected: " + string.Join("; ", report.Rejected));
        // Let the background indexer take in the imported data now, so its reads are not counted as a test's.
        await app.Services.GetRequiredService<Q.Core.Search.SearchIndexer>().CatchUpAsync();
        store.ResetCounts();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new QServer(app, dataDirectory, store, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>POSTs a query as application/json and returns the parsed body (status asserted 200).</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await PostAsync(query, variables);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>POSTs a query and asserts it answered data without errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var body = await QueryAsync(query, variables);
        Assert.True(body["errors"] is null, $"unexpected errors: {body["errors"]?.ToJsonString()}");
        return body["data"]!;
    }

    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string? accept = null) =>
        PostRawAsync(JsonSerializer.Serialize(new { query, variables }), "application/json", accept);

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }
}
