using System.IO.Pipelines;
using System.Text;
using Q.Core.Interchange;
using Q.Core.Ports;
using Q.Demo;

namespace Q.Cli.Commands;

/// <summary>
/// Loads a generated demo community through the importer — the same checks and the same single transaction
/// as a user's file — streaming the lines through a pipe rather than a temporary file.
/// </summary>
internal static class DemoSeeder
{
    /// <summary>Demo ids (org-0001, sepsis, m-000001…) could collide with real ones: only an empty store is seeded.</summary>
    public static bool IsEmpty(GraphCounts counts) => counts == new GraphCounts(0, 0, 0, 0, 0, 0);

    public static async Task<ImportReport> SeedAsync(IGraphStore store, int members, int seed, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var community = DemoCommunity.Generate(members, seed);
        var pipe = new Pipe();
        var writing = Task.Run(async () =>
        {
            await using var output = pipe.Writer.AsStream();
            await using var writer = new RecordWriter(output);
            foreach (var record in community.Records()) await writer.WriteAsync(record, ct);
        }, ct);
        using var reader = new StreamReader(pipe.Reader.AsStream(), Encoding.UTF8);
        var report = await new Importer(store).ImportAsync(reader, new ImportOptions(Strict: true), progress, ct);
        await writing;
        if (report.HasRejections)
            throw new InvalidOperationException($"the demo community did not import cleanly: {report.Rejected[0]}");
        return report;
    }
}
