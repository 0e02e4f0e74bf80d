using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Q.Search.Lucene.Analysis;

/// <summary>Folds American spellings to British ones (<see cref="UkUsSpelling"/>); runs after lower-casing.</summary>
internal sealed class SpellingFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SpellingFoldFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (UkUsSpelling.Fold(_term.Buffer.AsSpan(0, _term.Length)) is { } british) _term.SetEmpty().Append(british);
        return true;
    }
}

/// <summary>Removes apostrophes inside a word, so "O'Neill" and "ONeill" are one name (runs after ASCII folding, which turns ’ into ').</summary>
internal sealed class ApostropheFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        var write = 0;
        for (var read = 0; read < length; read++)
            if (buffer[read] != '\'') buffer[write++] = buffer[read];
        if (write != length) _term.Length = write;
        return true;
    }
}
