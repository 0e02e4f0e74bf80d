using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Q.Search.Lucene.Analysis;

/// <summary>
/// At index time, after each word that completes a vocabulary phrase in the text (its words at the pattern's
/// positions), adds the phrase's joined term at the same position (<see cref="PhraseJoins"/>). Stacked at
/// position increment 0, it does not count toward the field's length (BM25 discounts overlaps), so every other
/// term scores as it did. Each value of a field is a stream of its own, so a phrase never spans two values.
/// </summary>
internal sealed class PhraseJoinFilter : TokenFilter
{
    private readonly PhraseJoins _joins;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    // The last words seen, by position (a ring as long as the longest pattern); null where a word is in no pattern.
    private readonly string?[] _recent;
    private readonly int[] _recentAt;
    private readonly Queue<string> _pending = new();
    private int _position;
    private int _start, _end;

    public PhraseJoinFilter(TokenStream input, PhraseJoins joins) : base(input)
    {
        _joins = joins;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _recent = new string?[Math.Max(1, joins.Span)];
        _recentAt = new int[_recent.Length];
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            ClearAttributes();
            _term.SetEmpty().Append(_pending.Dequeue());
            _increment.PositionIncrement = 0;
            _offset.SetOffset(_start, _end);
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        _position += _increment.PositionIncrement;
        var slot = _position % _recent.Length;
        _recentAt[slot] = _position;
        if (!_joins.Find(_term.Buffer.AsSpan(0, _term.Length), out var word))
        {
            _recent[slot] = null;
            return true;
        }
        _recent[slot] = word.Word;
        foreach (var pattern in word.Ending)
            if (Completes(pattern)) _pending.Enqueue(pattern.Joined);
        (_start, _end) = (_offset.StartOffset, _offset.EndOffset);
        return true;
    }

    /// <summary>True when every earlier word of the pattern stands at its position before this one.</summary>
    private bool Completes(JoinPattern pattern)
    {
        var last = pattern.Offsets[^1];
        for (var i = 0; i < pattern.Terms.Length - 1; i++)
        {
            var at = _position - (last - pattern.Offsets[i]);
            if (at < 0) return false;
            var slot = at % _recent.Length;
            if (_recentAt[slot] != at || _recent[slot] != pattern.Terms[i]) return false;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _position = -1;
        Array.Fill(_recent, null);
        Array.Fill(_recentAt, -1);
    }
}
