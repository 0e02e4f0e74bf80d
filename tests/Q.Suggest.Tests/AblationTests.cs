using System.Globalization;
using Q.Suggest;
using Q.Suggest.Features;
using Xunit.Abstractions;

namespace Q.Suggest.Tests;

/// <summary>
/// The leakage check behind docs/suggestions.md: the model's gain over Adamic-Adar is large, so each feature family is
/// dropped in turn (zeroed in training and evaluation) to see where the gain comes from. Most comes from
/// tenure: the demo dates a tie shortly after the later of the two members joined, which is known at the cut-off.
/// </summary>
public sealed class AblationTests(DemoFixture demo, ITestOutputHelper output) : IClassFixture<DemoFixture>
{
    private static readonly (string Name, int[] Features)[] Families =
    [
        // Measured once with every family (docs/suggestions.md); the test keeps the one that matters: tenure.
        ("tenure", [13, 14]),
    ];

    [Fact]
    public void Without_tenure_the_model_still_beats_adamic_adar()
    {
        var split = TemporalSplit.Create(demo.Community);
        var train = PairSet.Build(split.TrainGraph, split.TrainPositives);
        var eval = PairSet.Build(split.EvalGraph, split.EvalPositives);
        var aa = eval.Measure(Heuristic.AdamicAdar);
        var c = CultureInfo.InvariantCulture;
        var withoutTenure = 0.0;
        foreach (var (name, drop) in Families)
        {
            float[] Mask(float[] f) { var copy = (float[])f.Clone(); foreach (var i in drop) copy[i] = 0; return copy; }
            var model = LinkModel.Train(train.Features.Select(Mask).ToList(), train.Labels.ToList());
            var masked = new PairSet { Groups = eval.Groups.Select(g => g with { Features = g.Features.Select(Mask).ToArray() }).ToList() };
            var q = masked.Measure(model);
            if (name == "tenure") withoutTenure = q.RecallAt10;
            output.WriteLine(string.Create(c, $"drop {name,-20} AUC {q.Auc:0.0000} R@10 {q.RecallAt10:0.0000} ratio vs AA {q.RecallAt10 / aa.RecallAt10:0.000}"));
        }
        Assert.True(withoutTenure > aa.RecallAt10);
        Assert.Equal(PairFeatures.Count, PairFeatures.Names.Length);
    }
}
