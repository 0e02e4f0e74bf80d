namespace Q.Demo.Generation;

/// <summary>
/// The one source of randomness. Seeded <see cref="Random"/> uses a fixed legacy algorithm, so a seed gives the
/// same sequence on every machine and .NET version; only +, *, / and sqrt touch doubles (all exactly rounded
/// under IEEE 754), so no platform maths library can nudge a choice. Each generation stage gets its own
/// stream, so changing how projects are drawn does not reshuffle the members.
/// </summary>
internal sealed class Rng(int seed, int stage)
{
    private readonly Random random = new(Mix(seed, stage));

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public double Unit() => random.NextDouble();

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index drawn in proportion to <paramref name="weights"/> (linear; for short lists).</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++) total += weights[i];
        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        for (var i = weights.Count - 1; i >= 0; i--) if (weights[i] > 0) return i;
        return 0;
    }

    /// <summary>Splits (seed, stage) into a well-spread 31-bit seed (splitmix-style integer hashing).</summary>
    private static int Mix(int seed, int stage)
    {
        unchecked
        {
            var z = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)stage * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}

/// <summary>
/// Draws an item in proportion to its weight in O(log n) by binary search over running totals; used for
/// choosing organisations, topics and partners among thousands of candidates.
/// </summary>
internal sealed class WeightedTable
{
    private readonly double[] cumulative;

    public WeightedTable(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++) cumulative[i] = total += weights[i];
    }

    public int Count => cumulative.Length;

    public double Total => cumulative.Length == 0 ? 0 : cumulative[^1];

    /// <summary>An index, or -1 when every weight is zero.</summary>
    public int Sample(Rng rng)
    {
        if (Total <= 0) return -1;
        var x = rng.Unit() * Total;
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
