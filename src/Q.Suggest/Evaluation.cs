namespace Q.Suggest;

/// <summary>Ranking quality of one scorer on held-out ties.</summary>
/// <param name="Auc">Area under the ROC curve over every candidate pair (positives against candidate, i.e. hard, negatives).</param>
/// <param name="PrecisionAt10">Mean over evaluated members of (held-out ties in the top 10) / 10.</param>
/// <param name="RecallAt10">Held-out ties found in their member's top 10 / all held-out ties of evaluated members (candidates or not).</param>
/// <param name="HitsAt20">Share of evaluated members with at least one held-out tie in their top 20.</param>
public sealed record Quality(string Scorer, double Auc, double PrecisionAt10, double RecallAt10, double HitsAt20, int Members, int Positives);

/// <summary>For one member: the candidates' scores, which candidates became ties, and how many ties the member formed in all.</summary>
public sealed record RankedMember(float[] Scores, bool[] Positive, int AllPositives);

public static class Evaluation
{
    public static Quality Measure(string scorer, IReadOnlyList<RankedMember> members)
    {
        double precision = 0, hits20 = 0;
        long found = 0, positives = 0;
        var evaluated = 0;
        foreach (var m in members)
        {
            if (m.AllPositives == 0) continue;
            evaluated++;
            positives += m.AllPositives;
            var order = Rank(m.Scores);
            var top10 = order.Take(10).Count(i => m.Positive[i]);
            found += top10;
            precision += top10 / 10.0;
            if (order.Take(20).Any(i => m.Positive[i])) hits20++;
        }
        var auc = Auc([.. members.SelectMany(m => m.Scores)], [.. members.SelectMany(m => m.Positive)]);
        return new Quality(scorer, auc, evaluated == 0 ? 0 : precision / evaluated, positives == 0 ? 0 : (double)found / positives,
            evaluated == 0 ? 0 : hits20 / evaluated, evaluated, (int)positives);
    }

    /// <summary>Indices by descending score; equal scores keep candidate order (so ties are broken the same way for every scorer).</summary>
    public static int[] Rank(float[] scores)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }

    /// <summary>Mann–Whitney AUC with tied scores counted half; NaN without both classes.</summary>
    public static double Auc(float[] scores, bool[] positive)
    {
        // Sorting copies of the scores with the labels alongside (no index indirection): millions of rows at 50k members.
        var sorted = (float[])scores.Clone();
        var labels = (bool[])positive.Clone();
        Array.Sort(sorted, labels);
        double rankSumPositive = 0;
        long pos = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            var midRank = (i + j + 1) / 2.0; // ranks are 1-based: i+1..j
            for (var k = i; k < j; k++)
                if (labels[k]) { rankSumPositive += midRank; pos++; }
            i = j;
        }
        long neg = scores.Length - pos;
        if (pos == 0 || neg == 0) return double.NaN;
        return (rankSumPositive - pos * (pos + 1) / 2.0) / (pos * (double)neg);
    }
}
