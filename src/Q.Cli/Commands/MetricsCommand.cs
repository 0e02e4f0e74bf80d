using System.CommandLine;
using System.Globalization;
using Q.Core.Analytics;
using Q.Graph;
using Q.Graph.Analytics;
using Q.Graph.Metrics;

namespace Q.Cli.Commands;

/// <summary>
/// <c>q metrics</c>: the connectivity figures of the (filtered) network, as a readable summary or, with --json, one
/// JSON object (undefined figures null); with --snapshot the report is also kept for connectivityHistory. An
/// operator with the data folder sees everything, by member id and name (there is no evaluator view here).
/// </summary>
internal static class MetricsCommand
{
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the whole report as one JSON object (betweenness of every member; undefined figures null)." };
        var snapshot = new Option<bool>("--snapshot") { Description = "Also keep the report as a snapshot for connectivityHistory (taken at --as-of when given, else now)." };
        var top = new Option<int>("--top") { Description = "How many brokers the summary lists.", DefaultValueFactory = _ => 10 };
        var dataDir = CommonOptions.DataDir();
        var filter = new NetworkFilterOptions();
        var command = new Command("metrics", "Connectivity figures of the network (density, components, clustering, paths, brokers, mixing), optionally filtered.")
        {
            json, snapshot, top, dataDir,
        };
        filter.AddTo(command);
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, filter.Read(parse), parse.GetValue(json), parse.GetValue(snapshot), Math.Max(0, parse.GetValue(top)), parse.GetValue(dataDir)!, ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, NetworkFilter filter, bool json, bool snapshot, int top, string dataDir, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(dataDir, Graph.Sqlite.SqliteGraphStore.FileName)))
            throw new CliException($"no Q data in '{dataDir}' (use --data-dir, or import or seed first)");
        await using var store = await GraphStores.OpenAsync(CommonOptions.GraphOptions(dataDir), ct);
        await NetworkFilterOptions.RequireKnownAsync(store, filter, ct);
        var analytics = new NetworkAnalytics(store, new AnalyticsOptions());
        // A snapshot is for evaluators: with a topic filter it leaves out members whose topics are not public.
        var (network, report) = await Reports.ComputeAsync(analytics, filter, snapshot ? Core.Ports.Audience.Public : null, ct: ct);
        if (json)
        {
            await console.Out.WriteLineAsync(ReportJson.Write(report, indented: true));
        }
        else
        {
            await WriteSummaryAsync(console.Out, network, report, top);
        }
        if (snapshot)
        {
            var id = await store.SaveSnapshotAsync(report, ct);
            var at = filter.AsOf is null ? $", at {report.ComputedAt:yyyy-MM-dd HH:mm:ss} UTC" : "";
            await console.Error.WriteLineAsync($"Kept snapshot {id} ({NetworkFilterOptions.Describe(filter)}{at}).");
        }
        return 0;
    }

    private static async Task WriteSummaryAsync(TextWriter o, Network network, ConnectivityReport r, int top)
    {
        var c = CultureInfo.InvariantCulture;
        string F(double v, string format = "0.0000") => double.IsFinite(v) ? v.ToString(format, c) : "undefined";
        async Task Line(string label, string value) => await o.WriteLineAsync($"  {label,-28} {value}");

        await o.WriteLineAsync($"Network: {NetworkFilterOptions.Describe(r.Filter)}");
        await Line("Members", r.MemberCount.ToString("N0", c));
        await Line("Connections", r.ConnectionCount.ToString("N0", c));
        await Line("Density", F(r.Density, "0.000000"));
        await Line("Average degree", F(r.AverageDegree, "0.00"));
        await Line("Components", $"{r.ComponentCount.ToString("N0", c)} (the largest holds {F(r.LargestComponentShare * 100, "0.0")} % of members)");
        await Line("Isolates", r.IsolateCount.ToString("N0", c));
        await Line("Transitivity", F(r.Transitivity));
        await Line("Average clustering", F(r.AverageClustering));
        await Line("Degree assortativity", F(r.DegreeAssortativity));
        await Line("Average shortest path", $"{F(r.AverageShortestPathLength, "0.00")} (largest component{(r.ShortestPathsSampled ? ", estimated from sampled sources" : "")})");
        await Line("Modularity", $"{F(r.Modularity)} ({r.CommunityCount.ToString("N0", c)} communities)");
        await Line("Region assortativity", F(r.RegionAssortativity));
        await Line("Region E-I index", F(r.RegionEiIndex));

        var brokers = r.Brokers.Take(top).ToList();
        if (brokers.Count > 0)
        {
            await o.WriteLineAsync();
            await o.WriteLineAsync($"Top brokers (betweenness{(r.BetweennessSampled ? ", estimated from sampled sources" : "")}; Burt's constraint, lower = more brokerage):");
            await o.WriteLineAsync($"  {"#",3}  {"member",-40} {"betweenness",11} {"constraint",10} {"degree",6}");
            for (var i = 0; i < brokers.Count; i++)
            {
                var b = brokers[i];
                var name = network.TryGetIndex(b.MemberId, out var node) ? $"{network.Members[node].Name} ({b.MemberId})" : b.MemberId;
                if (name.Length > 40) name = name[..39] + "…";
                await o.WriteLineAsync($"  {i + 1,3}  {name,-40} {F(b.Betweenness),11} {F(b.Constraint),10} {b.Degree,6}");
            }
        }

        if (r.Mixing.Count > 0)
        {
            await o.WriteLineAsync();
            await o.WriteLineAsync("Mixing by attribute (assortativity: 1 ties stay within groups, -1 across; E-I index: 1 all external, -1 all internal):");
            await o.WriteLineAsync($"  {"attribute",-18} {"assortativity",13} {"E-I index",10} {"internal",9} {"external",9}");
            foreach (var attribute in Reports.Attributes.Where(r.Mixing.ContainsKey).Concat(r.Mixing.Keys.Except(Reports.Attributes)))
            {
                var m = r.Mixing[attribute];
                await o.WriteLineAsync($"  {attribute,-18} {F(m.Assortativity),13} {F(m.EiIndex),10} {m.InternalTies,9:N0} {m.ExternalTies,9:N0}");
            }
        }

        if (r.RegionMembers.Count > 0)
        {
            await o.WriteLineAsync();
            await o.WriteLineAsync("Members and ties by region:");
            var within = r.RegionTies.Where(t => t.From == t.To).ToDictionary(t => t.From, t => t.Count);
            var across = r.RegionTies.Where(t => t.From != t.To).GroupBy(t => t.From).ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
            await o.WriteLineAsync($"  {"region",-34} {"members",8} {"ties within",12} {"ties out",9}");
            foreach (var (region, count) in r.RegionMembers.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
                await o.WriteLineAsync($"  {region,-34} {count,8:N0} {within.GetValueOrDefault(region),12:N0} {across.GetValueOrDefault(region),9:N0}");
        }
    }
}
