using Q.Core.Model;
using Q.Core.Search;

namespace Q.Jobs.Upkeep;

/// <summary>A search that found few people and that a member would have matched, had they listed a topic they work on.</summary>
/// <param name="Searches">How many times it was searched in the window.</param>
/// <param name="MostFound">The most people any of those searches found.</param>
public sealed record DemandHint(string Query, int Searches, int MostFound, Topic Topic);

/// <summary>
/// Unmet demand from the anonymous search log: searches in the window that found at most a few people, grouped by
/// their words. A search "matches" a topic when every clause of its query plan (the words, or a synonym, acronym or
/// spelling the vocabulary adds) appears in the topic's name or one of its synonyms — the same understanding of the
/// words that search itself applies.
/// </summary>
public sealed class DemandHints(IReadOnlyList<LoggedSearch> searches, int fewResults, Vocabulary vocabulary)
{
    private readonly List<(string Query, int Count, int MostFound, QueryPlan Plan)> _unmet = searches
        .Where(s => s.Results <= fewResults)
        .GroupBy(s => SearchText.Key(s.Query), StringComparer.Ordinal)
        .Where(g => g.Key.Length > 0)
        // Shown as most often typed; the plan is made once per distinct search.
        .Select(g => (g.GroupBy(s => s.Query).OrderByDescending(q => q.Count()).First().Key, g.Count(), g.Max(s => s.Results),
            QueryUnderstanding.Plan(g.First().Query, vocabulary)))
        .Where(u => !u.Item4.IsEmpty)
        .OrderByDescending(u => u.Item2).ThenBy(u => u.Item1, StringComparer.Ordinal)
        .ToList();

    public int UnmetSearches => _unmet.Count;

    /// <summary>Hints for a member from the topics they work on but do not list, most searched first.</summary>
    public IReadOnlyList<DemandHint> For(IEnumerable<Topic> unlistedTopics, int max = 3)
    {
        var topics = unlistedTopics.ToList();
        var hints = new List<DemandHint>();
        foreach (var (query, count, mostFound, plan) in _unmet)
        {
            if (topics.FirstOrDefault(t => Matches(plan, t)) is { } topic) hints.Add(new DemandHint(query, count, mostFound, topic));
            if (hints.Count == max) break;
        }
        return hints;
    }

    public static bool Matches(QueryPlan plan, Topic topic)
    {
        var texts = topic.Synonyms.Prepend(topic.Name).Select(t => $" {SearchText.Key(t)} ").ToList();
        return plan.Clauses.All(clause => clause.Alternatives.Select(a => a.Text).Prepend(clause.Text)
            .Select(SearchText.Key).Where(k => k.Length > 0)
            .Any(key => texts.Any(t => t.Contains($" {key} ", StringComparison.Ordinal))));
    }
}
