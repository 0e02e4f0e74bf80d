using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Q.Graph.Analytics;

/// <summary>
/// Brandes from up to 64 sources at once, one bit per source (multi-source breadth-first search: Then et al., "The
/// More the Merrier", VLDB 2015). A node's neighbours are scanned once per distance level for the whole batch rather
/// than once per source, and only the shortest-path DAG's edges (the set bits) do per-source work; on the 5,000-member,
/// 50,000-tie demo network that is about 3 passes over the adjacency lists out and 3 back per 64 sources instead of 64
/// passes, and about 35 % of the CPU time of one source at a time (with the batches in breadth-first order).
/// Every (node, source) pair is computed as single-source Brandes computes it: σ sums exact integers (in doubles), and
/// δ(v) = σ(v) Σ_{w successor of v} (1 + δ(w)) / σ(w) over the same successors, so only the order in which a node's
/// dependencies from different sources are added differs (rounding, ~1e-16 relative).
/// </summary>
/// <remarks>
/// Memory: σ and (1 + δ) / σ for every node × 64 sources, 1 KB per node per worker thread, which is why
/// <see cref="Betweenness"/> uses it only up to <see cref="Betweenness.BatchedUpTo"/> nodes. The levels themselves
/// are kept compactly, as (node, sources at that distance) entries in level order, so a long path costs no more
/// than a short one.
/// </remarks>
internal sealed class BatchedBrandes : IBrandesWorker
{
    private const int Bits = 64;
    private readonly int _n;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly ulong[] _seen; // node → sources that have reached it
    private readonly ulong[] _pending; // node → sources reaching it at the level being built; then the level above, going back
    private readonly double[] _sigma; // node × 64: shortest paths from each source
    private readonly double[] _coefficient; // node × 64: (1 + δ) / σ, once the node is done going back
    private readonly double[] _pull = new double[Bits];
    private readonly long[] _distanceSum = new long[Bits];
    private readonly List<int> _levelStart = [];
    private int[] _entryNode; // the levels: entry i is node _entryNode[i] at that level's distance from the sources in _entryMask[i]
    private ulong[] _entryMask;

    public BatchedBrandes(Network network)
    {
        _n = network.Count;
        _offsets = network.AdjacencyOffsets;
        _targets = network.AdjacencyTargets;
        _seen = new ulong[_n];
        _pending = new ulong[_n];
        _sigma = new double[(long)_n * Bits];
        _coefficient = new double[(long)_n * Bits];
        _entryNode = new int[Math.Max(16, 4 * _n)];
        _entryMask = new ulong[_entryNode.Length];
    }

    public int Width => Bits;

    public void Accumulate(ReadOnlySpan<int> sources, double[] acc, long[]? distanceSums)
    {
        var entries = Forward(sources);
        Backward(acc);
        if (distanceSums is not null)
            for (var b = 0; b < sources.Length; b++) distanceSums[sources[b]] = _distanceSum[b];
        Reset(entries);
    }

    /// <summary>Builds the levels and σ; returns how many entries the levels hold.</summary>
    /// <remarks>
    /// Level by level, pushing from the level's entries: a neighbour w gets the sources of v that have not reached it
    /// yet, and σ(w) += σ(v) for each. <c>_seen</c> is only updated once the level is complete, so every predecessor
    /// at the level adds its σ. The inner loops index through refs without bounds checks: every index is a node
    /// number, an adjacency offset of a well-formed <see cref="Network"/> or a bit below 64, and the entry arrays
    /// are grown before each level to hold one more entry per node.
    /// </remarks>
    // Fully optimised from the first call: a one-shot `q metrics` runs each batch method only ~80 times at 5,000
    // members, so it would otherwise spend part of its only report in tier-0 code waiting for the rejit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Forward(ReadOnlySpan<int> sources)
    {
        Array.Clear(_distanceSum);
        _levelStart.Clear();
        _levelStart.Add(0);
        EnsureCapacity(_n);
        var entries = 0;
        for (var b = 0; b < sources.Length; b++) // a node listed twice gets both bits: two searches, as one at a time
        {
            var s = sources[b];
            if (_pending[s] == 0) _entryNode[entries++] = s;
            _pending[s] |= 1UL << b;
            _sigma[(long)s * Bits + b] = 1;
        }
        entries = Settle(0, 0, entries);

        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(_targets);
        ref var seen = ref MemoryMarshal.GetArrayDataReference(_seen);
        ref var pending = ref MemoryMarshal.GetArrayDataReference(_pending);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
        for (var distance = 0; ; distance++)
        {
            int start = _levelStart[distance], end = entries;
            if (start == end) break;
            _levelStart.Add(end);
            EnsureCapacity(end + _n);
            ref var entryNode = ref MemoryMarshal.GetArrayDataReference(_entryNode);
            ref var entryMask = ref MemoryMarshal.GetArrayDataReference(_entryMask);
            var added = end;
            for (var i = start; i < end; i++)
            {
                var v = Unsafe.Add(ref entryNode, i);
                var from = Unsafe.Add(ref entryMask, i);
                ref var sigmaV = ref Unsafe.Add(ref sigma, (nint)v * Bits);
                int e = Unsafe.Add(ref offsets, v), stop = Unsafe.Add(ref offsets, v + 1);
                for (; e < stop; e++)
                {
                    var w = Unsafe.Add(ref targets, e);
                    var reach = from & ~Unsafe.Add(ref seen, w);
                    if (reach == 0) continue;
                    ref var pw = ref Unsafe.Add(ref pending, w);
                    if (pw == 0) Unsafe.Add(ref entryNode, added++) = w;
                    pw |= reach;
                    ref var sigmaW = ref Unsafe.Add(ref sigma, (nint)w * Bits);
                    do
                    {
                        var b = BitOperations.TrailingZeroCount(reach);
                        Unsafe.Add(ref sigmaW, b) += Unsafe.Add(ref sigmaV, b);
                        reach &= reach - 1;
                    } while (reach != 0);
                }
            }
            entries = Settle(end, distance + 1, added);
        }
        return entries;
    }

