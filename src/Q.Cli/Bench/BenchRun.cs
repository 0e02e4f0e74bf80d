using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Demo;
using Q.Graph;

namespace Q.Cli.Bench;

/// <summary>
/// One benchmark size: generate a community, write it as JSON Lines, time `import` of that file into an
/// empty store, then start the real server on loopback and time GraphQL requests against it.
/// </summary>
internal sealed class BenchRun(int members, int seed, int requests, BenchReport report)
{
    /// <summary>
    /// The bench sends thousands of requests from one address in seconds: far over the per-caller rate limit, which
    /// would measure 429s. It lifts the limit for its own loopback server only; every other limit stays as served.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> Unthrottled = new Dictionary<string, string?>
    {
        ["GraphQL:Limits:RateLimit:TokenLimit"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:Limits:RateLimit:TokensPerPeriod"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task RunAsync(CancellationToken ct)
    {
        var root = Directory.CreateTempSubdirectory("q-bench-").FullName;
        try
        {
            var file = Path.Combine(root, "community.jsonl");
            var community = DemoCommunity.Generate(members, seed);
            var records = await BenchData.WriteAsync(community, file, ct);
            await report.RowAsync(members, "records in the file", $"{records:N0} ({new FileInfo(file).Length / 1048576.0:0.0} MiB)");

            var dataDir = Path.Combine(root, "data");
            await ImportAsync(file, dataDir, records, ct);
            await QueryAsync(dataDir, community, ct);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task ImportAsync(string file, string dataDir, long records, CancellationToken ct)
    {
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = dataDir }, ct);
        var clock = Stopwatch.StartNew();
        await BenchData.ImportAsync(store, file, ct);
        clock.Stop();
        await report.RowAsync(members, "`q import` (parse, check references, write, one transaction)",
            $"{clock.Elapsed.TotalSeconds:0.00} s = **{records / clock.Elapsed.TotalSeconds:N0} records/s**");
        var size = new DirectoryInfo(dataDir).EnumerateFiles().Sum(f => f.Length);
        await report.RowAsync(members, "data folder after import", $"{size / 1048576.0:0.0} MiB");
    }

    private async Task QueryAsync(string dataDir, DemoCommunity community, CancellationToken ct)
    {
        await using var app = ServerHost.Build(dataDir, "http://127.0.0.1:0", quiet: true, Unthrottled);
        await app.Services.GetRequiredService<IGraphStore>().InitialiseAsync(ct);
        await app.StartAsync(ct);
        // The server indexes the imported graph in the background: let it finish first, so it does not share the
        // cores with the requests being timed.
        await app.Services.GetRequiredService<Q.Core.Search.SearchIndexer>().CatchUpAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var random = new Random(seed);
        var ids = community.Members.Select(m => m.Id).ToArray();
        var regions = Region.All.Select(r => r.Id).ToArray();

        const string member = "query($id: ID!) { member(id: $id) { id name headline role region { name } organisation { name } topics { level topic { name } } } }";
        await report.LatencyAsync(members, "member(id)", await TimeAsync(http, member, () => new { id = ids[random.Next(ids.Length)] }, ct));

        const string page = "query($r: ID) { members(filter: { region: $r }, first: 20) { totalCount edges { cursor node { id name organisation { name } } } pageInfo { hasNextPage } } }";
        await report.LatencyAsync(members, "members(filter: region, first: 20)", await TimeAsync(http, page, () => new { r = regions[random.Next(regions.Length)] }, ct));

        const string nested = "query($id: ID!) { member(id: $id) { name projects { title } connections(first: 10) { totalCount edges { node { name organisation { name } topics { topic { name } } } } } } }";
        await report.LatencyAsync(members, "member(id) with 10 connections, their organisations and topics",
            await TimeAsync(http, nested, () => new { id = ids[random.Next(ids.Length)] }, ct));
        await app.StopAsync(ct);
    }

    private async Task<Latencies> TimeAsync(HttpClient http, string query, Func<object> variables, CancellationToken ct)
    {
        for (var i = 0; i < Math.Min(1_000, requests); i++) await PostAsync(http, query, variables(), ct); // warm-up: JIT, caches, pool
        var samples = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var vars = variables();
            var start = Stopwatch.GetTimestamp();
            await PostAsync(http, query, vars, ct);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return new Latencies(samples);
    }

    private static async Task PostAsync(HttpClient http, string query, object variables, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"bench query failed ({(int)response.StatusCode}): {body[..Math.Min(300, body.Length)]}");
        using var _ = JsonDocument.Parse(Encoding.UTF8.GetBytes(body));
    }
}
