using System.Diagnostics;
using System.Globalization;
using Q.Core.Analytics;
using Q.Demo;
using Q.Graph;
using Q.Graph.Analytics;

namespace Q.Cli.Bench;

/// <summary>
/// One network-metrics size: the demo community at the size's members and ties, imported through the real importer,
/// measured by Q (the full report, and betweenness on its own, exact and sampled) and then, on the very network Q
/// loaded, by python-igraph (exact betweenness) and NetworkX (every figure of the report).
/// </summary>
internal sealed class MetricsBenchRun(int members, int ties, int seed, PythonBaselines? python, int networkxSources, MetricsBenchReport report)
{
    private const int Top = 100;
    private readonly string _size = $"{members:N0} / {ties:N0}";
    private readonly AnalyticsOptions _options = new(); // what `q serve` reports with

    public async Task RunAsync(CancellationToken ct)
    {
        var root = Directory.CreateTempSubdirectory("q-bench-metrics-").FullName;
        try
        {
            var dataDir = Path.Combine(root, "data");
            await GenerateAsync(root, dataDir, ct);
            await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = dataDir }, ct);
            var analytics = new NetworkAnalytics(store, _options);

            // The network once for the baselines (which run first, so the rows below can carry their ratios)...
            var network = await analytics.LoadAsync(NetworkFilter.None, ct);
            var defaults = NetworkAnalytics.Report(network, NetworkFilter.None, _options, DateTimeOffset.UtcNow, ct);
            await report.RowAsync(_size, "network loaded", $"{network.Count:N0} members, {network.Ties.Count:N0} ties, {defaults.ComponentCount:N0} components (largest {defaults.LargestComponentShare:P1}), {defaults.IsolateCount:N0} isolates");
            var baselines = python is null ? null : await BaselinesAsync(root, network, defaults, ct);
            var nx = baselines?.NetworkX;
            network = null;
            defaults = null;

            // ...then Q (warm: that report ran every code path once): a report from the store as `q serve` makes one, then in parts.
            var (_, cold) = await Timed.RunAsync(async () => NetworkAnalytics.Report(await analytics.LoadAsync(NetworkFilter.None, ct), NetworkFilter.None, _options, DateTimeOffset.UtcNow, ct));
            var (loaded, load) = await Timed.RunAsync(() => analytics.LoadAsync(NetworkFilter.None, ct));
            network = loaded;
            var (full, alone) = Timed.Run(() => NetworkAnalytics.Report(network, NetworkFilter.None, _options, DateTimeOffset.UtcNow, ct));
            var mode = $"betweenness {(full.BetweennessSampled ? $"sampled ({_options.SampleSources:N0} sources)" : "exact")}, paths {(full.ShortestPathsSampled ? "sampled" : "exact")}";
            await report.RowAsync(_size, $"Q full report end to end (`LoadAsync` + `Report`, defaults: {mode}; after one untimed warm-up report)", cold.ToString());
            await report.RowAsync(_size, "Q `LoadAsync` (store → network), again", load.ToString());
            await report.RowAsync(_size, "Q `Report` alone (every figure, network loaded), again", alone.ToString(), null, nx?.Total / alone.Seconds);

            var all = Sampling.Range(network.Count);
            var (exact, multi) = Timed.Run(() => Betweenness.Compute(network, all, ct: ct));
            var (singleResult, single) = Timed.Run(() => Betweenness.Compute(network, all, ct: ct, maxParallelism: 1));
            if (!singleResult.AsSpan().SequenceEqual(exact)) throw new InvalidOperationException("exact betweenness differs between one thread and both cores");
            var sources = Sampling.Choose(all, _options.SampleSources, _options.Seed);
            var (sampled, sampling) = Timed.Run(() => Betweenness.Compute(network, sources, ct: ct));

            await report.RowAsync(_size, "Q exact betweenness (`Betweenness.Compute`, all sources), both cores", multi.ToString(),
                baselines?.IgraphSeconds / multi.Seconds, nx?.ExactBetweenness / multi.Seconds);
            await report.RowAsync(_size, "Q exact betweenness, one thread", single.ToString(),
                baselines?.IgraphSeconds / single.Seconds, nx?.ExactBetweenness / single.Seconds);
            await report.RowAsync(_size, $"Q sampled betweenness ({sources.Length:N0} seeded sources), both cores", sampling.ToString(), null, nx?.SampledBetweenness / sampling.Seconds);

