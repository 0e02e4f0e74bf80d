using System.CommandLine;
using System.Diagnostics;
using Q.Core.Search;
using Q.Graph;
using Q.Search;

namespace Q.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var command = new Command("reindex", "Rebuild the search index from the graph beside the old one, swap it in, and report how far the old one had drifted.")
        {
            dataDir,
        };
        var backends = new BackendOptions();
        foreach (var setting in backends.All) command.Options.Add(setting.Option);
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, parse.GetValue(dataDir)!, BackendOptions.Overrides(parse, backends.All), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string dataDir, IReadOnlyDictionary<string, string?> backends, CancellationToken ct)
    {
        var configuration = BackendOptions.Configuration(backends);
        await using var graph = await GraphStores.OpenAsync(BackendOptions.GraphOptions(configuration, dataDir), ct);
        await using var index = Q.Search.Extensions.Create(BackendOptions.SearchOptions(configuration, dataDir));
        try
        {
            await index.InitialiseAsync(ct);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // One writer per index: the running server holds it. It keeps its index current by itself; an
            // administrator can rebuild it there without stopping it (mutation reindex).
            throw new CliException($"the search index in '{dataDir}' is open in another Q process (is q serve running?); use the admin mutation reindex there, or stop it first.");
        }
        var clock = Stopwatch.StartNew();
        var report = await new SearchIndexer(graph, index).RebuildAsync(ct);
        clock.Stop();
        foreach (var kind in report.Drift)
            await console.Out.WriteLineAsync(
                $"{(kind.Kind == SearchKind.Person ? "people" : "resources"),-10} {kind.InGraph,8:N0} in the graph; the index had {kind.InIndexBefore:N0} " +
                $"({kind.Missing:N0} missing, {kind.Extra:N0} that the graph no longer has)");
        var documents = report.Drift.Sum(d => d.InGraph);
        await console.Out.WriteLineAsync(
            $"Rebuilt {documents:N0} documents at outbox position {report.Position:N0} in {clock.Elapsed.TotalSeconds:0.0} s ({documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} documents/s).");
        return 0;
    }
}
