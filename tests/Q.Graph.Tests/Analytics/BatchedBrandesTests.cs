using Q.Core.Model;
using Q.Graph.Analytics;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// Brandes 64 sources at a time (what the report uses up to <see cref="Betweenness.BatchedUpTo"/> nodes) against one
/// source at a time (above it): the same betweenness to rounding and the same distance sums exactly, on networks with
/// the shapes that stress the batch's levels — many components, isolates, long paths, partial last batches, sources
/// listed twice. The NetworkX comparison covers the batched path on real networks; no Python needed here.
/// </summary>
public sealed class BatchedBrandesTests
{
    public static TheoryData<string> Shapes => ["random", "sparse with isolates", "path", "star and cliques", "duplicate sources"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Batched_equals_one_source_at_a_time(string shape)
    {
        var (network, sources) = Build(shape);
        var oneSums = new long[network.Count];
        var batchSums = new long[network.Count];
        var one = Betweenness.Compute(network, sources, batched: false, oneSums);
        var batch = Betweenness.Compute(network, sources, batched: true, batchSums);
        Assert.Equal(oneSums, batchSums);
        for (var v = 0; v < network.Count; v++)
            Assert.True(Math.Abs(one[v] - batch[v]) <= 1e-12 * Math.Max(1, Math.Abs(one[v])), $"{shape}: node {v}: {one[v]} vs {batch[v]}");
        Assert.Equal(batch, Betweenness.Compute(network, sources, batched: true, maxParallelism: 1)); // bit for bit
    }

    private static (Network, int[]) Build(string shape)
    {
        var random = new Random(shape.Length);
        var ties = new HashSet<(int, int)>();
        int n;
        void Tie(int a, int b)
        {
            if (a != b) ties.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        switch (shape)
        {
            case "random":
                n = 300;
                while (ties.Count < 1_500) Tie(random.Next(n), random.Next(n));
                break;
            case "sparse with isolates": // many small components and isolates, more than one batch of sources
                n = 500;
                while (ties.Count < 300) Tie(random.Next(n), random.Next(n));
                break;
            case "path": // 150 levels from an end: the level lists, not a dense array per level
                n = 150;
                for (var i = 0; i + 1 < n; i++) Tie(i, i + 1);
                break;
            case "star and cliques": // many equal shortest paths (σ > 1) and a hub
                n = 130;
                for (var i = 1; i < n; i++) Tie(0, i);
                for (var c = 1; c + 4 < n; c += 5)
                    for (var a = c; a < c + 5; a++)
                        for (var b = a + 1; b < c + 5; b++) Tie(a, b);
                break;
            default: // "duplicate sources": a sample drawn with repeats, 70 sources (one full batch and a partial one)
                n = 200;
                while (ties.Count < 800) Tie(random.Next(n), random.Next(n));
                var drawn = Enumerable.Range(0, 70).Select(_ => random.Next(n)).ToArray();
                return (Network(n, ties), drawn);
        }
        return (Network(n, ties), shape == "sparse with isolates" ? Sampling.Choose(Sampling.Range(n), 130, 1) : Sampling.Range(n));
    }

    private static Network Network(int n, HashSet<(int, int)> ties) => new(
        Enumerable.Range(0, n).Select(i => new NetworkMember($"m{i:D4}", $"M {i}", null, MemberRole.Other, null, null, null)).ToArray(),
        ties.Order().Select(t => new NetworkTie(t.Item1, t.Item2, null, ConnectionSource.Other)).ToArray());
}
