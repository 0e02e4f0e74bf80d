using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> whose scorer takes its sub-scorers a window of documents at a time: each
/// sub-scorer's matches in the window are added into per-document max, sum and count slots, then the window's
/// documents are handed out in order. Lucene's scorer keeps the sub-scorers in a heap and re-sorts it for every
/// match; a broad concept's one clause has tens of sub-scorers (its words and alternatives in each field) over
/// tens of thousands of documents, and the heap (with its array-store checks) was most of such a search's matching.
/// Scores are Lucene's formula — the best sub-score plus the tie-breaker times the others — summed in sub-scorer
/// order. Used where clauses are stepped through in order (<see cref="PlanQuery"/>: up to three clauses); where
/// a clause is one of many, the boolean scorer advances it to far targets and the heap suits that better.
/// </summary>
internal sealed class WindowedDisjunctionMaxQuery : DisjunctionMaxQuery
{
    public WindowedDisjunctionMaxQuery(DisjunctionMaxQuery of) : base(of.Disjuncts, of.TieBreakerMultiplier) => Boost = of.Boost;

    public override Weight CreateWeight(IndexSearcher searcher) => new WindowedWeight(this, searcher);

    private sealed class WindowedWeight(WindowedDisjunctionMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
                if (weight.GetScorer(context, acceptDocs) is { } scorer) scorers.Add(scorer);
            return scorers.Count == 0 ? null : new WindowedDisjunctionScorer(this, query.TieBreakerMultiplier, scorers.ToArray());
        }
    }
}

/// <summary>The scorer of <see cref="WindowedDisjunctionMaxQuery"/>.</summary>
internal sealed class WindowedDisjunctionScorer : Scorer
{
    private const int Size = 1024; // documents per window: the slots stay in the first-level cache

    private readonly Scorer[] _subs;
    private readonly int[] _next;    // each sub-scorer's first document not yet added (-1: not started)
    private readonly float _tie;
    private readonly float[] _max = new float[Size];
    private readonly float[] _sum = new float[Size];
    private readonly int[] _count = new int[Size];
    private readonly ulong[] _matched = new ulong[Size / 64];
    private int _start = -1;         // the window's first document (-1: none filled yet)
    private int _slot;
    private int _doc = -1;

    public WindowedDisjunctionScorer(Weight weight, float tie, Scorer[] subs) : base(weight)
    {
        _subs = subs;
        _tie = tie;
        _next = new int[subs.Length];
        Array.Fill(_next, -1);
    }

    public override int DocID => _doc;

    public override int Freq => _count[_slot];

    public override float GetScore() => _max[_slot] + (_sum[_slot] - _max[_slot]) * _tie;

    public override long GetCost()
    {
        long cost = 0;
        foreach (var sub in _subs) cost += sub.GetCost();
        return cost;
    }

    public override int NextDoc() => Advance(_doc + 1);

    public override int Advance(int target)
    {
        while (true)
        {
            if (_start >= 0 && target - _start < Size)
            {
                var slot = NextMatched(Math.Max(0, target - _start));
                if (slot >= 0)
                {
                    _slot = slot;
                    return _doc = _start + slot;
                }
                target = _start + Size;
            }
            if (!Fill(target)) return _doc = NO_MORE_DOCS;
        }
    }

    /// <summary>Adds every sub-scorer's matches in the window starting at the first match at or after <paramref name="target"/>.</summary>
    private bool Fill(int target)
    {
        var first = NO_MORE_DOCS;
        for (var i = 0; i < _subs.Length; i++)
        {
            if (_next[i] < target) _next[i] = _subs[i].Advance(target);
            first = Math.Min(first, _next[i]);
        }
        if (first == NO_MORE_DOCS) return false;
        _start = first;
        Array.Clear(_matched);
        var end = (long)first + Size;
        for (var i = 0; i < _subs.Length; i++)
        {
            var sub = _subs[i];
            var doc = _next[i];
            while (doc < end)
            {
                var slot = doc - first;
                var score = sub.GetScore();
                ref var bits = ref _matched[slot >> 6];
                var bit = 1UL << (slot & 63);
                if ((bits & bit) == 0)
                {
                    bits |= bit;
                    _max[slot] = score;
                    _sum[slot] = score;
                    _count[slot] = 1;
                }
                else
                {
                    if (score > _max[slot]) _max[slot] = score;
                    _sum[slot] += score;
                    _count[slot]++;
                }
                doc = sub.NextDoc();
            }
            _next[i] = doc;
        }
        return true;
    }

    /// <summary>The first matched slot at or after <paramref name="from"/>, or -1.</summary>
    private int NextMatched(int from)
    {
        if (from >= Size) return -1;
        var word = from >> 6;
        var bits = _matched[word] & (ulong.MaxValue << (from & 63));
        while (true)
        {
            if (bits != 0) return (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (++word == _matched.Length) return -1;
            bits = _matched[word];
        }
    }
}
