using System.CommandLine;
using Q.Core.Interchange;
using Q.Graph;

namespace Q.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "Where to write JSON Lines, or - for standard output." };
        var dataDir = CommonOptions.DataDir();
        var backends = new BackendOptions();
        var command = new Command("export", "Export every record as JSON Lines in the import format.") { file, dataDir };
        foreach (var setting in backends.GraphOnly) command.Options.Add(setting.Option);
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, parse.GetValue(file)!, parse.GetValue(dataDir)!, BackendOptions.Overrides(parse, backends.GraphOnly), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, string dataDir, IReadOnlyDictionary<string, string?> backends, CancellationToken ct)
    {
        var options = BackendOptions.GraphOptions(BackendOptions.Configuration(backends), dataDir);
        // Opening an embedded store creates it: an export from a folder with nothing in it is a mistyped path.
        if (options.Engine == "sqlite" && !File.Exists(Path.Combine(dataDir, Graph.Sqlite.SqliteGraphStore.FileName)))
            throw new CliException($"no Q data in '{dataDir}' (use --data-dir, or import or seed first)");
        await using var store = await GraphStores.OpenAsync(options, ct);
        if (file == "-")
        {
            var count = await Exporter.ExportAsync(store, console.StdOut, ct);
            await console.Error.WriteLineAsync($"Exported {count:N0} records.");
            return 0;
        }
        // Write beside the target and rename, so an interrupted export never leaves a half-written file behind.
        var partial = file + ".partial";
        try
        {
            long count;
            await using (var output = File.Create(partial)) count = await Exporter.ExportAsync(store, output, ct);
            File.Move(partial, file, overwrite: true);
            await console.Error.WriteLineAsync($"Exported {count:N0} records to {file}.");
            return 0;
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
