using Lucene.Net.Analysis;
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
                foreach (var text in stored.GetValues(field.Key))
                {
                    if (fragments.Count >= MaxFragments) break;
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
        foreach (var text in stored.GetValues(variant.Field.Index))
        {
            foreach (var fragment in Fragments(analyzer, variant.Field.Index, variant.Highlight, text, 1))
            {
                var start = fragment.IndexOf("<em>", StringComparison.Ordinal);
                var end = fragment.IndexOf("</em>", start + 4, StringComparison.Ordinal);
                if (start >= 0 && end > start) return System.Net.WebUtility.HtmlDecode(fragment[(start + 4)..end]);
            }
        }
        return null;
    }
}
