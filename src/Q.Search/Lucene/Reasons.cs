using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Q.Core.Model;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>
/// Why a hit matched, in words from the plan, per clause: the topics it matched ("expert in Sepsis"), else the
/// best field its own words matched ("\"sepsis\" in headline"), else the alternative that did ("matched \"PDSA\"
/// through \"Plan-Do-Study-Act\" in bio"), else the close misspelling ("close match \"sepsus\" → \"sepsis\"").
/// </summary>
internal static class Reasons
{
    public const int Max = 6;

    public static IReadOnlyList<string> For(PlanQuery plan, Document stored, IReadOnlyList<Variant> matched, Analyzer analyzer, SearchKind kind)
    {
        var reasons = new List<string>();
        for (var c = 0; c < plan.Clauses.Count; c++)
        {
            var clause = plan.Clauses[c];
            var mine = matched.Where(v => v.Clause == c).ToArray();
            if (mine.Length == 0) continue;

            var topicReasons = new List<string>();
            foreach (var v in mine.Where(v => v.Kind != VariantKind.Typo && (v.Field.Level is not null || v.Field.Index == "topics")).OrderByDescending(v => v.Field.Boost))
                foreach (var name in MatchedTopics(plan, stored, v, analyzer))
                {
                    var reason = Topic(kind, v.Field.Level, name);
                    if (!topicReasons.Contains(reason)) topicReasons.Add(reason);
                }
            reasons.AddRange(topicReasons);

            var exact = mine.Where(v => v.Kind == VariantKind.Exact && v.Field.Level is null && v.Field.Index != "topics")
                .OrderByDescending(v => v.Field.Boost).FirstOrDefault();
            if (exact is not null)
            {
                reasons.Add($"\"{clause.Text}\" in {exact.Field.Display}");
                continue;
            }
            if (topicReasons.Count > 0) continue;
            var alternative = mine.Where(v => v.Kind == VariantKind.Alternative)
                .OrderByDescending(v => v.Alternative!.Weight).ThenByDescending(v => v.Field.Boost).FirstOrDefault();
            if (alternative is not null)
            {
                reasons.Add($"matched \"{clause.Text}\" through \"{alternative.Alternative!.Text}\" in {alternative.Field.Display}");
                continue;
            }
            var typo = mine.Where(v => v.Kind == VariantKind.Typo).OrderByDescending(v => v.Field.Boost).FirstOrDefault();
            if (typo is not null)
            {
                var word = typo.Field.Stored ? HitHighlighter.FirstMatchedWord(plan, stored, typo, analyzer) : null;
                reasons.Add(word is null
                    ? $"close match \"{clause.Text}\" in {typo.Field.Display}"
                    : $"close match \"{clause.Text}\" → \"{word}\"");
            }
        }
        return reasons.Distinct().Take(Max).ToArray();
    }

    private static string Topic(SearchKind kind, TopicLevel? level, string name) => kind == SearchKind.Resource
        ? $"about {name}"
        : level switch
        {
            TopicLevel.Expert => $"expert in {name}",
            TopicLevel.Practitioner => $"practitioner in {name}",
            _ => $"interested in {name}",
        };

    /// <summary>The names of the topics (values of a topic field) holding every word of the variant.</summary>
    private static IEnumerable<string> MatchedTopics(PlanQuery plan, Document stored, Variant variant, Analyzer analyzer)
    {
        var field = variant.Field.Index;
        var words = plan.Words.GetOrAdd(variant, v =>
        {
            var terms = new HashSet<Term>();
            v.Highlight.ExtractTerms(terms);
            return terms.Where(t => t.Field == field).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        });
        if (words.Count == 0) yield break;
        var values = stored.GetValues(field);
        var names = stored.GetValues(Fields.TopicNames(field));
        for (var i = 0; i < values.Length && i < names.Length; i++)
        {
            var tokens = plan.TopicWords.GetOrAdd((field, values[i]), key =>
                TokenText.Analyse(analyzer, key.Field, key.Value, 64).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
            if (words.IsSubsetOf(tokens)) yield return names[i];
        }
    }
}
