using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Q.Search.Lucene;

/// <summary>A term as a field's analyzer produces it, with its position.</summary>
internal readonly record struct Token(string Term, int Position);

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
}
