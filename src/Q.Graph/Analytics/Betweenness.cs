using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// so an average shortest-path length needs no second pass.</param>
    /// <param name="maxParallelism">At most this many threads (-1: as many as there are cores). The result does not depend on it.</param>
    public static double[] Compute(Network network, int[] sources, long[]? distanceSums = null, CancellationToken ct = default, int maxParallelism = -1)
    {
        var n = network.Count;
        var result = new double[n];
        if (n == 0 || sources.Length == 0) return result;
        var chunks = Math.Min(MaxChunks, sources.Length);
        var partial = new double[chunks][];
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = maxParallelism },
            () => new Worker(network),
            (chunk, _, worker) =>
            {
                var acc = new double[n];
                var end = (int)((long)sources.Length * (chunk + 1) / chunks);
                for (var i = (int)((long)sources.Length * chunk / chunks); i < end; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var s = sources[i];
                    var sum = worker.Accumulate(s, acc);
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
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly int[] _dist;
        private readonly double[] _sigma;
        private readonly double[] _coefficient;
        private readonly int[] _order; // BFS order: the queue going forward, the stack going back
        private readonly int[] _successors; // the shortest-path DAG's edges, grouped by tail in BFS order
        private readonly int[] _successorsFrom; // BFS position → where its successors start in _successors

        public Worker(Network network)
        {
            var n = network.Count;
            _offsets = network.AdjacencyOffsets;
            _targets = network.AdjacencyTargets;
            _dist = new int[n];
            Array.Fill(_dist, -1);
            _sigma = new double[n];
            _coefficient = new double[n];
            _order = new int[n];
            _successors = new int[Math.Max(1, _targets.Length / 2)]; // each tie is a DAG edge at most once
            _successorsFrom = new int[n + 1];
        }

        /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>; returns Σ distances.</summary>
        /// <remarks>
        /// The innermost loops run about 2 × ties times per source, so they index through refs without bounds checks
        /// (every index is a node number or an adjacency offset of a well-formed <see cref="Network"/>, and a source
        /// reaches each tie as a DAG edge at most once, so <c>_successors</c> cannot overflow).
        /// </remarks>
        public long Accumulate(int s, double[] acc)
        {
            ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
            ref var targets = ref MemoryMarshal.GetArrayDataReference(_targets);
            ref var dist = ref MemoryMarshal.GetArrayDataReference(_dist);
            ref var sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
            ref var coefficient = ref MemoryMarshal.GetArrayDataReference(_coefficient);
            ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
            ref var successors = ref MemoryMarshal.GetArrayDataReference(_successors);
            ref var successorsFrom = ref MemoryMarshal.GetArrayDataReference(_successorsFrom);

            int head = 0, tail = 0, dagEdges = 0;
            Unsafe.Add(ref order, tail++) = s;
            Unsafe.Add(ref dist, s) = 0;
            Unsafe.Add(ref sigma, s) = 1;
            long distanceSum = 0;
            while (head < tail)
            {
                Unsafe.Add(ref successorsFrom, head) = dagEdges;
                var v = Unsafe.Add(ref order, head++);
                var next = Unsafe.Add(ref dist, v) + 1;
                var sv = Unsafe.Add(ref sigma, v);
                int e = Unsafe.Add(ref offsets, v), stop = Unsafe.Add(ref offsets, v + 1);
                for (; e < stop; e++)
                {
                    var w = Unsafe.Add(ref targets, e);
                    ref var dw = ref Unsafe.Add(ref dist, w);
                    if (dw < 0)
                    {
                        dw = next;
                        distanceSum += next;
                        Unsafe.Add(ref order, tail++) = w;
                    }
                    else if (dw != next) continue;
                    Unsafe.Add(ref sigma, w) += sv;
                    Unsafe.Add(ref successors, dagEdges++) = w;
                }
            }
            Unsafe.Add(ref successorsFrom, tail) = dagEdges;
            // Back in reverse BFS order, pulling rather than pushing: δ(v) = σ(v) Σ_{w successor of v} (1 + δ(w)) / σ(w),
            // with (1 + δ(w)) / σ(w) kept per node once w is done. The same sum as Brandes' push, over the DAG edges
            // recorded on the way out (no distance tests, no ties within a level), with reads instead of scattered writes.
            for (var i = tail - 1; i >= 0; i--)
            {
                var v = Unsafe.Add(ref order, i);
                var pull = 0.0;
                int e = Unsafe.Add(ref successorsFrom, i), stop = Unsafe.Add(ref successorsFrom, i + 1);
                for (; e < stop; e++) pull += Unsafe.Add(ref coefficient, Unsafe.Add(ref successors, e));
                var sv = Unsafe.Add(ref sigma, v);
                var delta = sv * pull;
                Unsafe.Add(ref coefficient, v) = (1 + delta) / sv;
                if (i > 0) acc[v] += delta;
            }
            for (var i = 0; i < tail; i++)
            {
                var v = Unsafe.Add(ref order, i);
                Unsafe.Add(ref dist, v) = -1;
                Unsafe.Add(ref sigma, v) = 0;
            }
            return distanceSum;
        }
    }
}
