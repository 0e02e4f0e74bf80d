namespace Q.Cli.Tests;

/// <summary>`q bench suggestions` on small communities: it measures every row, and a reused data folder keeps its own model.</summary>
public sealed class SuggestionsBenchTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task It_seeds_trains_and_times_one_member_and_everyone()
    {
        var result = await _q.RunAsync("bench", "suggestions", "--members", "800", "--sample", "30");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 800 | demo community seeded (seed 1) and imported |", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\| 800 \| one member's top 10 with reasons \(`Suggester.SuggestAsync`\), 30 seeded random members .*\| p50 [0-9.]+ ms, \*\*p99 [0-9.]+ ms\*\*", result.Out);
        Assert.Contains("every member's top 20 with reasons (`Suggester.AllAsync`, both cores; 800 members", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"quality on the held-out period \(model vs Adamic-Adar\) \| R@10 0\.\d{4} vs 0\.\d{4}", result.Out);
    }

    [Fact]
    public async Task A_reused_data_folder_keeps_its_served_model()
    {
        Assert.Equal(0, (await _q.RunAsync("seed", "--members", "600", "--seed", "2", "--data-dir", _q.DataDir)).ExitCode);
        var result = await _q.RunAsync("bench", "suggestions", "--data-dir", _q.DataDir, "--sample", "10");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"| 600 | community reused from {_q.DataDir} |", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_q.DataDir, "suggest")), "the bench wrote into the data folder's model store");
    }
}
