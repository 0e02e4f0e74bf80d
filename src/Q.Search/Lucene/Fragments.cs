using System.Text;

namespace Q.Search.Lucene;

/// <summary>
/// Cuts highlight fragments of about <see cref="HitHighlighter.FragmentSize"/> characters out of a text around its
/// matched words: a short text whole, a long one in windows that start a little before a match on a word boundary;
/// the windows with the most distinct matched words first. Matched words are wrapped in &lt;em&gt;, the rest escaped.
/// </summary>
internal static class Fragments
{
    private const int Lead = 30; // characters of context kept before the first match of a window

    public static IEnumerable<string> Of(string text, List<OffsetToken> marked, int max)
    {
        if (max <= 0 || marked.Count == 0) return [];
        if (text.Length <= HitHighlighter.FragmentSize) return [Render(text, 0, text.Length, marked)];

        var windows = new List<(int Start, int End, int Score, int Order)>();
        var i = 0;
        while (i < marked.Count)
        {
            var start = WordStart(text, Math.Max(0, marked[i].Start - Lead), marked[i].Start);
            var end = Math.Min(text.Length, start + HitHighlighter.FragmentSize);
            if (end < marked[i].End) end = marked[i].End; // a very long word is shown whole
            end = WordEnd(text, end, marked[i].End);
            var words = new HashSet<string>(StringComparer.Ordinal);
            while (i < marked.Count && marked[i].End <= end) words.Add(marked[i++].Term);
            windows.Add((start, end, words.Count, windows.Count));
        }
        return windows.OrderByDescending(w => w.Score).ThenBy(w => w.Order).Take(max)
            .Select(w => Render(text, w.Start, w.End, marked))
            .ToArray();
    }

    /// <summary>The start of the word at or after <paramref name="from"/>, never beyond <paramref name="limit"/>.</summary>
    private static int WordStart(string text, int from, int limit)
    {
        if (from == 0 || char.IsWhiteSpace(text[from - 1])) return from;
        var space = text.IndexOf(' ', from, limit - from);
        return space < 0 ? limit : space + 1;
    }

    /// <summary>Cuts at the last space before <paramref name="end"/>, never before <paramref name="floor"/>.</summary>
    private static int WordEnd(string text, int end, int floor)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end])) return end;
        var space = text.LastIndexOf(' ', end - 1, end - floor);
        return space < 0 ? end : space;
    }

    private static string Render(string text, int start, int end, List<OffsetToken> marked)
    {
        var output = new StringBuilder(end - start + 32);
        var at = start;
        foreach (var token in marked)
        {
            if (token.Start < at || token.End > end) continue;
            Escape(output, text.AsSpan(at, token.Start - at));
            output.Append("<em>");
            Escape(output, text.AsSpan(token.Start, token.End - token.Start));
            output.Append("</em>");
            at = token.End;
        }
        Escape(output, text.AsSpan(at, end - at));
        return output.ToString().Trim();
    }

    private static void Escape(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '&' => output.Append("&amp;"),
                '"' => output.Append("&quot;"),
                '\'' => output.Append("&#39;"),
                _ => output.Append(c),
            };
        }
    }
}
