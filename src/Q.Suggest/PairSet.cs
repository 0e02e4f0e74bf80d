using Q.Core.Model;
using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>
/// Candidate pairs with their features and labels, grouped by member: the rows a model trains on or a scorer is
/// evaluated on. Features come from <paramref name="graph"/> only; the labels are the ties formed later.
/// </summary>
public sealed class PairSet
{
    public required IReadOnlyList<Group> Groups { get; init; }

    public sealed record Group(int Member, int[] Candidates, float[][] Features, bool[] Positive, int AllPositives);

    public IEnumerable<float[]> Features => Groups.SelectMany(g => g.Features);
    public IEnumerable<bool> Labels => Groups.SelectMany(g => g.Positive);
    public int Rows => Groups.Sum(g => g.Candidates.Length);

    /// <summary>
    /// One group for each member present in the graph who formed at least one later tie with another present member
    /// (a member who had not joined cannot be suggested).
    /// </summary>
    /// <param name="negativesPerMember">
    /// When set (training), each member keeps every positive and a seeded random sample of at most this many of their
    /// other candidates (all hard negatives) — the features are computed for those only. Evaluation keeps them all.
    /// </param>
    public static PairSet Build(GraphView graph, IReadOnlyList<Connection> later, CandidateOptions? options = null, int? negativesPerMember = null, int seed = 29)
    {
        var partners = new Dictionary<int, HashSet<int>>();
        foreach (var c in later)
        {
            if (!graph.Community.TryGetIndex(c.From, out var a) || !graph.Community.TryGetIndex(c.To, out var b)) continue;
            if (!graph.Present[a] || !graph.Present[b] || graph.Tied(a, b)) continue;
            (partners.TryGetValue(a, out var pa) ? pa : partners[a] = []).Add(b);
            (partners.TryGetValue(b, out var pb) ? pb : partners[b] = []).Add(a);
        }
        var members = partners.Keys.Order().ToArray();
        var groups = new Group[members.Length];
        Parallel.For(0, members.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var u = members[i];
            var candidates = Candidates.For(graph, u, options);
            if (negativesPerMember is { } k) candidates = Sample(candidates, partners[u], k, unchecked(seed * 1_000_003 + u));
            groups[i] = new Group(u, candidates, candidates.Select(v => PairFeatures.Of(graph, u, v)).ToArray(),
                candidates.Select(partners[u].Contains).ToArray(), partners[u].Count);
        });
        return new PairSet { Groups = groups };
    }

    /// <summary>Every positive and at most <paramref name="k"/> negatives, in candidate order; seeded per member, so the sample does not depend on thread timing.</summary>
    private static int[] Sample(int[] candidates, HashSet<int> positives, int k, int seed)
    {
        var negatives = candidates.Where(v => !positives.Contains(v)).ToArray();
        if (negatives.Length <= k) return candidates;
        new Random(seed).Shuffle(negatives);
        var kept = negatives.Take(k).ToHashSet();
        return candidates.Where(v => positives.Contains(v) || kept.Contains(v)).ToArray();
    }

    /// <summary>The quality of <paramref name="scorer"/> on these pairs (scored on both cores).</summary>
    public Quality Measure(IScorer scorer)
    {
        var all = Features.ToList();
        var scores = new float[all.Count];
        const int chunk = 65_536;
        Parallel.For(0, (all.Count + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
        {
            var from = c * chunk;
            var part = scorer.Score(all.GetRange(from, Math.Min(chunk, all.Count - from)));
            part.CopyTo(scores, from);
        });
        var ranked = new List<RankedMember>(Groups.Count);
        var offset = 0;
        foreach (var g in Groups)
        {
            ranked.Add(new RankedMember(scores[offset..(offset + g.Candidates.Length)], g.Positive, g.AllPositives));
            offset += g.Candidates.Length;
        }
        return Evaluation.Measure(scorer.Name, ranked);
    }
}
