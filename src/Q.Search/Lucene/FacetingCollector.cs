using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// One facet: the doc-values fields it counts (a members-only field counted only where <see cref="Dimension.MembersAllowed"/>
/// says so for the document), and the filter on it, if one is set, as terms any of which a document must hold.
/// </summary>
internal sealed class Dimension(string name, IReadOnlyList<(string Field, bool MembersOnly)> docValues, IReadOnlyList<(string Field, string Value, bool MembersOnly)>? filter)
{
    public string Name { get; } = name;
    public IReadOnlyList<(string Field, bool MembersOnly)> DocValues { get; } = docValues;
    public IReadOnlyList<(string Field, string Value, bool MembersOnly)>? Filter { get; } = filter;
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The same facet and filter with no counts yet, for one part of a split search.</summary>
    public Dimension Empty() => new(Name, DocValues, Filter);
}

/// <summary>
/// Collects the documents the text query matched: applies the filters, passes the documents that pass them all to
/// the inner (top hits) collector and counts them, and counts facets with multi-select semantics — each facet over
/// the documents that pass every filter except its own — from doc values, in the same single pass.
/// </summary>
internal sealed class FacetingCollector(ICollector inner, IReadOnlyList<Dimension> dimensions, bool membersAllowed, string? selfKey) : ICollector
{
    private readonly Dimension[] _dims = dimensions.ToArray();
    private FixedBitSet?[] _filters = [];
    private Counter[][] _counters = [];
    private int _self = -1;

    public int TotalCount { get; private set; }

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _self = selfKey is null ? -1 : SegmentBits.Find(reader, selfKey);
        _filters = new FixedBitSet?[_dims.Length];
        _counters = new Counter[_dims.Length][];
        for (var i = 0; i < _dims.Length; i++)
        {
            var dim = _dims[i];
            if (dim.Filter is { } filter)
            {
                var bits = SegmentBits.Of(reader, filter.Where(f => !f.MembersOnly || membersAllowed).Select(f => (f.Field, f.Value)));
                if (!membersAllowed && _self >= 0 && !bits.Get(_self))
                {
                    // The audience's own profile matches on its members-only values too.
                    var own = SegmentBits.Of(reader, filter.Where(f => f.MembersOnly).Select(f => (f.Field, f.Value)));
                    if (own.Get(_self)) bits.Set(_self);
                }
                _filters[i] = bits;
            }
            _counters[i] = dim.DocValues
                .Select(dv => Counter.Open(reader, dv.Field, dv.MembersOnly))
                .OfType<Counter>()
                .ToArray();
        }
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (_filters[i] is not { } bits || bits.Get(doc)) continue;
            if (failed >= 0) return; // fails two filters: counted nowhere
            failed = i;
        }
        if (failed >= 0)
        {
            Count(failed, doc); // fails only its own facet's filter: counted in that facet
            return;
        }
        TotalCount++;
        inner.Collect(doc);
        for (var i = 0; i < _dims.Length; i++) Count(i, doc);
    }

    /// <summary>Moves the last segment's counts into the dimensions; call once after searching.</summary>
    public void Finish() => Flush();

    private void Count(int dim, int doc)
    {
        var allowed = membersAllowed || doc == _self;
        foreach (var counter in _counters[dim])
            if (!counter.MembersOnly || allowed) counter.Count(doc);
    }

    private void Flush()
    {
        for (var i = 0; i < _counters.Length; i++)
            foreach (var counter in _counters[i]) counter.FlushInto(_dims[i].Counts);
        _counters = [];
    }

    /// <summary>Counts per segment ordinal (from <see cref="SegmentOrdinals"/>), turned into values once per segment.</summary>
    private sealed class Counter
    {
        private readonly AtomicReader _reader;
        private readonly string _field;
        private readonly SegmentOrdinals _ordinals;
        private readonly int[] _counts;

        private Counter(AtomicReader reader, string field, SegmentOrdinals ordinals, bool membersOnly)
        {
            _reader = reader;
            _field = field;
            _ordinals = ordinals;
            MembersOnly = membersOnly;
            _counts = new int[ordinals.ValueCount];
        }

        public bool MembersOnly { get; }

        public static Counter? Open(AtomicReader reader, string field, bool membersOnly) =>
            SegmentOrdinals.Of(reader, field) is { } ordinals ? new Counter(reader, field, ordinals, membersOnly) : null;

        public void Count(int doc) => _ordinals.Count(doc, _counts);

        public void FlushInto(Dictionary<string, int> totals)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] == 0) continue;
                var value = _ordinals.Value(_reader, _field, ord);
                totals[value] = totals.GetValueOrDefault(value) + _counts[ord];
            }
        }
    }
}