            // Overlap of the top 100: against igraph's exact ranking when there is one, else Q's own exact one.
            var reference = baselines?.IgraphExact ?? exact;
            var referenceName = baselines?.IgraphExact is null ? "Q's exact" : "igraph's exact";
            await report.RowAsync(_size, $"top-{Top} overlap, Q sampled ({sources.Length:N0} sources) vs {referenceName}", $"**{Overlap(network, sampled, reference):P0}**");
            if (full.BetweennessSampled) // the report's own ranking, as served (should equal the row above)
                await report.RowAsync(_size, $"top-{Top} overlap, the report's betweenness vs {referenceName}", $"{Overlap(network, ToArray(network, full.Betweenness), reference):P0}");
            if (baselines?.IgraphExact is { } igraph)
                await report.RowAsync(_size, $"Q exact vs igraph exact: top-{Top} overlap, largest difference", $"{Overlap(network, exact, igraph):P0}, {exact.Zip(igraph, (a, b) => Math.Abs(a - b)).Max():G3}");
            await report.RowAsync(_size, "load average after this size (1 / 5 / 15 min)", MetricsBenchReport.LoadAverage());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The demo's own mechanisms aim for 2 × ties / members ties per member; the import is the real one.</summary>
    private async Task GenerateAsync(string root, string dataDir, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var community = DemoCommunity.Generate(members, seed, averageDegree: 2.0 * ties / members);
        var file = Path.Combine(root, "community.jsonl");
        var records = await BenchData.WriteAsync(community, file, ct);
        await using (var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = dataDir }, ct))
            await BenchData.ImportAsync(store, file, ct);
        File.Delete(file);
        await report.RowAsync(_size, "demo community generated (seed " + seed.ToString(CultureInfo.InvariantCulture) + ", average degree " +
            (2.0 * ties / members).ToString("0.#", CultureInfo.InvariantCulture) + ") and imported", $"{records:N0} records, {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private sealed record Baselines(double? IgraphSeconds, double[]? IgraphExact, NetworkXFigures? NetworkX);

    private sealed record NetworkXFigures(double Total, double? ExactBetweenness, double? SampledBetweenness);

    private async Task<Baselines> BaselinesAsync(string root, Network network, ConnectivityReport full, CancellationToken ct)
    {
        var dir = Path.Combine(root, "network");
        Directory.CreateDirectory(dir);
        await PythonBaselines.WriteNetworkAsync(network, dir, ct);

        double? igraphSeconds = null;
        double[]? igraphExact = null;
        var igraph = await python!.RunAsync("igraph_betweenness.py", dir, [], ct);
        if (igraph.Error is not null) await report.RowAsync(_size, "python-igraph exact betweenness", $"not measured: {igraph.Error}");
        else
        {
            igraphSeconds = igraph.Seconds("betweenness_seconds");
            igraphExact = igraph.Json!.Value.GetProperty("betweenness").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            await report.RowAsync(_size, $"python-igraph {igraph.Version} exact betweenness (`Graph.betweenness(directed=False)`, one thread){igraph.Provenance}", $"{igraphSeconds:0.00} s");
        }

        // NetworkX computes what Q's report computed: exact or sampled as Q chose, with the same number of sources.
        var k = _options.SampleSources.ToString(CultureInfo.InvariantCulture);
        var result = await python.RunAsync("networkx_report.py", dir, [
            "--paths", full.ShortestPathsSampled ? k : "exact", "--betweenness", full.BetweennessSampled ? k : "exact",
            "--max-sources", networkxSources.ToString(CultureInfo.InvariantCulture), "--seed", _options.Seed.ToString(CultureInfo.InvariantCulture),
            "--top-brokers", _options.TopBrokers.ToString(CultureInfo.InvariantCulture)], ct);
        if (result.Error is not null)
        {
            await report.RowAsync(_size, "NetworkX report figures", $"not measured: {result.Error}");
            return new Baselines(igraphSeconds, igraphExact, null);
        }
        double total = 0;
        double? betweenness = null;
        foreach (var figure in result.Json!.Value.GetProperty("figures").EnumerateArray())
        {
            var name = figure.GetProperty("name").GetString()!;
            var seconds = figure.GetProperty("seconds").GetDouble();
            var note = figure.GetProperty("note").GetString();
            total += seconds;
            if (name.StartsWith("betweenness", StringComparison.Ordinal)) betweenness = seconds;
            await report.RowAsync(_size, $"NetworkX {name}{(string.IsNullOrEmpty(note) ? "" : $" ({note})")}", $"{seconds:0.00} s");
        }
        await report.RowAsync(_size, $"NetworkX {result.Version} full report equivalent (sum of the figures above, load excluded){result.Provenance}", $"{total:0.0} s");
        return new Baselines(igraphSeconds, igraphExact,
            new NetworkXFigures(total, full.BetweennessSampled ? null : betweenness, full.BetweennessSampled ? betweenness : null));
    }

    /// <summary>Share of the top 100 nodes of <paramref name="a"/> that are in the top 100 of <paramref name="b"/>.</summary>
    private static double Overlap(Network network, double[] a, double[] b)
    {
        var top = TopNodes(network, b).ToHashSet();
        return TopNodes(network, a).Count(top.Contains) / (double)Math.Min(Top, network.Count);
    }

    /// <summary>Highest first; equal values: lower id first, as the report ranks brokers.</summary>
    private static IEnumerable<int> TopNodes(Network network, double[] values) =>
        Sampling.Range(network.Count).OrderByDescending(v => values[v]).ThenBy(v => network.Members[v].Id, StringComparer.Ordinal).Take(Top);

    private static double[] ToArray(Network network, IReadOnlyDictionary<string, double> byId) =>
        network.Members.Select(m => byId[m.Id]).ToArray();
}
