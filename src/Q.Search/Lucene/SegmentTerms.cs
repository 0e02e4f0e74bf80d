using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// The terms and postings enumerators one search reads the index with, shared by everything that looks words up or
/// opens their postings — the plan's term statistics, the search's term scorers (<see cref="SharedTermQuery"/>) and
/// the page's match matrix — and lent from pools per segment and field, to which <see cref="ReturnAll"/> gives them
/// back when the search is done. An enumerator is not thread-safe and a search's parts run on several threads at
/// once, so each thread has its own terms enumerator per segment and field (each part runs on one thread).
/// </summary>
/// <remarks>
/// Why pools: Lucene opens a terms enumerator per word and segment and a postings enumerator per scorer, each a few
/// kilobytes of buffers and a clone of a memory-mapped file, and Lucene.Net registers every clone of such a file in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, one collector handle each. Hundreds per search made a sixth of a
/// search's garbage, and the handles piled up: over a few thousand searches, each collection took 3 ms, then 17 ms
/// (measured in the bench's 50k in-process phases), and collections inside searches were their slowest 1 %. Reused
/// enumerators keep the clones they have.
/// </remarks>
internal sealed class SegmentTerms
{
    // Idle enumerators kept per segment and field: a broad search lends a few tens of postings enumerators in a field,
    // and each search thread one terms enumerator. More idle ones would only hold memory (and file clones).
    private const int MaxIdlePostings = 64;
    private static readonly int MaxIdleTerms = Math.Max(8, 4 * Environment.ProcessorCount);

    private static readonly ConditionalWeakTable<object, Pools> BySegment = [];

    private readonly ConcurrentDictionary<int, PerThread> _byThread = new();

    /// <summary>The segment's enumerator for <paramref name="field"/> positioned on <paramref name="term"/>, or null when the segment lacks it.</summary>
    public TermsEnum? Seek(AtomicReaderContext leaf, string field, BytesRef term) =>
        Enumerator(ThisThread(), leaf, field) is { } terms && terms.SeekExact(term) ? terms : null;

    /// <summary>
    /// The postings of a term found by a lookup (its <paramref name="state"/>), positioned without reading the terms
    /// index, in an enumerator lent until <see cref="ReturnAll"/>; null when the segment has no such field.
    /// </summary>
    public DocsEnum? Postings(AtomicReaderContext leaf, string field, BytesRef term, TermState state, IBits? liveDocs)
    {
        var thread = ThisThread();
        var terms = Enumerator(thread, leaf, field);
        if (terms is null) return null;
        terms.SeekExact(term, state);
        return Docs(thread, leaf, field, terms, liveDocs, null);
    }

    /// <summary>The postings of the term <paramref name="terms"/> (from <see cref="Seek"/>) stands on, in <paramref name="reuse"/> if given, else in a lent enumerator.</summary>
    public DocsEnum Postings(AtomicReaderContext leaf, string field, TermsEnum terms, IBits? liveDocs, DocsEnum? reuse) =>
        Docs(ThisThread(), leaf, field, terms, liveDocs, reuse);

    /// <summary>Gives every lent enumerator back to its pool. Call once the search reads the index no more, from one thread.</summary>
    public void ReturnAll()
    {
        foreach (var thread in _byThread.Values)
        {
            foreach (var (pool, postings) in thread.Lent) pool.Give(postings);
            thread.Lent.Clear();
            foreach (var (key, terms) in thread.Enums)
                if (terms is not null) key.Pools.Terms(key.Field).Give(terms);
            thread.Enums.Clear();
        }
    }

    private static DocsEnum Docs(PerThread thread, AtomicReaderContext leaf, string field, TermsEnum terms, IBits? liveDocs, DocsEnum? reuse)
    {
        if (reuse is not null) return terms.Docs(liveDocs, reuse);
        var pool = PoolsOf(leaf).Postings(field);
        pool.TryTake(out var pooled);
        var postings = terms.Docs(liveDocs, pooled);
        thread.Lent.Add((pool, postings));
        return postings;
    }

    private static TermsEnum? Enumerator(PerThread thread, AtomicReaderContext leaf, string field)
    {
        var pools = PoolsOf(leaf);
        if (thread.Enums.TryGetValue((pools, field), out var terms)) return terms;
        if (!pools.Terms(field).TryTake(out terms)) terms = leaf.AtomicReader.Fields?.GetTerms(field)?.GetEnumerator();
        thread.Enums[(pools, field)] = terms;
        return terms;
    }

    private static Pools PoolsOf(AtomicReaderContext leaf) => BySegment.GetValue(leaf.AtomicReader.CoreCacheKey, static _ => new Pools());

    private PerThread ThisThread() => _byThread.GetOrAdd(Environment.CurrentManagedThreadId, static _ => new PerThread());

    /// <summary>One segment's idle enumerators, by field; they go with the segment.</summary>
    private sealed class Pools
    {
        private readonly ConcurrentDictionary<string, Pool<TermsEnum>> _terms = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Pool<DocsEnum>> _postings = new(StringComparer.Ordinal);

        public Pool<TermsEnum> Terms(string field) => _terms.GetOrAdd(field, static _ => new(MaxIdleTerms));

        public Pool<DocsEnum> Postings(string field) => _postings.GetOrAdd(field, static _ => new(MaxIdlePostings));
    }

    /// <summary>Idle enumerators, at most <paramref name="max"/> (counted apart: a concurrent stack counts by walking itself).</summary>
    private sealed class Pool<T>(int max) where T : class
    {
        private readonly ConcurrentStack<T> _idle = new();
        private int _count;

        public bool TryTake([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item)
        {
            if (!_idle.TryPop(out item)) return false;
            Interlocked.Decrement(ref _count);
            return true;
        }

        public void Give(T item)
        {
            if (Interlocked.Increment(ref _count) <= max) _idle.Push(item);
            else Interlocked.Decrement(ref _count);
        }
    }

    private sealed class PerThread
    {
        public Dictionary<(Pools Pools, string Field), TermsEnum?> Enums { get; } = [];
        public List<(Pool<DocsEnum> Pool, DocsEnum Postings)> Lent { get; } = [];
    }
}
