using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Demo;
using Q.Graph;
using Q.Search.Lucene;

namespace Q.Cli.Bench;

/// <summary>
/// One search benchmark size: generate the demo community, import it into an empty data folder, time the full
/// index build, time a realistic query mix in-process, then through GraphQL with concurrent connections.
/// </summary>
internal sealed class SearchBenchRun(int members, int seed, int queries, int requests, int connections, TimeSpan maxDuration, BenchReport report)
{
    private const string SearchPeople = """
        query($q: String!, $filter: MemberFilter) {
          searchPeople(query: $q, first: 20, filter: $filter) {
            totalCount
            edges { cursor score reasons highlights { field fragments } node { id name } }
            pageInfo { hasNextPage endCursor }
            facets { region { value label count } role { value label count } organisationType { value label count } topic { value label count } } } }
        """;

    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue Json = new("application/json");

    public async Task RunAsync(CancellationToken ct)
    {
        var root = Directory.CreateTempSubdirectory("q-bench-search-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var community = DemoCommunity.Generate(members, seed);
            var mix = SearchQueryMix.For(community.Members);
            var dataDir = Path.Combine(root, "data");
            await ImportAsync(community, root, dataDir, ct);
            var documents = community.Members.Count + community.Projects.Count + community.Resources.Count;
            await report.RowAsync(members, "community generated and imported", $"{clock.Elapsed.TotalSeconds:0.0} s ({documents:N0} documents to index)");
            community = null; // let the generated records go before the big measurements
            // The import's last read completed on a thread-pool thread, and everything after it has been running as
            // its continuation, on that stack, under the importer's frames — which kept every record it parsed
            // reachable (300 MB at 50k members) through all the timed phases. Leaving that stack lets them go; a
            // server holds nothing like it.
            await Task.Yield();
            GC.Collect();

            await IndexAsync(dataDir, documents, mix, ct);
            await CachedInProcessAsync(dataDir, mix, ct);
            // What `q serve` runs (result cache on), then every search computed afresh.
            await GraphQLAsync(dataDir, mix, LuceneSearchIndex.DefaultResultCacheSize, ct);
            await GraphQLAsync(dataDir, mix, 0, ct);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task ImportAsync(DemoCommunity community, string root, string dataDir, CancellationToken ct)
    {
        var file = Path.Combine(root, "community.jsonl");
        await BenchData.WriteAsync(community, file, ct);
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = dataDir }, ct);
        await BenchData.ImportAsync(store, file, ct);
        File.Delete(file);
    }

