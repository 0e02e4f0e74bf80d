using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Q.Graph.Analytics;

/// <summary>
/// Brandes from one source at a time: the fallback for networks too large for <see cref="BatchedBrandes"/>'s
/// node × 64 arrays. Scratch arrays are reused for every source the worker runs.
/// </summary>
internal sealed class SingleSourceBrandes : IBrandesWorker
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _dist;
    private readonly double[] _sigma;
    private readonly double[] _coefficient;
    private readonly int[] _order; // BFS order: the queue going forward, the stack going back
    private readonly int[] _successors; // the shortest-path DAG's edges, grouped by tail in BFS order
    private readonly int[] _successorsFrom; // BFS position → where its successors start in _successors

    public SingleSourceBrandes(Network network)
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

    public int Width => 1;

    public void Accumulate(ReadOnlySpan<int> sources, double[] acc, long[]? distanceSums)
    {
        foreach (var s in sources)
        {
            var sum = Accumulate(s, acc);
            if (distanceSums is not null) distanceSums[s] = sum;
        }
    }

    /// <summary>Adds source <paramref name="s"/>'s dependencies to <paramref name="acc"/>; returns Σ distances.</summary>
    /// <remarks>
    /// The innermost loops run about 2 × ties times per source, so they index through refs without bounds checks
    /// (every index is a node number or an adjacency offset of a well-formed <see cref="Network"/>, and a source
    /// reaches each tie as a DAG edge at most once, so <c>_successors</c> cannot overflow).
    /// </remarks>
    private long Accumulate(int s, double[] acc)
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
