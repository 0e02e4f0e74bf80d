namespace Q.Graph.Analytics;

/// <summary>
/// Triangles per node, and from them transitivity (networkx.transitivity) and average clustering
/// (networkx.average_clustering). Integer counts keep both exact up to the final division.
/// </summary>
public static class Clustering
{
    /// <summary>Triangles through each node, counted in parallel with a per-worker marker array.</summary>
    public static long[] Triangles(Network network, CancellationToken ct = default)
    {
        var n = network.Count;
        var triangles = new long[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = ct },
            () => new int[n], // marker[w] == v + 1 when w is a neighbour of v: no clearing between nodes
            (v, _, marker) =>
            {
                var nv = network.Neighbours(v);
                if (nv.Length < 2) return marker;
                foreach (var u in nv) marker[u] = v + 1;
                long pairs = 0;
                foreach (var u in nv)
                {
                    // Only neighbours of u above u, so each connected neighbour pair {u, w} counts once; the list is
                    // sorted and never holds u itself, so the search's complement is where they start.
                    var nu = network.Neighbours(u);
                    for (var i = ~nu.BinarySearch(u); i < nu.Length; i++)
                        if (marker[nu[i]] == v + 1) pairs++;
                }
                triangles[v] = pairs;
                return marker;
            },
            _ => { });
        return triangles;
    }

    /// <summary>
    /// 3 × triangles / connected triples = Σ 2T(v) / Σ d(v)(d(v) − 1); 0 when there are no triangles (as networkx,
    /// which also returns 0 rather than dividing by zero when there are no triples).
    /// </summary>
    public static double Transitivity(Network network, long[] triangles)
    {
        long closed = 0, triads = 0;
        for (var v = 0; v < network.Count; v++)
        {
            long d = network.Degree(v);
            closed += 2 * triangles[v];
            triads += d * (d - 1);
        }
        return closed == 0 ? 0 : (double)closed / triads;
    }

    /// <summary>
    /// Mean over every node (isolates and leaves included, counting 0) of 2T(v) / (d(v)(d(v) − 1)).
    /// 0 for an empty network (networkx raises ZeroDivisionError there).
    /// </summary>
    public static double AverageClustering(Network network, long[] triangles)
    {
        var n = network.Count;
        if (n == 0) return 0;
        var sum = 0.0;
        for (var v = 0; v < n; v++)
        {
            long d = network.Degree(v);
            if (d >= 2) sum += 2.0 * triangles[v] / (d * (d - 1));
        }
        return sum / n;
    }
}
