namespace Q.Cli.Tests;

/// <summary>
/// Moving a community between stores is q export from one and q import into the other (docs/scale-out.md). Here on
/// the embedded engines, the only ones this machine has: every record arrives, unchanged, and the search index
/// rebuilt from the new store finds the same people.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task Export_then_import_into_a_fresh_store_gives_the_same_records_and_counts()
    {
        Assert.Equal(0, (await _q.RunAsync("seed", "--members", "150", "--data-dir", _q.DataDir)).ExitCode);
        var file = Path.Combine(_q.Root, "community.jsonl");
        var target = Path.Combine(_q.Root, "target");

        var export = await _q.RunAsync("export", file, "--data-dir", _q.DataDir, "--graph", "sqlite");
        var import = await _q.RunAsync("import", file, "--data-dir", target, "--graph", "sqlite", "--strict");
        var reindex = await _q.RunAsync("reindex", "--data-dir", target, "--graph", "sqlite", "--search", "lucene");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, reindex.ExitCode);
        var before = await _q.ExportAsync();
        var after = await _q.ExportAsync(target);
        Assert.True(before.Length > 150, $"only {before.Length} records exported");
        Assert.Equal(before, after);
        Assert.Equal(CountByKind(before), CountByKind(after));
        Assert.Contains($"Exported {before.Length:N0} records", export.Error);
        Assert.Contains("people          150 in the graph", reindex.Out);
    }

    private static Dictionary<string, int> CountByKind(string[] lines) => lines
        .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()!)
        .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
}
