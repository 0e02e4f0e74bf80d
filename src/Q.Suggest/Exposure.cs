namespace Q.Suggest;

/// <summary>How evenly suggestions spread: the Gini coefficient of how often each member appears in everyone's top 10.</summary>
public sealed record ExposureReport(double Gini, int MembersSuggested, int Members, int MostSuggestedCount, string? MostSuggested);

public static class Exposure
{
    public static ExposureReport Of(IEnumerable<IEnumerable<string>> topLists, IReadOnlyCollection<string> everyone)
    {
        var counts = everyone.ToDictionary(m => m, _ => 0, StringComparer.Ordinal);
        foreach (var list in topLists)
            foreach (var m in list) counts[m] = counts.GetValueOrDefault(m) + 1;
        var top = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        return new ExposureReport(Gini(counts.Values.ToArray()), counts.Count(p => p.Value > 0), counts.Count, top.Value, top.Key);
    }

    /// <summary>0 when everyone is suggested equally often, towards 1 when a few members take every slot.</summary>
    public static double Gini(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        double total = sorted.Sum(v => (double)v);
        if (total == 0) return 0;
        double weighted = 0;
        for (var i = 0; i < sorted.Length; i++) weighted += (i + 1) * (double)sorted[i];
        var n = sorted.Length;
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }
}
