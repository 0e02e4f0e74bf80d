using Q.Core.Analytics;

namespace Q.Graph.Analytics;

/// <summary>Ties between regions and members per region; a member without a region counts under "unknown".</summary>
public static class RegionMatrix
{
    /// <summary>Every region pair with ties, both orders listed (a tie between regions r and s counts once in (r, s)
    /// and once in (s, r)); ties within a region once on the diagonal. Ordered by From, then To (ordinal).</summary>
    public static IReadOnlyList<TieCount> Ties(Network network, Categories regions)
    {
        var k = regions.Names.Count;
        var counts = new int[k, k];
        foreach (var tie in network.Ties)
        {
            int a = regions.Of[tie.A], b = regions.Of[tie.B];
            counts[a, b]++;
            if (a != b) counts[b, a]++;
        }
        var result = new List<TieCount>();
        var byName = Sampling.Range(k);
        Array.Sort(byName, (x, y) => string.CompareOrdinal(regions.Names[x], regions.Names[y]));
        foreach (var a in byName)
            foreach (var b in byName)
                if (counts[a, b] > 0) result.Add(new TieCount(regions.Names[a], regions.Names[b], counts[a, b]));
        return result;
    }

    public static IReadOnlyDictionary<string, int> Members(Network network, Categories regions)
    {
        var result = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < network.Count; v++)
        {
            var name = regions.Names[regions.Of[v]];
            result[name] = result.GetValueOrDefault(name) + 1;
        }
        return result;
    }
}
