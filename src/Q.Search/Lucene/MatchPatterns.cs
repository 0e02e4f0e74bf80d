using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Q.Search.Lucene;

/// <summary>
/// The words and phrases some queries match in one field, as analysed terms with their relative positions, and
/// the words of an analysed text they match. A phrase marks its words only where they stand in order (stop-word
/// gaps included), as the search matched them; a word, all-words or a typo's expansion marks each word alone.
/// </summary>
internal sealed class MatchPatterns
{
    // First term of a pattern → the patterns starting with it (each a list of (term, offset from the first)).
    private readonly Dictionary<string, List<(string Term, int Delta)[]>> _byFirst = new(StringComparer.Ordinal);

    // Every word of every pattern: a token with any other word can neither match nor be the next word of a phrase.
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    private MatchPatterns()
    {
    }

    public static MatchPatterns Of(IEnumerable<Query> queries, string field)
    {
        var patterns = new MatchPatterns();
        foreach (var query in queries) patterns.Add(query, field);
        return patterns;
    }

    /// <summary>The tokens of <paramref name="text"/> as <paramref name="field"/> analyses it (in text order, no duplicates) that some pattern matches.</summary>
    public List<OffsetToken> Mark(Analyzer analyzer, string field, string text) =>
        _byFirst.Count == 0 ? [] : Mark(TokenText.AnalyseWithOffsets(analyzer, field, text, _words));

    /// <summary>The tokens (in text order, no duplicates) that some pattern matches.</summary>
    public List<OffsetToken> Mark(List<OffsetToken> tokens)
    {
        if (_byFirst.Count == 0 || tokens.Count == 0) return [];
        var marked = new bool[tokens.Count];
        Dictionary<int, int>? atPosition = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirst.TryGetValue(tokens[i].Term, out var starting)) continue;
            foreach (var pattern in starting)
            {
                if (pattern.Length == 1)
                {
                    marked[i] = true;
                    continue;
                }
                atPosition ??= Positions(tokens);
                var all = true;
                for (var k = 1; k < pattern.Length && all; k++)
                    all = atPosition.TryGetValue(tokens[i].Position + pattern[k].Delta, out var j) && tokens[j].Term == pattern[k].Term;
                if (!all) continue;
                marked[i] = true;
                for (var k = 1; k < pattern.Length; k++) marked[atPosition[tokens[i].Position + pattern[k].Delta]] = true;
            }
        }
        var result = new List<OffsetToken>();
        for (var i = 0; i < tokens.Count; i++)
            if (marked[i]) result.Add(tokens[i]);
        return result;
    }

    private static Dictionary<int, int> Positions(List<OffsetToken> tokens)
    {
        var positions = new Dictionary<int, int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) positions.TryAdd(tokens[i].Position, i);
        return positions;
    }

    private void Add(Query query, string field)
    {
        switch (query)
        {
            case TermQuery term:
                AddPattern(field, [(term.Term, 0)]);
                break;
            case PhraseQuery phrase:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                AddPattern(field, terms.Select((t, i) => (t, positions[i] - positions[0])).ToArray());
                break;
            case BooleanQuery boolean:
                // All the words of a query (each marked alone), or a typo's expansion into terms.
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Add(clause.Query, field);
                break;
            case FilteredQuery filtered:
                Add(filtered.Query, field);
                break;
            default:
                var extracted = new HashSet<Term>();
                query.ExtractTerms(extracted);
                foreach (var t in extracted) AddPattern(field, [(t, 0)]);
                break;
        }
    }

    private void AddPattern(string field, (Term Term, int Delta)[] pattern)
    {
        if (pattern.Length == 0 || pattern.Any(p => p.Term.Field != field)) return;
        var words = pattern.Select(p => (p.Term.Text, p.Delta)).ToArray();
        foreach (var (word, _) in words) _words.Add(word);
        if (!_byFirst.TryGetValue(words[0].Text, out var list)) _byFirst[words[0].Text] = list = [];
        list.Add(words);
    }
}
