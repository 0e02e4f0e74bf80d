namespace Q.Graph.Analytics;

/// <summary>
/// Newman's assortativity, as networkx computes it for an undirected graph: every tie counted in both directions.
/// Sums are kept as exact integers (Int128) so a coefficient NetworkX finds undefined (0/0) is reliably NaN here too.
/// </summary>
public static class Assortativity
{
    /// <summary>
    /// networkx.degree_assortativity_coefficient: the Pearson correlation of the degrees at either end of a tie.
    /// NaN when there are no ties or every tie end has the same degree (zero variance; networkx returns nan).
    /// </summary>
    public static double Degree(Network network)
    {
        Int128 pairs = 0, sx = 0, sxx = 0, sxy = 0;
        foreach (var tie in network.Ties)
        {
            long a = network.Degree(tie.A), b = network.Degree(tie.B);
            pairs += 2;
            sx += a + b;
            sxx += a * a + b * b;
            sxy += 2 * a * b;
        }
        if (pairs == 0) return double.NaN;
        // r = (E[xy] − E[x]²) / (E[x²] − E[x]²), multiplied through by pairs² to stay in integers.
        var numerator = pairs * sxy - sx * sx;
        var denominator = pairs * sxx - sx * sx;
        return denominator == 0 ? double.NaN : (double)numerator / (double)denominator;
    }

    /// <summary>
    /// networkx.attribute_assortativity_coefficient for categories (node → category number):
    /// r = (Σ e_ii − Σ a_i²) / (1 − Σ a_i²) over the normalised mixing matrix e. NaN when there are no ties or when
    /// every tie end falls in one category (1 − Σ a_i² = 0).
    /// </summary>
    public static double Attribute(Network network, int[] category, int categories)
    {
        var m2 = 2L * network.Ties.Count;
        if (m2 == 0) return double.NaN;
        long within2 = 0; // ties inside a category, counted in both directions
        var degreeSum = new long[categories]; // a_i × 2m: tie ends in category i
        foreach (var tie in network.Ties)
        {
            int ca = category[tie.A], cb = category[tie.B];
            if (ca == cb) within2 += 2;
            degreeSum[ca]++;
            degreeSum[cb]++;
        }
        Int128 squares = 0;
        foreach (var d in degreeSum) squares += (Int128)d * d;
        Int128 total = (Int128)m2 * m2;
        var numerator = (Int128)within2 * m2 - squares;
        var denominator = total - squares;
        return denominator == 0 ? double.NaN : (double)numerator / (double)denominator;
    }
}
