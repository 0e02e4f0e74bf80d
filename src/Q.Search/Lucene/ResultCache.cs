using Q.Core.Ports;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>
/// The last pages served: a search repeated before the index changes (the popular queries of a community directory
/// repeat all day) is answered from memory. Every change the index takes (an applied batch, an erasure, a rebuild)
/// calls <see cref="Invalidate"/> once readers see it, and a page is only kept if no change happened while it was
/// computed, so a cached page is never staler than a fresh search would be — and an erased member's text leaves the
/// cache with the commit that erased it. The key holds everything the page depends on besides the index: the plan,
/// the filter, the audience (reach and self: a signed-in member's page is never served to the public) and the page
/// bounds. Least recently used entries go first; capacity 0 turns the cache off.
/// </summary>
internal sealed class ResultCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, object Page)>> _entries = [];
    private readonly LinkedList<(Key Key, object Page)> _recency = [];
    private long _generation;

    public int Capacity { get; } = Math.Max(0, capacity);

    /// <summary>Changes with every index change. Read it before acquiring the searcher a page is computed on.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Everything a page depends on besides the index itself.</summary>
    internal readonly record struct Key(SearchKind Kind, string Plan, object Filter, Audience Audience, int First, int Offset);

    public static Key KeyOf(SearchKind kind, QueryPlan plan, object filter, Audience audience, int first, int offset) =>
        new(kind, Signature(plan), filter, audience, first, offset);

    /// <summary>Readers now see a change: every cached page may be stale.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _generation);
            _entries.Clear();
            _recency.Clear();
        }
    }

    /// <param name="generation"><see cref="Generation"/> as read before the searcher <paramref name="compute"/> uses was acquired.</param>
    public T GetOrAdd<T>(long generation, Key key, Func<T> compute) where T : class
    {
        if (Capacity == 0) return compute();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return (T)node.Value.Page;
            }
        }
        var page = compute();
        lock (_gate)
        {
            // Computed across a change: it may hold what the change replaced, so it is served once, not kept.
            if (generation != _generation || _entries.ContainsKey(key)) return page;
            _entries[key] = _recency.AddFirst((key, page));
            if (_entries.Count > Capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
        return page;
    }

    /// <summary>The plan in one string: every clause and alternative with what decides how it matches and scores.</summary>
    private static string Signature(QueryPlan plan)
    {
        var text = new System.Text.StringBuilder();
        foreach (var clause in plan.Clauses)
        {
            text.Append('\u001e').Append(clause.Text).Append('\u001f').Append(clause.IsPhrase ? 'p' : 'w').Append(clause.AllowTypos ? 't' : 'x');
            foreach (var alternative in clause.Alternatives)
                text.Append('\u001d').Append(alternative.Text).Append('\u001f').Append(alternative.IsPhrase ? 'p' : 'w')
                    .Append(alternative.Weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                    .Append('\u001f').Append(alternative.Via).Append('\u001f').Append(alternative.ConceptLabel);
        }
        return text.ToString();
    }
}
