using Q.Core.Model;
using Q.Core.Suggest;
using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>
/// Suggestions from one graph and one scorer: candidates, features, scores, the bridging rule, then reasons for the
/// viewer. Pure and thread-safe (the graph is read-only), so a batch runs members in parallel.
/// </summary>
public sealed class SuggestionEngine(GraphView graph, IScorer scorer, Exclusions? exclusions = null, CandidateOptions? options = null)
{
    public GraphView Graph { get; } = graph;
    public IScorer Scorer { get; } = scorer;
    private readonly ExclusionIndex? _exclusions = exclusions is null ? null : new ExclusionIndex(graph.Community, exclusions);

    public IReadOnlyList<Suggestion> Suggest(string memberId, int first, Viewer viewer)
    {
        if (!Graph.Community.TryGetIndex(memberId, out var u)) throw new KeyNotFoundException($"no member '{memberId}'");
        if (first <= 0) return [];
        var candidates = Candidates.For(Graph, u, options, _exclusions);
        var features = candidates.Select(v => PairFeatures.Of(Graph, u, v)).ToArray();
        var scores = Scorer.Score(features);
        var ranked = Evaluation.Rank(scores).Select(i => (candidates[i], scores[i])).ToList();
        var lifted = Bridging.Apply(Graph, u, ranked);
        var reasons = new ReasonBuilder(Graph, viewer);
        return ranked.Take(first).Select(r =>
        {
            var why = reasons.Build(u, r.Item1).ToList();
            if (r.Item1 == lifted) why.Add(reasons.Bridging(u, r.Item1));
            return new Suggestion(Graph.Member(r.Item1).Id, r.Item2, why);
        }).ToList();
    }

    /// <summary>Every present member's suggestions, on both cores, in member order.</summary>
    public IReadOnlyList<(string Member, IReadOnlyList<Suggestion> Suggestions)> All(int first, Func<string, Viewer> viewerFor, CancellationToken ct = default)
    {
        var members = Enumerable.Range(0, Graph.MemberCount).Where(i => Graph.Present[i]).ToArray();
        var results = new IReadOnlyList<Suggestion>[members.Length];
        Parallel.For(0, members.Length, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct }, i =>
        {
            var id = Graph.Member(members[i]).Id;
            results[i] = Suggest(id, first, viewerFor(id));
        });
        return members.Select((m, i) => (Graph.Member(m).Id, results[i])).ToList();
    }

    public ExposureReport Exposure(IEnumerable<(string Member, IReadOnlyList<Suggestion> Suggestions)> all) =>
        Q.Suggest.Exposure.Of(all.Select(a => a.Suggestions.Take(Bridging.Top).Select(s => s.MemberId)),
            Enumerable.Range(0, Graph.MemberCount).Where(i => Graph.Present[i]).Select(i => Graph.Member(i).Id).ToList());
}
