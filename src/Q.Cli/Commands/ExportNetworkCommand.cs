using System.CommandLine;
using System.Text;
using Q.Core.Analytics;
using Q.Graph;
using Q.Graph.Analytics;
using Q.Graph.Metrics;

namespace Q.Cli.Commands;

/// <summary>
/// <c>q export-network</c>: the (filtered) network for NetworkX and Gephi, as GraphML or as a pair of CSV files
/// (FILE the edges, FILE's name + <c>.nodes.csv</c> the nodes). --pseudonymise names members by their stable
/// pseudonyms only (the ones evaluators see in the API), with no names.
/// </summary>
internal static class ExportNetworkCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "Where to write the GraphML file, or the CSV edge table (the node table goes beside it as <name>.nodes.csv)." };
        var format = new Option<string?>("--format") { Description = "graphml or csv (default: csv when FILE ends in .csv, else graphml)." };
        format.AcceptOnlyFromAmong("graphml", "csv");
        var pseudonymise = new Option<bool>("--pseudonymise") { Description = "Name members by pseudonym (p-…, stable in this data folder), with no names." };
        var dataDir = CommonOptions.DataDir();
        var filter = new NetworkFilterOptions();
        var command = new Command("export-network", "Export the network (members, their attributes, and ties) as GraphML or CSV for NetworkX and Gephi.")
        {
            file, format, pseudonymise, dataDir,
        };
        filter.AddTo(command);
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
        {
            var target = parse.GetValue(file)!;
            var kind = parse.GetValue(format) switch
            {
                "csv" => NetworkFormat.Csv,
                "graphml" => NetworkFormat.GraphMl,
                _ => target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? NetworkFormat.Csv : NetworkFormat.GraphMl,
            };
            return RunAsync(console, target, kind, filter.Read(parse), parse.GetValue(pseudonymise), parse.GetValue(dataDir)!, ct);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, NetworkFormat format, NetworkFilter filter, bool pseudonymise, string dataDir, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(dataDir, Graph.Sqlite.SqliteGraphStore.FileName)))
            throw new CliException($"no Q data in '{dataDir}' (use --data-dir, or import or seed first)");
        await using var store = await GraphStores.OpenAsync(CommonOptions.GraphOptions(dataDir), ct);
        await NetworkFilterOptions.RequireKnownAsync(store, filter, ct);
        var pseudonyms = pseudonymise ? Pseudonyms.LoadOrCreate(dataDir) : null;
        var network = await new NetworkAnalytics(store, new AnalyticsOptions()).LoadAsync(filter, ct);
        if (format == NetworkFormat.GraphMl)
        {
            WriteAtomically(file, stream => NetworkExport.WriteGraphMl(network, stream, pseudonyms));
        }
        else
        {
            var nodes = NetworkExport.NodesFileFor(file);
            WriteAtomically(nodes, stream => WriteText(stream, w => NetworkExport.WriteNodesCsv(network, w, pseudonyms)));
            WriteAtomically(file, stream => WriteText(stream, w => NetworkExport.WriteEdgesCsv(network, w, pseudonyms)));
        }
        var where = format == NetworkFormat.GraphMl ? file : $"{file} (edges) and {NetworkExport.NodesFileFor(file)} (nodes)";
        await console.Error.WriteLineAsync(
            $"Exported {network.Count:N0} members and {network.Ties.Count:N0} ties ({NetworkFilterOptions.Describe(filter)}{(pseudonymise ? ", pseudonymised" : "")}) to {where}.");
        return 0;
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }

    /// <summary>Written beside the target and renamed over it, so an interrupted export never leaves a half-written file.</summary>
    private static void WriteAtomically(string file, Action<Stream> write)
    {
        var partial = file + ".partial";
        try
        {
            using (var output = File.Create(partial)) write(output);
            File.Move(partial, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{file}': {e.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
