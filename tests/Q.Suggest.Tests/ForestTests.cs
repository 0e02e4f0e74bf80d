using Q.Suggest;

namespace Q.Suggest.Tests;

/// <summary>The copied trees score exactly as ML.NET's own Transform does, for a trained model and for one loaded from disk.</summary>
public sealed class ForestTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void The_forest_scores_every_pair_as_ml_net_does_before_and_after_saving()
    {
        var split = TemporalSplit.Create(demo.Community);
        var train = PairSet.Build(split.TrainGraph, split.TrainPositives);
        var rows = PairSet.Build(split.EvalGraph, split.EvalPositives).Features.Take(20_000).ToList();
        var model = LinkModel.Train(train.Features.ToList(), train.Labels.ToList());
        var path = Path.Combine(demo.DataDir, "forest-test.zip");
        model.Save(path);
        foreach (var m in new[] { model, LinkModel.Load(path) })
        {
            Assert.True(m.HasForest);
            var fast = m.Score(rows);
            var reference = m.ScoreWithMlNet(rows);
            Assert.Equal(reference.Length, fast.Length);
            var worst = fast.Zip(reference, (a, b) => Math.Abs(a - b)).Max();
            Assert.True(worst < 1e-6, $"largest difference {worst}");
            Assert.True(fast.Distinct().Count() > 100); // the trees really split the rows
        }
    }
}
