namespace Q.Graph.Analytics;

/// <summary>
/// Louvain community detection as networkx.community.louvain_communities runs it (resolution 1, threshold 1e-7):
/// in each level nodes are visited in a seeded random order and each moves to the neighbouring community with the
/// largest positive modularity gain until none would move (revisiting only the neighbours of nodes that moved, see
/// <see cref="Level.OneLevel"/>); communities then become the nodes of the next level (ties
/// inside becoming self-loops), until a level improves modularity by no more than the threshold. Deterministic for a
/// seed: <see cref="Random"/>(seed) has a fixed sequence, and ties in gain go to the first community found.
/// </summary>
public static class Louvain
{
    private const double Threshold = 1e-7;

    /// <summary>Node → community number, 0 the largest (equal sizes: the one holding the lowest node first).</summary>
    public static (int[] Community, int Count) Detect(Network network, int seed, CancellationToken ct = default)
    {
        var n = network.Count;
        var community = Sampling.Range(n);
        if (network.Ties.Count == 0) return Renumber(community, n);

        var level = Level.From(network);
        double m = network.Ties.Count;
        var random = new Random(seed);
        var modularity = Modularity.Of(network, community, n);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var (inner, count, moved) = level.OneLevel(m, random);
            if (!moved) break;
            // The original nodes follow their level-node into its new community.
            for (var v = 0; v < n; v++) community[v] = inner[community[v]];
            var improved = Modularity.Of(network, community, count);
            if (improved - modularity <= Threshold) break;
            modularity = improved;
            level = level.Aggregate(inner, count);
        }
        return Renumber(community, n);
    }

    private static (int[], int) Renumber(int[] community, int n)
    {
        var size = new int[n];
        var lowest = new int[n];
        Array.Fill(lowest, int.MaxValue);
        for (var v = 0; v < n; v++)
        {
            size[community[v]]++;
            lowest[community[v]] = Math.Min(lowest[community[v]], v);
        }
        var used = new List<int>();
        for (var c = 0; c < n; c++) if (size[c] > 0) used.Add(c);
        used.Sort((a, b) => size[a] != size[b] ? size[b].CompareTo(size[a]) : lowest[a].CompareTo(lowest[b]));
        var number = new int[n];
        for (var i = 0; i < used.Count; i++) number[used[i]] = i;
        var result = new int[n];
        for (var v = 0; v < n; v++) result[v] = number[community[v]];
        return (result, used.Count);
    }

    /// <summary>One level's weighted graph in compressed form; self-loop weights kept apart.</summary>
    private sealed class Level
    {
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly double[] _weights;
        private readonly double[] _selfLoop;

        private Level(int[] offsets, int[] targets, double[] weights, double[] selfLoop)
        {
            _offsets = offsets;
            _targets = targets;
            _weights = weights;
            _selfLoop = selfLoop;
        }

        private int Count => _selfLoop.Length;

        public static Level From(Network network)
        {
            var n = network.Count;
            var offsets = new int[n + 1];
            for (var v = 0; v < n; v++) offsets[v + 1] = offsets[v] + network.Degree(v);
            var targets = new int[offsets[n]];
            for (var v = 0; v < n; v++) network.Neighbours(v).CopyTo(targets.AsSpan(offsets[v]));
            var weights = new double[targets.Length];
            Array.Fill(weights, 1.0);
            return new Level(offsets, targets, weights, new double[n]);
        }

        /// <summary>
        /// networkx's _one_level: returns each level-node's community (renumbered 0..count-1 in order of first
        /// appearance of surviving communities, as networkx filters its partition list) and whether anything moved.
        /// </summary>
        public (int[] Community, int Count, bool Moved) OneLevel(double m, Random random)
        {
            var n = Count;
            var node2com = Sampling.Range(n);
            var degree = new double[n];
            for (var u = 0; u < n; u++)
            {
                var d = 2 * _selfLoop[u]; // a self-loop adds twice its weight to the degree, as in networkx
                for (var e = _offsets[u]; e < _offsets[u + 1]; e++) d += _weights[e];
                degree[u] = d;
            }
            var stot = (double[])degree.Clone();
            var order = Sampling.Range(n);
            random.Shuffle(order);

            // The local moving phase as a queue (the "fast local move" of Traag et al.'s Leiden paper): every node once
            // in seeded random order, then only neighbours of nodes that moved, since no other node's best move can
            // have changed. networkx sweeps over every node until a sweep moves none, which on networks with little
            // structure means a hundred sweeps that each move a handful of nodes; the queue does the same moves'
            // worth of work without the rest.
            var queue = new int[n]; // circular: holds each node at most once
            var queued = new bool[n];
            int head = 0, size = n;
            Array.Copy(order, queue, n);
            Array.Fill(queued, true);

            // Weight from the node to each neighbouring community: a dense array plus the list of touched entries.
            var weightTo = new double[n];
            var touched = new int[n];
            var isTouched = new bool[n];
            var twoM2 = 2 * m * m;
            var moved = false;
            while (size > 0)
            {
                var u = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                queued[u] = false;
                var touchedCount = 0;
                for (var e = _offsets[u]; e < _offsets[u + 1]; e++)
                {
                    var c = node2com[_targets[e]];
                    if (!isTouched[c]) { isTouched[c] = true; touched[touchedCount++] = c; weightTo[c] = 0; }
                    weightTo[c] += _weights[e];
                }
                var current = node2com[u];
                var best = current;
                var bestGain = 0.0;
                var du = degree[u];
                stot[current] -= du;
                var removeCost = -(isTouched[current] ? weightTo[current] : 0) / m + stot[current] * du / twoM2;
                for (var i = 0; i < touchedCount; i++)
                {
                    var c = touched[i];
                    var gain = removeCost + weightTo[c] / m - stot[c] * du / twoM2;
                    if (gain > bestGain) { bestGain = gain; best = c; }
                }
                stot[best] += du;
                for (var i = 0; i < touchedCount; i++) isTouched[touched[i]] = false;
                if (best == current) continue;
                node2com[u] = best;
                moved = true;
                for (var e = _offsets[u]; e < _offsets[u + 1]; e++)
                {
                    var w = _targets[e];
                    if (queued[w] || node2com[w] == best) continue;
                    queued[w] = true;
                    queue[(head + size++) % n] = w;
                }
            }

            var renumber = new int[n];
            Array.Fill(renumber, -1);
            var count = 0;
            var holds = new bool[n];
            for (var u = 0; u < n; u++) holds[node2com[u]] = true;
            for (var c = 0; c < n; c++) if (holds[c]) renumber[c] = count++;
            for (var u = 0; u < n; u++) node2com[u] = renumber[node2com[u]];
            return (node2com, count, moved);
        }

        /// <summary>networkx's _gen_graph: one node per community, ties between communities summed, ties within
        /// a community (and its members' self-loops) becoming its self-loop.</summary>
        public Level Aggregate(int[] community, int count)
        {
            var selfLoop = new double[count];
            var edges = new Dictionary<long, double>();
            for (var u = 0; u < Count; u++)
            {
                var cu = community[u];
                selfLoop[cu] += _selfLoop[u];
                for (var e = _offsets[u]; e < _offsets[u + 1]; e++)
                {
                    var v = _targets[e];
                    var cv = community[v];
                    if (cu == cv)
                    {
                        if (u < v) selfLoop[cu] += _weights[e]; // each tie once
                    }
                    else
                    {
                        var key = ((long)cu << 32) | (uint)cv; // both directions recorded, one per end
                        edges[key] = edges.GetValueOrDefault(key) + _weights[e];
                    }
                }
            }
            var offsets = new int[count + 1];
            foreach (var key in edges.Keys) offsets[(int)(key >> 32) + 1]++;
            for (var c = 0; c < count; c++) offsets[c + 1] += offsets[c];
            var fill = (int[])offsets.Clone();
            var targets = new int[edges.Count];
            var weights = new double[edges.Count];
            var keys = edges.Keys.ToArray();
            Array.Sort(keys); // a stable neighbour order, independent of dictionary layout
            foreach (var key in keys)
            {
                var at = fill[(int)(key >> 32)]++;
                targets[at] = (int)(key & 0xFFFFFFFF);
                weights[at] = edges[key];
            }
            return new Level(offsets, targets, weights, selfLoop);
        }
    }
}