    /// <summary>
    /// Closes a level: entries [<paramref name="from"/>, <paramref name="to"/>) take their sources from
    /// <c>_pending</c>, which is cleared for them, and are marked seen. Returns the new entry count.
    /// </summary>
    private int Settle(int from, int distance, int to)
    {
        for (var i = from; i < to; i++)
        {
            var v = _entryNode[i];
            var mask = _pending[v];
            _pending[v] = 0;
            _entryMask[i] = mask;
            _seen[v] |= mask;
            for (var m = mask; m != 0; m &= m - 1) _distanceSum[BitOperations.TrailingZeroCount(m)] += distance;
        }
        return to;
    }

    /// <summary>
    /// Dependencies, level by level from the farthest: δ(v) = σ(v) Σ_{w at the next level, adjacent} (1 + δ(w)) / σ(w)
    /// for each of v's sources, pulling the neighbours' coefficients with <c>_pending</c> holding the level above.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Backward(double[] acc)
    {
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(_targets);
        ref var above = ref MemoryMarshal.GetArrayDataReference(_pending);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
        ref var coefficient = ref MemoryMarshal.GetArrayDataReference(_coefficient);
        ref var pull = ref MemoryMarshal.GetArrayDataReference(_pull);
        ref var entryNode = ref MemoryMarshal.GetArrayDataReference(_entryNode);
        ref var entryMask = ref MemoryMarshal.GetArrayDataReference(_entryMask);
        var last = _levelStart.Count - 2; // the farthest level with entries
        for (var distance = last; distance >= 1; distance--)
        {
            int start = _levelStart[distance], end = _levelStart[distance + 1];
            for (var i = start; i < end; i++)
            {
                var v = Unsafe.Add(ref entryNode, i);
                var mine = Unsafe.Add(ref entryMask, i);
                if (distance < last)
                {
                    int e = Unsafe.Add(ref offsets, v), stop = Unsafe.Add(ref offsets, v + 1);
                    for (; e < stop; e++)
                    {
                        var w = Unsafe.Add(ref targets, e);
                        var successors = mine & Unsafe.Add(ref above, w);
                        if (successors == 0) continue;
                        ref var coefficientW = ref Unsafe.Add(ref coefficient, (nint)w * Bits);
                        do
                        {
                            var b = BitOperations.TrailingZeroCount(successors);
                            Unsafe.Add(ref pull, b) += Unsafe.Add(ref coefficientW, b);
                            successors &= successors - 1;
                        } while (successors != 0);
                    }
                }
                ref var sigmaV = ref Unsafe.Add(ref sigma, (nint)v * Bits);
                ref var coefficientV = ref Unsafe.Add(ref coefficient, (nint)v * Bits);
                var sum = 0.0;
                for (var m = mine; m != 0; m &= m - 1)
                {
                    var b = BitOperations.TrailingZeroCount(m);
                    var sv = Unsafe.Add(ref sigmaV, b);
                    var delta = sv * Unsafe.Add(ref pull, b);
                    Unsafe.Add(ref pull, b) = 0;
                    Unsafe.Add(ref coefficientV, b) = (1 + delta) / sv;
                    sum += delta;
                }
                acc[v] += sum;
            }
            // This level becomes the level above for the next one down.
            if (distance < last)
                for (var i = end; i < _levelStart[distance + 2]; i++) Unsafe.Add(ref above, Unsafe.Add(ref entryNode, i)) = 0;
            for (var i = start; i < end; i++) Unsafe.Add(ref above, Unsafe.Add(ref entryNode, i)) |= Unsafe.Add(ref entryMask, i);
        }
    }

    /// <summary>Leaves every array as new for the next batch, touching only what this one touched.</summary>
    private void Reset(int entries)
    {
        for (var i = 0; i < entries; i++)
        {
            var v = _entryNode[i];
            _seen[v] = 0;
            _pending[v] = 0;
            var row = (long)v * Bits;
            for (var m = _entryMask[i]; m != 0; m &= m - 1) _sigma[row + BitOperations.TrailingZeroCount(m)] = 0;
        }
    }

    private void EnsureCapacity(int entries)
    {
        if (entries <= _entryNode.Length) return;
        var size = Math.Max(entries, 2 * _entryNode.Length);
        Array.Resize(ref _entryNode, size);
        Array.Resize(ref _entryMask, size);
    }
}
