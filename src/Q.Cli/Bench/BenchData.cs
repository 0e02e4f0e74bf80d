using Q.Core.Interchange;
using Q.Core.Ports;
using Q.Demo;

namespace Q.Cli.Bench;

/// <summary>What both benches do to set up: the demo community as an import file, imported through the real importer.</summary>
internal static class BenchData
{
    /// <summary>Writes the community as JSON Lines; returns how many records.</summary>
    public static async Task<long> WriteAsync(DemoCommunity community, string file, CancellationToken ct)
    {
        await using var output = File.Create(file);
        await using var writer = new RecordWriter(output);
        foreach (var record in community.Records()) await writer.WriteAsync(record, ct);
        return writer.Count;
    }

    /// <summary>Imports the file strictly, as `q import --strict` would; a rejected line is a broken bench.</summary>
    public static async Task ImportAsync(IGraphStore store, string file, CancellationToken ct)
    {
        using var reader = new StreamReader(file);
        var result = await new Importer(store).ImportAsync(reader, new ImportOptions(Strict: true), null, ct);
        if (result.HasRejections) throw new InvalidOperationException($"bench import rejected {result.Rejected[0]}");
    }
}
