namespace Q.Graph.Analytics;

/// <summary>
/// Average shortest-path length within one connected component (networkx.average_shortest_path_length of the
/// component's subgraph): Σ d(s, t) / (n(n − 1)) over ordered pairs. Exact from every source, or estimated from
/// sampled sources as Σ over sources / (k(n − 1)).
/// </summary>
public static class ShortestPaths
{
    /// <summary>0 for a one-node component (networkx's convention for a single node).</summary>
    public static double Average(Network network, int componentSize, int[] sources, CancellationToken ct = default)
    {
        if (componentSize <= 1 || sources.Length == 0) return 0;
        var n = network.Count;
        long total = 0;
        var gate = new object();
        Parallel.For(0, sources.Length, new ParallelOptions { CancellationToken = ct },
            () => (Dist: NewDistances(n), Queue: new int[n], Sum: 0L),
            (i, _, w) => { w.Sum += DistanceSum(network, sources[i], w.Dist, w.Queue); return w; },
            w => { lock (gate) total += w.Sum; });
        return (double)total / ((double)sources.Length * (componentSize - 1));
    }

    private static int[] NewDistances(int n)
    {
        var dist = new int[n];
        Array.Fill(dist, -1);
        return dist;
    }

    /// <summary>Breadth-first from <paramref name="source"/>; leaves <paramref name="dist"/> all −1 again.</summary>
    private static long DistanceSum(Network network, int source, int[] dist, int[] queue)
    {
        int head = 0, tail = 0;
        queue[tail++] = source;
        dist[source] = 0;
        long sum = 0;
        while (head < tail)
        {
            var v = queue[head++];
            var dv = dist[v] + 1;
            foreach (var w in network.Neighbours(v))
            {
                if (dist[w] >= 0) continue;
                dist[w] = dv;
                sum += dv;
                queue[tail++] = w;
            }
        }
        for (var i = 0; i < tail; i++) dist[queue[i]] = -1; // reset only what was touched
        return sum;
    }
}
