using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Q.Core.Search;

namespace Q.Search.Lucene.Analysis;

/// <summary>One vocabulary phrase as analysed words: each word's position counted from the first (stop-word gaps included).</summary>
internal sealed record JoinPattern(string[] Terms, int[] Offsets, string Joined);

/// <summary>A word some pattern uses (this very string, so the filter compares references), and the patterns it ends.</summary>
internal sealed record JoinWord(string Word, JoinPattern[] Ending);

/// <summary>
/// The vocabulary's multi-word labels ("statistical process control", "end of life care"), analysed as prose, and
/// the one term each is indexed as besides its words (<see cref="PhraseJoinFilter"/>). Matching a phrase reads the
/// positions of every word in every document holding them all, which was most of a search's time; a joined
/// phrase is one term, as cheap as a word. A phrase the vocabulary does not hold is still searched as a phrase.
/// A joined term starts with <see cref="Marker"/>, which no analysed word can (the tokenizer drops it), so it
/// can neither be typed nor reached by a typo's expansion (those keep the word's first letter).
/// </summary>
internal sealed class PhraseJoins
{
    public const char Marker = '§';

    /// <summary>Changes whenever what is joined, or how, changes: an index built with other joins must not be searched by them.</summary>
    private const string Scheme = "joins-v1";

    private readonly HashSet<string> _joined = new(StringComparer.Ordinal);

    // Every word of every pattern, with the patterns it ends: one lookup per indexed word, in a frozen set built
    // for fast lookups, since the filter asks about every word of every document.
    private readonly FrozenDictionary<string, JoinWord>.AlternateLookup<ReadOnlySpan<char>> _words;

    private PhraseJoins(IEnumerable<JoinPattern> patterns)
    {
        var words = new Dictionary<string, List<JoinPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            if (!_joined.Add(pattern.Joined)) continue;
            foreach (var term in pattern.Terms) words.TryAdd(term, []);
            words[pattern.Terms[^1]].Add(pattern);
            Span = Math.Max(Span, pattern.Offsets[^1] + 1);
        }
        _words = words.ToFrozenDictionary(w => w.Key, w => new JoinWord(w.Key, [.. w.Value]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var text = string.Join('\n', _joined.Order(StringComparer.Ordinal).Prepend(Scheme));
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>Identifies the set of joins, kept in the index's commit data.</summary>
    public string Fingerprint { get; }

    /// <summary>The most positions a pattern spans.</summary>
    public int Span { get; private set; }

    public int Count => _joined.Count;

    /// <summary>Every multi-word label and alternative label of <paramref name="vocabulary"/>, analysed by <paramref name="prose"/>.</summary>
    public static PhraseJoins For(Vocabulary vocabulary, Analyzer prose)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var patterns = new List<JoinPattern>();
        foreach (var concept in vocabulary.Concepts)
            foreach (var surface in concept.Alt.Prepend(concept.Label))
                if (Pattern(TokenText.Analyse(prose, "bio", surface)) is { } pattern) patterns.Add(pattern);
        return new PhraseJoins(patterns);
    }

    /// <summary>The joined term for a phrase's analysed words if the index holds it, else null (search it as a phrase).</summary>
    public string? Joined(IReadOnlyList<Token> tokens) =>
        Pattern(tokens) is { } pattern && _joined.Contains(pattern.Joined) ? pattern.Joined : null;

    /// <summary>The word as this set holds it, with the patterns it ends, if some pattern uses it.</summary>
    public bool Find(ReadOnlySpan<char> term, out JoinWord word) => _words.TryGetValue(term, out word!);

    /// <summary>A pattern of two or more words; a gap left by a stop word is written "*" in the joined term.</summary>
    private static JoinPattern? Pattern(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 2) return null;
        var first = tokens[0].Position;
        var offsets = tokens.Select(t => t.Position - first).ToArray();
        for (var i = 1; i < offsets.Length; i++)
            if (offsets[i] <= offsets[i - 1]) return null; // two words at one position: not a plain phrase
        var joined = new StringBuilder().Append(Marker);
        for (int i = 0, at = 0; i < tokens.Count; i++, at++)
        {
            for (; at < offsets[i]; at++) joined.Append("* ");
            joined.Append(tokens[i].Term);
            if (i < tokens.Count - 1) joined.Append(' ');
        }
        return new JoinPattern(tokens.Select(t => t.Term).ToArray(), offsets, joined.ToString());
    }
}
