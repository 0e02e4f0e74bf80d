namespace Q.Graph.Analytics;

/// <summary>
/// Brandes' betweenness centrality, normalised as networkx.betweenness_centrality(G, normalized=True) for an
/// undirected graph: pair dependencies summed from every source (each unordered pair counted from both ends)
/// times 1 / ((n − 1)(n − 2)), i.e. divided by the (n − 1)(n − 2)/2 pairs excluding the node; with k sampled sources
/// also times n / k, as networkx does with <c>k</c>. For n ≤ 2 networkx does not rescale (every value is 0 anyway).
/// </summary>
public static class Betweenness
{
    /// <summary>Sources (in batches of 64, or one by one) are split into this many fixed chunks, each with its own
    /// accumulator, summed in chunk order: the result is then the same bit for bit whichever worker ran which chunk.</summary>
    private const int MaxChunks = 32;

    /// <summary>
    /// Up to this many nodes the sources are run 64 at a time (<see cref="BatchedBrandes"/>); above it one at a time.
    /// A batch worker holds 1 KB per node (20 MB per worker thread at this size), and its gain shrinks as that outgrows
    /// the caches: on the demo networks (ten ties per member) it needed 2.6× less CPU at 5,000 members, 2.2× at 10,000,
    /// 1.45× at 20,000 and only 1.2× at 50,000 — not worth 50 MB per thread.
    /// </summary>
    public const int BatchedUpTo = 20_000;

    /// <param name="sources">Every node for the exact figure, or a sample.</param>
    /// <param name="distanceSums">When given (length n), receives each source's Σ distances to the nodes it reaches,
    /// so an average shortest-path length needs no second pass.</param>
    /// <param name="maxParallelism">At most this many threads (-1: as many as there are cores). The result does not depend on it.</param>
    public static double[] Compute(Network network, int[] sources, long[]? distanceSums = null, CancellationToken ct = default, int maxParallelism = -1) =>
        Compute(network, sources, network.Count <= BatchedUpTo, distanceSums, ct, maxParallelism);

    /// <param name="batched">Run the sources 64 at a time (<see cref="BatchedBrandes"/>) rather than one at a time; the
    /// figures agree to rounding (tests run both).</param>
    internal static double[] Compute(Network network, int[] sources, bool batched, long[]? distanceSums = null, CancellationToken ct = default, int maxParallelism = -1)
    {
        var n = network.Count;
        var result = new double[n];
        if (n == 0 || sources.Length == 0) return result;
        var width = batched ? 64 : 1;
        if (batched) sources = NearbyFirst(network, sources);
        var batches = (sources.Length + width - 1) / width;
        var chunks = Math.Min(MaxChunks, batches);
        var partial = new double[chunks][];
        // No more workers than cores: the pool may add threads to a long loop, and each extra worker only brings its
        // own scratch arrays (1 KB per node when batched) to compete for the same cores and caches.
        var workers = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = workers },
            () => batched ? new BatchedBrandes(network) : (IBrandesWorker)new SingleSourceBrandes(network),
            (chunk, _, worker) =>
            {
                var acc = new double[n];
                var end = (int)((long)batches * (chunk + 1) / chunks);
                for (var batch = (int)((long)batches * chunk / chunks); batch < end; batch++)
                {
                    ct.ThrowIfCancellationRequested();
                    var first = batch * width;
                    worker.Accumulate(sources.AsSpan(first, Math.Min(width, sources.Length - first)), acc, distanceSums);
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

    /// <summary>
    /// The sources in breadth-first order (from the lowest node of each component), so a batch holds sources close to
    /// each other: their searches reach a node at fewer distinct distances, so fewer scans and fuller bit masks.
    /// </summary>
    private static int[] NearbyFirst(Network network, int[] sources)
    {
        var n = network.Count;
        var position = new int[n];
        Array.Fill(position, -1);
        var queue = new int[n];
        int tail = 0;
        for (var root = 0; root < n; root++)
        {
            if (position[root] >= 0) continue;
            var head = tail;
            position[root] = tail;
            queue[tail++] = root;
            while (head < tail)
                foreach (var w in network.Neighbours(queue[head++]))
                    if (position[w] < 0)
                    {
                        position[w] = tail;
                        queue[tail++] = w;
                    }
        }
        var ordered = (int[])sources.Clone();
        var keys = new int[ordered.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = position[ordered[i]];
        Array.Sort(keys, ordered);
        return ordered;
    }
}
