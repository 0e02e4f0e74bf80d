using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>
/// Highlights with Lucene's highlighter, on the stored text of the fields a hit matched (only fields the audience
/// may search ever match): fragments with the matched words in &lt;em&gt;…&lt;/em&gt; and everything else HTML-escaped.
/// Public and members-only parts of one field show under the field's one name.
/// </summary>
internal static class HitHighlighter
{
    public const int FragmentSize = 160;
    public const int MaxFragments = 3;

    public static IReadOnlyList<Highlight> For(Document stored, IReadOnlyList<Variant> matched, Analyzer analyzer)
    {
        var highlights = new List<Highlight>();
        foreach (var display in matched.Where(v => v.Field.Stored).GroupBy(v => v.Field.Display))
        {
            var fragments = new List<string>();
            foreach (var field in display.GroupBy(v => v.Field.Index))
            {
                var query = new BooleanQuery(disableCoord: true);
                foreach (var variant in field) query.Add(variant.Highlight, Occur.SHOULD);
                var values = stored.GetValues(field.Key);
                var words = values.Length > 1 ? WordsOf(query, field.Key) : null;
                foreach (var text in values)
                {
                    if (fragments.Count >= MaxFragments) break;
                    if (words is not null && !Holds(analyzer, field.Key, text, words)) continue;
                    fragments.AddRange(Fragments(analyzer, field.Key, query, text, MaxFragments - fragments.Count));
                }
            }
            if (fragments.Count > 0) highlights.Add(new Highlight(display.Key, fragments));
        }
        return highlights;
    }

    public static IEnumerable<string> Fragments(Analyzer analyzer, string field, Query query, string text, int max)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        try
        {
            using var tokens = analyzer.GetTokenStream(field, text);
            return highlighter.GetBestFragments(tokens, text, max).Where(f => f.Contains("<em>", StringComparison.Ordinal)).ToArray();
        }
        catch (InvalidTokenOffsetsException)
        {
            return [];
        }
    }

    /// <summary>The first highlighted word of a field's text, for "close match" reasons.</summary>
    public static string? FirstMatchedWord(Document stored, Variant variant, Analyzer analyzer)
    {
        var values = stored.GetValues(variant.Field.Index);
        var words = values.Length > 1 ? WordsOf(variant.Highlight, variant.Field.Index) : null;
        foreach (var text in values)
        {
            if (words is not null && !Holds(analyzer, variant.Field.Index, text, words)) continue;
            foreach (var fragment in Fragments(analyzer, variant.Field.Index, variant.Highlight, text, 1))
            {
                var start = fragment.IndexOf("<em>", StringComparison.Ordinal);
                var end = fragment.IndexOf("</em>", start + 4, StringComparison.Ordinal);
                if (start >= 0 && end > start) return System.Net.WebUtility.HtmlDecode(fragment[(start + 4)..end]);
            }
        }
        return null;
    }

    /// <summary>The words of <paramref name="query"/> in <paramref name="field"/>.</summary>
    private static HashSet<string> WordsOf(Query query, string field)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
            if (term.Field == field) words.Add(term.Text);
        return words;
    }

    /// <summary>
    /// Whether the text, analysed, holds any of the words. A value holding none cannot be highlighted (its fragments
    /// would have no &lt;em&gt; and be dropped), so of a multi-valued field only the values that do are highlighted.
    /// </summary>
    private static bool Holds(Analyzer analyzer, string field, string text, HashSet<string> words)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        stream.Reset();
        var found = false;
        while (!found && stream.IncrementToken()) found = lookup.Contains(term.Buffer.AsSpan(0, term.Length));
        stream.End();
        return found;
    }
}
