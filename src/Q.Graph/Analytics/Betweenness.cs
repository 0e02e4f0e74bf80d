namespace Q.Graph.Analytics;

/// <summary>
/// Brandes' betweenness centrality, normalised as networkx.betweenness_centrality(G, normalized=True) for an
/// undirected graph: pair dependencies summed from every source (each unordered pair counted from both ends)
/// times 1 / ((n − 1)(n − 2)), i.e. divided by the (n − 1)(n − 2)/2 pairs excluding the node; with k sampled sources
/// also times n / k, as networkx does with <c>k</c>. For n ≤ 2 networkx does not rescale (every value is 0 anyway).
/// </summary>
public static class Betweenness
{
    /// <summary>Sources are split into this many fixed chunks, each with its own accumulator, summed in chunk order:
    /// the result is then the same bit for bit whichever worker ran which chunk.</summary>
    private const int MaxChunks = 32;

    /// <param name="sources">Every node for the exact figure, or a sample.</param>
    /// <param name="distanceSums">When given (length n), receives each source's Σ distances to the nodes it reaches,
    /// so an exact average shortest-path length needs no second pass.</param>
    public static double[] Compute(Network network, int[] sources, long[]? distanceSums = null, CancellationToken ct = default)
    {
        var n = network.Count;
        var result = new double[n];
        if (n == 0 || sources.Length == 0) return result;
        var chunks = Math.Min(MaxChunks, sources.Length);
        var partial = new double[chunks][];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = ct },
            () => new Worker(n),
            (chunk, _, worker) =>
            {
                var acc = new double[n];
                for (var i = (int)((long)sources.Length * chunk / chunks); i < (long)sources.Length * (chunk + 1) / chunks; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var s = sources[i];
                    var sum = worker.Accumulate(network, s, acc);
                    if (distanceSums is not null) distanceSums[s] = sum;
                }
                partial[chunk] = acc;
                return worker;
            },
            _ => { });
        foreach (var acc in partial)
            for (var v = 0; v < n; v++) result[v] += acc[v];
        if (n > 2)
        {
            var scale = 1.0 / ((double)(n - 1) * (n - 2));
            if (sources.Length < n) scale *= (double)n / sources.Length;
            for (var v = 0; v < n; v++) result[v] *= scale;
        }
        return result;
    }

    /// <summary>One worker's scratch arrays, reused for every source it runs.</summary>
    private sealed class Worker
    {
        private readonly int[] _dist;
        private readonly double[] _sigma;
        private readonly double[] _delta;
        private readonly int[] _order; // BFS order: the queue going forward, the stack going back

        public Worker(int n)
        {
            _dist = new int[n];
            Array.Fill(_dist, -1);
            _sigma = new double[n];
            _delta = new double[n];
            _order = new int[n];
        }

        /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>; returns Σ distances.</summary>
        public long Accumulate(Network network, int s, double[] acc)
        {
            int[] dist = _dist, order = _order;
            double[] sigma = _sigma, delta = _delta;
            int head = 0, tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            long distanceSum = 0;
            while (head < tail)
            {
                var v = order[head++];
                var dv = dist[v];
                var sv = sigma[v];
                foreach (var w in network.Neighbours(v))
                {
                    if (dist[w] < 0)
                    {
                        dist[w] = dv + 1;
                        distanceSum += dv + 1;
                        order[tail++] = w;
                    }
                    if (dist[w] == dv + 1) sigma[w] += sv;
                }
            }
            // Back in reverse BFS order. Predecessors are found as neighbours one step nearer the source rather than
            // kept in lists: the same O(m) work without allocating.
            for (var i = tail - 1; i > 0; i--)
            {
                var w = order[i];
                var coefficient = (1 + delta[w]) / sigma[w];
                var dPrev = dist[w] - 1;
                foreach (var v in network.Neighbours(w))
                    if (dist[v] == dPrev) delta[v] += sigma[v] * coefficient;
                acc[w] += delta[w];
            }
            for (var i = 0; i < tail; i++)
            {
                var v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
            return distanceSum;
        }
    }
}
