namespace Q.Graph.Analytics;

/// <summary>
/// Burt's constraint exactly as networkx.constraint computes it for an unweighted undirected graph, where the
/// normalised mutual weight p(u, v) = 1 / d(u) for a tie and 0 otherwise:
/// c(u) = Σ_{v ∈ N(u)} ( p(u, v) + Σ_{w ∈ N(u) ∩ N(v)} p(u, w) p(w, v) )².
/// </summary>
public static class Constraint
{
    /// <summary>NaN for an isolate, as networkx.</summary>
    public static double Of(Network network, int u)
    {
        var nu = network.Neighbours(u);
        if (nu.Length == 0) return double.NaN;
        var pu = 1.0 / nu.Length;
        var total = 0.0;
        foreach (var v in nu)
        {
            // Shared neighbours by merging the two sorted lists.
            var nv = network.Neighbours(v);
            var indirect = 0.0;
            int i = 0, j = 0;
            while (i < nu.Length && j < nv.Length)
            {
                if (nu[i] < nv[j]) i++;
                else if (nu[i] > nv[j]) j++;
                else
                {
                    indirect += pu / network.Degree(nu[i]);
                    i++;
                    j++;
                }
            }
            var local = pu + indirect;
            total += local * local;
        }
        return total;
    }
}
