using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>
/// Highlights the stored text of the fields a hit matched (only fields the audience may search ever match):
/// fragments with each matched word in &lt;em&gt;…&lt;/em&gt; and everything else HTML-escaped. Public and
/// members-only parts of one field show under the field's one name.
/// </summary>
/// <remarks>
/// Why not Lucene's highlighter: it re-derives what matched from the query for every value (building an in-memory
/// index for each phrase), which cost more than finding the page's hits. Here the variants that matched are already
/// known (<see cref="MatchMatrix"/>), so a value is analysed once and its words compared with the variants' words
/// and phrases (<see cref="MatchPatterns"/>) — the same words the search matched, marked the same way.
/// </remarks>
internal static class HitHighlighter
{
    public const int FragmentSize = 160;
    public const int MaxFragments = 3;

    public static IReadOnlyList<Highlight> For(PlanQuery plan, Document stored, IReadOnlyList<Variant> matched, Analyzer analyzer)
    {
        var highlights = new List<Highlight>();
        foreach (var display in matched.Where(v => v.Field.Stored).GroupBy(v => v.Field.Display))
        {
            var fragments = new List<string>();
            foreach (var field in display.GroupBy(v => v.Field.Index))
            {
                var patterns = plan.Patterns(field.Key, field);
                foreach (var text in stored.GetValues(field.Key))
                {
                    if (fragments.Count >= MaxFragments) break;
                    var marked = patterns.Mark(analyzer, field.Key, text);
                    if (marked.Count > 0) fragments.AddRange(Fragments.Of(text, marked, MaxFragments - fragments.Count));
                }
            }
            if (fragments.Count > 0) highlights.Add(new Highlight(display.Key, fragments));
        }
        return highlights;
    }

    /// <summary>The first matched word of a field's text, as written, for "close match" reasons.</summary>
    public static string? FirstMatchedWord(PlanQuery plan, Document stored, Variant variant, Analyzer analyzer)
    {
        var patterns = plan.Patterns(variant.Field.Index, [variant]);
        foreach (var text in stored.GetValues(variant.Field.Index))
        {
            var marked = patterns.Mark(analyzer, variant.Field.Index, text);
            if (marked.Count > 0) return text[marked[0].Start..marked[0].End];
        }
        return null;
    }
}
