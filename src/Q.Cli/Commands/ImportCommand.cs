using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Q.Core.Interchange;
using Q.Graph;

namespace Q.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A JSON Lines file, or - for standard input." };
        var dataDir = CommonOptions.DataDir();
        var strict = new Option<bool>("--strict") { Description = "Write nothing at all if any line is bad." };
        var backends = new BackendOptions();
        var command = new Command("import", "Import records from JSON Lines (docs/import-format.md); upserts by id.") { file, dataDir, strict };
        foreach (var setting in backends.GraphOnly) command.Options.Add(setting.Option);
        command.SetAction((parse, ct) => Guard.RunAsync(console, () =>
            RunAsync(console, parse.GetValue(file)!, parse.GetValue(dataDir)!, parse.GetValue(strict), BackendOptions.Overrides(parse, backends.GraphOnly), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, string dataDir, bool strict,
        IReadOnlyDictionary<string, string?> backends, CancellationToken ct)
    {
        var options = BackendOptions.GraphOptions(BackendOptions.Configuration(backends), dataDir);
        await using var input = Open(console, file);
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        await using var store = await GraphStores.OpenAsync(options, ct);
        var clock = Stopwatch.StartNew();
        ImportReport report;
        using (var progress = new ProgressBar(console))
            report = await new Importer(store).ImportAsync(reader, new ImportOptions(strict), progress, ct);
        clock.Stop();

        var problems = report.Rejected.Select(p => (p.Line, Text: p.ToString()))
            .Concat(report.Warnings.Select(w => (w.Line, Text: $"line {w.Line}: warning: {w.Reason}")));
        foreach (var (_, text) in problems.OrderBy(p => p.Line)) await console.Error.WriteLineAsync(text);
        await ImportSummary.WriteAsync(console.Out, report, file == "-" ? "standard input" : file, clock.Elapsed);
        return report.HasRejections ? 1 : 0;
    }

    private static Stream Open(CliConsole console, string file)
    {
        if (file == "-") return console.StdIn;
        try
        {
            return File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{file}': {e.Message}");
        }
    }
}
