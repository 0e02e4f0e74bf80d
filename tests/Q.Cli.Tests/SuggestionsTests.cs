using System.Text.Json;

namespace Q.Cli.Tests;

/// <summary>q suggestions train | list | evaluate end to end on a small seeded data folder.</summary>
public sealed class SuggestionsTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task List_leaves_out_members_the_member_dismissed()
    {
        Assert.Equal(0, (await _q.RunAsync("seed", "--members", "120", "--seed", "4", "--data-dir", _q.DataDir)).ExitCode);
        async Task<List<string>> Suggested()
        {
            var run = await _q.RunAsync("suggestions", "list", "--member", "m-000001", "--first", "5", "--json", "--data-dir", _q.DataDir);
            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(run.Out.Trim());
            return doc.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("member").GetString()!).ToList();
        }
        var top = Assert.IsType<string>((await Suggested()).FirstOrDefault());

        await using (var store = Q.Graph.Sqlite.SqliteGraphStore.InDirectory(_q.DataDir))
        {
            await store.InitialiseAsync();
            await store.ExecuteWriteAsync(async (w, ct) =>
            {
                await w.RecordSuggestionEventsAsync([new Q.Core.Suggest.SuggestionEvent("m-000001", top, Q.Core.Suggest.SuggestionEventKind.Dismissed, DateTimeOffset.UtcNow)], ct);
                return 0;
            });
        }

        Assert.DoesNotContain(top, await Suggested());
    }

    [Fact]
    public async Task Train_list_and_evaluate_on_a_seeded_data_folder()
    {
        Assert.Equal(0, (await _q.RunAsync("seed", "--members", "300", "--seed", "4", "--data-dir", _q.DataDir)).ExitCode);

        // Before training: Adamic-Adar is served, and evaluate says nothing was trained.
        var untrained = await _q.RunAsync("suggestions", "evaluate", "--data-dir", _q.DataDir);
        Assert.Equal(0, untrained.ExitCode);
        Assert.Contains("Served: adamic-adar (nothing trained yet", untrained.Out);

        var train = await _q.RunAsync("suggestions", "train", "--data-dir", _q.DataDir);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("Split: temporal", train.Out);
        foreach (var scorer in new[] { "model", "adamic-adar", "common-neighbours", "topic-overlap" }) Assert.Contains($"  {scorer} ", train.Out);
        Assert.True(File.Exists(Path.Combine(_q.DataDir, "suggest", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(_q.DataDir, "suggest", "model-v1.zip")));

        // Training again on the same data gives the same model, which is not better: the saved one is kept.
        var again = await _q.RunAsync("suggestions", "train", "--data-dir", _q.DataDir);
        Assert.Equal(0, again.ExitCode);
        Assert.False(File.Exists(Path.Combine(_q.DataDir, "suggest", "model-v2.zip")), again.Out);
        Assert.Contains("kept ", again.Out);

        var one = await _q.RunAsync("suggestions", "list", "--member", "m-000001", "--first", "5", "--json", "--data-dir", _q.DataDir);
        Assert.Equal(0, one.ExitCode);
        var line = Assert.Single(one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using (var doc = JsonDocument.Parse(line))
        {
            Assert.Equal("m-000001", doc.RootElement.GetProperty("member").GetString());
            var suggestions = doc.RootElement.GetProperty("suggestions").EnumerateArray().ToList();
            Assert.InRange(suggestions.Count, 1, 5);
            var scores = suggestions.Select(s => s.GetProperty("score").GetDouble()).ToList();
            Assert.Equal(scores.OrderDescending(), scores);
            Assert.All(suggestions, s => Assert.NotEqual("m-000001", s.GetProperty("member").GetString()));
            Assert.Contains(suggestions, s => s.GetProperty("reasons").GetArrayLength() > 0);
            var reason = suggestions.SelectMany(s => s.GetProperty("reasons").EnumerateArray()).First();
            Assert.True(reason.TryGetProperty("kind", out _) && reason.TryGetProperty("text", out _) && reason.TryGetProperty("evidence", out _));
        }

        var all = await _q.RunAsync("suggestions", "list", "--all", "--first", "3", "--json", "--data-dir", _q.DataDir);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(300, all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // every seeded member has joined by now
        // Names in reasons as written (the demo has Siobhán, Seán, Zoë…), not \u escapes.
        Assert.DoesNotContain("\\u00", all.Out, StringComparison.Ordinal);
        Assert.Contains(all.Out, c => c > 127);
        Assert.Contains("Exposure: Gini ", all.Error);

        var text = await _q.RunAsync("suggestions", "list", "--member", "m-000001", "--data-dir", _q.DataDir);
        Assert.StartsWith("Suggestions for ", text.Out, StringComparison.Ordinal);

        var evaluate = await _q.RunAsync("suggestions", "evaluate", "--json", "--data-dir", _q.DataDir);
        Assert.Equal(0, evaluate.ExitCode);
        using var report = JsonDocument.Parse(evaluate.Out);
        var figures = report.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(4, figures.Count);
        Assert.True(figures[0].GetProperty("recallAt10").GetDouble() > 0);
    }

    [Fact]
    public async Task Listing_needs_one_of_member_or_all_and_a_known_member()
    {
        Assert.Equal(0, (await _q.RunAsync("seed", "--members", "50", "--data-dir", _q.DataDir)).ExitCode);
        Assert.Equal(2, (await _q.RunAsync("suggestions", "list", "--data-dir", _q.DataDir)).ExitCode);
        var unknown = await _q.RunAsync("suggestions", "list", "--member", "nobody", "--data-dir", _q.DataDir);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no member 'nobody'", unknown.Error);
        Assert.Equal(2, (await _q.RunAsync("suggestions", "train", "--data-dir", Path.Combine(_q.Root, "empty"))).ExitCode);
    }
}
