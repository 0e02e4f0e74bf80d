using System.Globalization;
using Q.Suggest;
using Xunit.Abstractions;

namespace Q.Suggest.Tests;

public sealed class QualityTests(DemoFixture demo, ITestOutputHelper output) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Model_beats_every_heuristic_on_recall_at_10_on_a_seeded_community()
    {
        var report = demo.Report;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(report.Split);
        output.WriteLine($"training rows {report.TrainingRows}");
        foreach (var q in report.Figures)
            output.WriteLine(string.Create(c, $"{q.Scorer,-18} AUC {q.Auc:0.0000} P@10 {q.PrecisionAt10:0.0000} R@10 {q.RecallAt10:0.0000} Hits@20 {q.HitsAt20:0.0000} members {q.Members} positives {q.Positives}"));
        output.WriteLine(report.Decision);

        Assert.False(report.RandomSplit);
        var model = report.Figures.Single(q => q.Scorer == "model");
        var aa = report.Figures.Single(q => q.Scorer == "adamic-adar");
        foreach (var h in report.Figures.Where(q => q.Scorer != "model"))
            Assert.True(model.RecallAt10 > h.RecallAt10, $"model recall@10 {model.RecallAt10} vs {h.Scorer} {h.RecallAt10}");
        output.WriteLine($"ratio vs Adamic-Adar {model.RecallAt10 / aa.RecallAt10:0.000}");
        // Measured 2.01 (seed 5, 2,000 members); 1.40 without the tenure features (AblationTests).
        Assert.True(model.RecallAt10 >= 1.15 * aa.RecallAt10, $"model recall@10 {model.RecallAt10} is under 1.15 × Adamic-Adar's {aa.RecallAt10}");
        Assert.True(model.Auc > aa.Auc);
        Assert.Equal("model", report.Served);
    }
}
