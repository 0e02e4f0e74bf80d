namespace Q.Graph.Analytics;

/// <summary>
/// networkx.community.modularity with resolution 1 on the unweighted graph:
/// Q = Σ_c [ L_c / m − (d_c / 2m)² ], L_c the ties inside community c and d_c its degree sum.
/// </summary>
public static class Modularity
{
    /// <summary>NaN when there are no ties (networkx divides by zero there).</summary>
    public static double Of(Network network, int[] community, int communities)
    {
        long m = network.Ties.Count;
        if (m == 0) return double.NaN;
        var inside = new long[communities];
        var degreeSum = new long[communities];
        foreach (var tie in network.Ties)
            if (community[tie.A] == community[tie.B]) inside[community[tie.A]]++;
        for (var v = 0; v < network.Count; v++) degreeSum[community[v]] += network.Degree(v);
        // Σ (4m L_c − d_c²) / 4m²: exact integers, one rounding at the end.
        Int128 numerator = 0;
        for (var c = 0; c < communities; c++) numerator += (Int128)4 * m * inside[c] - (Int128)degreeSum[c] * degreeSum[c];
        return (double)numerator / (4.0 * m * m);
    }
}
