using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Q.Search.Lucene;

/// <summary>A term as a field's analyzer produces it, with its position.</summary>
internal readonly record struct Token(string Term, int Position);

/// <summary>A term with its position and where it stands in the text (start inclusive, end exclusive).</summary>
internal readonly record struct OffsetToken(string Term, int Position, int Start, int End);

internal static class TokenText
{
    /// <summary>The analysed terms of <paramref name="text"/> for <paramref name="field"/>, at most <paramref name="max"/>.</summary>
    public static List<Token> Analyse(Analyzer analyzer, string field, string text, int max = 32)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && tokens.Count < max)
        {
            position += increment.PositionIncrement;
            if (term.Length > 0) tokens.Add(new Token(term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    /// <summary>
    /// Every analysed term of <paramref name="text"/> with its offsets, clamped to the text and kept in order so a
    /// highlighter can cut the text at them safely whatever a filter did to them; only the terms in
    /// <paramref name="keep"/> when it is given. Positions and offsets are those of the whole analysis either way.
    /// </summary>
    /// <param name="keep">The only terms wanted. A highlighter wants a few words out of a long bio: looking each term
    /// up by its characters keeps it from making a string of every other word (most of a page's garbage).</param>
    public static List<OffsetToken> AnalyseWithOffsets(Analyzer analyzer, string field, string text, HashSet<string>? keep = null)
    {
        var tokens = new List<OffsetToken>();
        var wanted = keep?.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        var last = 0;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var start = Math.Clamp(offsets.StartOffset, last, text.Length);
            var end = Math.Clamp(offsets.EndOffset, start, text.Length);
            if (term.Length == 0 || end == start) continue;
            last = end;
            string? kept = null;
            if (wanted is { } lookup && !lookup.TryGetValue(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out kept)) continue;
            tokens.Add(new OffsetToken(kept ?? term.ToString(), position, start, end));
        }
        stream.End();
        return tokens;
    }
}
