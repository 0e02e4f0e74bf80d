using Q.Core.Search;
using Q.Search.Lucene;

namespace Q.Cli.Tests;

public sealed class ReindexTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task Reindex_reports_and_repairs_drift_between_the_index_and_the_graph()
    {
        await _q.RunAsync("seed", "--members", "120", "--data-dir", _q.DataDir);
        var first = await _q.RunAsync("reindex", "--data-dir", _q.DataDir);
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"people\s+120 in the graph; the index had 0 \(120 missing", first.Out);

        // Drift: a document the graph has is lost from the index.
        await using (var index = new LuceneSearchIndex(_q.DataDir))
        {
            await index.InitialiseAsync();
            await index.ExpungeAsync(SearchKind.Person, "m-000007", long.MaxValue);
        }

        var second = await _q.RunAsync("reindex", "--data-dir", _q.DataDir);

        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"people\s+120 in the graph; the index had 119 \(1 missing, 0 that the graph no longer has\)", second.Out);
        await using var repaired = new LuceneSearchIndex(_q.DataDir);
        await repaired.InitialiseAsync();
        Assert.Equal(120, (await repaired.VersionsAsync(SearchKind.Person)).Count);
    }

    [Fact]
    public async Task Reindex_while_another_process_holds_the_index_says_so_and_changes_nothing()
    {
        await _q.RunAsync("seed", "--members", "30", "--data-dir", _q.DataDir);
        await using var held = new LuceneSearchIndex(_q.DataDir);
        await held.InitialiseAsync();

        var result = await _q.RunAsync("reindex", "--data-dir", _q.DataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is open in another Q process", result.Error);
    }
}
