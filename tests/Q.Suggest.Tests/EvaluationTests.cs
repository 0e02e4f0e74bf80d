using Q.Suggest;

namespace Q.Suggest.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Auc_of_hand_made_rankings()
    {
        Assert.Equal(1.0, Evaluation.Auc([0.9f, 0.8f, 0.1f], [true, true, false]));
        Assert.Equal(0.0, Evaluation.Auc([0.1f, 0.8f, 0.9f], [true, false, false]));
        // Positive 0.5 against negatives 0.7 (lost), 0.5 (tied: half), 0.2 (won): (0 + 0.5 + 1) / 3.
        Assert.Equal(0.5, Evaluation.Auc([0.5f, 0.7f, 0.5f, 0.2f], [true, false, false, false]), 12);
        Assert.True(double.IsNaN(Evaluation.Auc([0.1f], [true])));
    }

    [Fact]
    public void Precision_recall_and_hits_of_hand_made_rankings()
    {
        // Member 1: 12 candidates, positives ranked 1st and 11th, plus 1 tie outside the candidates (3 in all).
        var scores1 = Enumerable.Range(0, 12).Select(i => 12f - i).ToArray();
        var pos1 = new bool[12];
        pos1[0] = pos1[10] = true;
        // Member 2: positive ranked 25th: no hit in the top 20.
        var scores2 = Enumerable.Range(0, 30).Select(i => 30f - i).ToArray();
        var pos2 = new bool[30];
        pos2[24] = true;
        var q = Evaluation.Measure("x", [new RankedMember(scores1, pos1, 3), new RankedMember(scores2, pos2, 1), new RankedMember([1f], [false], 0)]);
        Assert.Equal(2, q.Members);
        Assert.Equal(4, q.Positives);
        Assert.Equal((0.1 + 0) / 2, q.PrecisionAt10, 12);
        Assert.Equal(1 / 4.0, q.RecallAt10, 12);
        Assert.Equal(0.5, q.HitsAt20, 12);
    }

    [Fact]
    public void Gini_of_exposure()
    {
        Assert.Equal(0, Exposure.Gini([3, 3, 3, 3]), 12);
        Assert.Equal(0.75, Exposure.Gini([0, 0, 0, 4]), 12);
        var report = Exposure.Of([["a", "b"], ["a"]], ["a", "b", "c"]);
        Assert.Equal(2, report.MembersSuggested);
        Assert.Equal("a", report.MostSuggested);
        Assert.Equal(Exposure.Gini([2, 1, 0]), report.Gini, 12);
    }
}
