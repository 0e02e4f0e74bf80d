using Q.Jobs.Upkeep;
using Q.Suggest;

namespace Q.Jobs.Tests;

/// <summary>suggestions-train on a real graph: the first run serves what evaluates best; a run that is no better keeps it.</summary>
public sealed class SuggestionsTrainUpkeepTests : DataFolder
{
    [Fact]
    public async Task The_first_run_serves_a_scorer_and_the_suggester_uses_it_and_a_retrain_that_is_no_better_keeps_it()
    {
        await using var store = await OpenStoreAsync();
        await SeedDemoAsync(store, 400);
        var models = new ModelStore(Data);
        var suggester = new Suggester(store, models);
        Assert.Equal(Heuristic.AdamicAdar.Name, suggester.Scorer.Name); // nothing trained yet
        var upkeep = new SuggestionsTrainUpkeep(store, models, suggester);

        var first = await upkeep.RunAsync(CancellationToken.None);
        var served = models.ReadManifest()!;
        Assert.Equal(1, served.Version);
        Assert.Contains("recall@10", first, StringComparison.Ordinal);
        Assert.Equal(served.Served, suggester.Scorer.Name); // reloaded, not the heuristic it had before

        // The same graph trains the same model: it cannot beat itself on the same held-out ties, so nothing changes.
        var second = await upkeep.RunAsync(CancellationToken.None);
        Assert.StartsWith("kept", second, StringComparison.Ordinal);
        Assert.Equal(1, models.ReadManifest()!.Version);
    }
}
