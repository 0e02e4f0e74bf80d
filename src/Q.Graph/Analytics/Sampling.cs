namespace Q.Graph.Analytics;

/// <summary>Seeded choice of sample sources, so a sampled figure is reproducible for a given seed.</summary>
public static class Sampling
{
    /// <summary>
    /// <paramref name="k"/> distinct items of <paramref name="from"/> (a partial Fisher–Yates shuffle with
    /// <see cref="Random"/>(seed), whose sequence is fixed for a seed), returned ascending so the work that follows
    /// visits them in a stable order.
    /// </summary>
    public static int[] Choose(int[] from, int k, int seed)
    {
        var pool = (int[])from.Clone();
        k = Math.Min(k, pool.Length);
        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        var chosen = pool[..k];
        Array.Sort(chosen);
        return chosen;
    }

    public static int[] Range(int n)
    {
        var all = new int[n];
        for (var i = 0; i < n; i++) all[i] = i;
        return all;
    }
}