    private async Task IndexAsync(string dataDir, int documents, IReadOnlyList<MixQuery> mix, CancellationToken ct)
    {
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = dataDir }, ct);
        // Without the result cache: every query below is computed, as a query never asked before would be.
        await using var index = new LuceneSearchIndex(dataDir, resultCacheSize: 0);
        await index.InitialiseAsync(ct);

        // 1. What `q reindex` does: read every document from the graph and build a new index beside the live one.
        var clock = Stopwatch.StartNew();
        await new SearchIndexer(store, index).RebuildAsync(ct);
        clock.Stop();
        await report.RowAsync(members, "full rebuild from the graph (`SearchIndexer.RebuildAsync`: read graph, build documents, index, commit, switch)",
            $"{clock.Elapsed.TotalSeconds:0.00} s = **{documents / clock.Elapsed.TotalSeconds:N0} documents/s**");

        // 2. The engine alone: the same documents, read from the graph first, then indexed.
        clock.Restart();
        var operations = new List<IndexOperation>(documents);
        var position = await store.OutboxPositionAsync(ct);
        await foreach (var op in new SearchDocumentBuilder(store).AllAsync(position, ct)) operations.Add(op);
        var read = clock.Elapsed;
        clock.Restart();
        await index.RebuildAsync(ToAsync(operations), position, ct);
        clock.Stop();
        await report.RowAsync(members, "search documents read from the graph (`SearchDocumentBuilder.AllAsync`)",
            $"{read.TotalSeconds:0.00} s = {operations.Count / read.TotalSeconds:N0} documents/s");
        await report.RowAsync(members, "Lucene index build from those documents (`LuceneSearchIndex.RebuildAsync`)",
            $"{clock.Elapsed.TotalSeconds:0.00} s = **{operations.Count / clock.Elapsed.TotalSeconds:N0} documents/s**");
        operations = null;
        var size = new DirectoryInfo(index.Root).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        await report.RowAsync(members, "index size on disk", $"{size / 1048576.0:0.0} MiB");
        GC.Collect();

        // 3. The query mix in-process, planned as the GraphQL field plans it, for the public and for a signed-in member.
        var vocabulary = Vocabulary.BuiltIn;
        var publicLatencies = await TimeInProcessAsync(index, vocabulary, mix, Audience.Public, ct);
        await report.RowAsync(members, $"`SearchPeopleAsync` in-process, result cache off, public audience, {mix.Count}-query mix, {publicLatencies.Count:N0} queries (plan + search, first 20, facets, highlights, reasons)",
            Format(publicLatencies));
        var memberLatencies = await TimeInProcessAsync(index, vocabulary, mix, new Audience(Visibility.Members), ct);
        await report.RowAsync(members, $"`SearchPeopleAsync` in-process, result cache off, signed-in member audience, same mix, {memberLatencies.Count:N0} queries",
            Format(memberLatencies));
    }

    /// <summary>The same mix with the result cache on, as `q serve` runs: after the warm-up every query of the mix repeats.</summary>
    private async Task CachedInProcessAsync(string dataDir, IReadOnlyList<MixQuery> mix, CancellationToken ct)
    {
        await using var index = new LuceneSearchIndex(dataDir);
        await index.InitialiseAsync(ct);
        var latencies = await TimeInProcessAsync(index, Vocabulary.BuiltIn, mix, Audience.Public, ct);
        await report.RowAsync(members, $"`SearchPeopleAsync` in-process, result cache on (every query a repeat), public audience, same mix, {latencies.Count:N0} queries",
            Format(latencies));
    }

    private async Task<Latencies> TimeInProcessAsync(LuceneSearchIndex index, Vocabulary vocabulary, IReadOnlyList<MixQuery> mix, Audience audience, CancellationToken ct)
    {
        async Task OneAsync(int i)
        {
            var q = mix[i % mix.Count];
            var page = await index.SearchPeopleAsync(new PeopleQuery(QueryUnderstanding.Plan(q.Text, vocabulary), q.Filter, 20, 0, audience), ct);
            if (page.TotalCount < 0) throw new InvalidOperationException("impossible");
        }

        for (var i = 0; i < Math.Max(mix.Count * 4, Math.Min(queries, 1_000)); i++) await OneAsync(i);
        var samples = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await OneAsync(i);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return new Latencies(samples);
    }

    private async Task GraphQLAsync(string dataDir, IReadOnlyList<MixQuery> mix, int resultCacheSize, CancellationToken ct)
    {
        var settings = new Dictionary<string, string?>(BenchRun.Unthrottled)
        {
            ["Search:ResultCacheSize"] = resultCacheSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var app = ServerHost.Build(dataDir, "http://127.0.0.1:0", quiet: true, settings);
        await app.Services.GetRequiredService<IGraphStore>().InitialiseAsync(ct);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(address) };

        var bodies = mix.Select(q => JsonSerializer.SerializeToUtf8Bytes(new { query = SearchPeople, variables = new { q = q.Text, filter = q.FilterVariables } })).ToArray();

        // Warm-up: connections, caches, and the JIT's tiers (with dynamic PGO a hot method is compiled three times)
        // for the HTTP and GraphQL path, which the in-process phases before never ran. A server runs for days; 2,000
        // requests were not enough for the first size measured (its p99 was two to three times the next size's).
        await DriveAsync(http, bodies, requests, TimeSpan.FromSeconds(Math.Min(20, maxDuration.TotalSeconds * 2 / 3)), ct);
        var clock = Stopwatch.StartNew();
        var samples = await DriveAsync(http, bodies, requests, maxDuration, ct);
        clock.Stop();
        var latencies = new Latencies(samples);
        var bounded = samples.Count < requests ? $" (stopped at the {maxDuration.TotalSeconds:0} s bound)" : "";
        await report.RowAsync(members,
            $"`searchPeople` over HTTP, result cache {(resultCacheSize > 0 ? "on" : "off")} (first 20, facets, highlights, reasons, public), {connections} concurrent connections, {samples.Count:N0} requests{bounded}",
            $"**{samples.Count / clock.Elapsed.TotalSeconds:N0} searches/s**, {Format(latencies)}");
        await app.StopAsync(ct);
    }

    /// <summary>Sends <paramref name="total"/> requests (fewer if <paramref name="bound"/> passes first) over
    /// <see cref="connections"/> concurrent workers, each one request at a time.</summary>
    private async Task<List<double>> DriveAsync(HttpClient http, byte[][] bodies, int total, TimeSpan bound, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        var next = -1;
        var all = new List<double>[connections];
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async w =>
        {
            var samples = all[w] = new List<double>(total / connections + 1);
            int i;
            while ((i = Interlocked.Increment(ref next)) < total && Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(bodies[i % bodies.Length]);
                content.Headers.ContentType = Json;
                using var response = await http.PostAsync("/graphql", content, ct);
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Check(response, body);
            }
        }));
        return all.SelectMany(s => s).ToList();
    }

    /// <summary>A failed search stops the bench (a byte search, so the client spends little of the shared cores).</summary>
    private static void Check(HttpResponseMessage response, byte[] body)
    {
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0 || body.AsSpan().IndexOf("\"searchPeople\""u8) < 0)
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            throw new InvalidOperationException($"bench search failed ({(int)response.StatusCode}): {text[..Math.Min(300, text.Length)]}");
        }
    }

    private static string Format(Latencies l) => $"p50 {l.Percentile(50):0.00} ms, p99 {l.Percentile(99):0.00} ms, max {l.Max:0.00} ms";

    private static async IAsyncEnumerable<IndexOperation> ToAsync(IEnumerable<IndexOperation> operations)
    {
        foreach (var op in operations) yield return op;
        await Task.CompletedTask;
    }
}
