using Q.Suggest;
using Q.Suggest.Features;

namespace Q.Suggest.Tests;

public sealed class ModelStoreTests
{
    private static Quality Q(string scorer, double recall, double auc = 0.7) => new(scorer, auc, recall / 2, recall, recall, 10, 20);

    private static readonly Quality[] Heuristics = [Q("adamic-adar", 0.20), Q("common-neighbours", 0.18), Q("topic-overlap", 0.05)];

    [Fact]
    public void A_model_that_beats_the_heuristics_is_served()
    {
        var d = Training.Decide(Q("model", 0.30), Heuristics, null, null, false);
        Assert.True(d.Replace);
        Assert.Equal("model", d.Served);
    }

    [Fact]
    public void When_no_model_beats_the_best_heuristic_the_heuristic_is_served_and_the_decision_says_so()
    {
        var d = Training.Decide(Q("model", 0.15), Heuristics, null, null, false);
        Assert.Equal("adamic-adar", d.Served);
        Assert.StartsWith("no model beats the best heuristic: serving adamic-adar", d.Text, StringComparison.Ordinal);
        Assert.EndsWith("random split because too few ties are dated", Training.Decide(Q("model", 0.15), Heuristics, null, null, true).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_model_replaces_the_old_only_if_it_evaluates_better()
    {
        var old = new Manifest { Version = 3, ModelFile = "model-v3.zip", Served = "model", FeatureSchema = PairFeatures.Schema, Split = "s", Figures = [] };
        var worse = Training.Decide(Q("model", 0.25), Heuristics, Q("model", 0.28), old, false);
        Assert.False(worse.Replace);
        Assert.StartsWith("kept model v3", worse.Text, StringComparison.Ordinal);
        Assert.False(Training.Decide(Q("model", 0.28, 0.8), Heuristics, Q("model", 0.28, 0.8), old, false).Replace); // equal is not better
        Assert.True(Training.Decide(Q("model", 0.29), Heuristics, Q("model", 0.28), old, false).Replace);
    }

    [Fact]
    public void The_manifest_decides_what_is_loaded_and_is_written_atomically()
    {
        var dir = Directory.CreateTempSubdirectory("q-suggest-store-").FullName;
        try
        {
            var store = new ModelStore(dir);
            Assert.Same(Heuristic.AdamicAdar, store.LoadScorer()); // nothing trained yet
            store.WriteManifest(new Manifest { Version = 1, Served = "common-neighbours", FeatureSchema = PairFeatures.Schema, Split = "s", Figures = [Q("model", 0.1)] });
            Assert.Same(Heuristic.CommonNeighbours, store.LoadScorer());
            Assert.Equal(0.1, store.ReadManifest()!.Figures[0].RecallAt10);
            Assert.Empty(Directory.GetFiles(store.Folder, "*.tmp"));
            // A manifest of another feature schema is not trusted.
            store.WriteManifest(new Manifest { Version = 1, Served = "common-neighbours", FeatureSchema = PairFeatures.Schema + 1, Split = "s", Figures = [] });
            Assert.Same(Heuristic.AdamicAdar, store.LoadScorer());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public sealed class RandomSplitTrainingTests
{
    [Fact]
    public void Without_dated_ties_training_uses_a_random_split_and_says_so()
    {
        var demo = Q.Demo.DemoCommunity.Generate(400, seed: 3);
        var community = new Community(demo.Members, demo.Organisations, demo.Projects, demo.Connections.Select(t => t with { Since = null }), demo.Topics);
        var dir = Directory.CreateTempSubdirectory("q-suggest-random-").FullName;
        try
        {
            var report = Training.Run(community, new ModelStore(dir));
            Assert.True(report.RandomSplit);
            Assert.StartsWith("random", report.Split, StringComparison.Ordinal);
            Assert.Contains("random split because too few ties are dated", report.Decision, StringComparison.Ordinal);
            Assert.Contains("random split", new ModelStore(dir).ReadManifest()!.Note, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
