using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// A sorted (set) doc-values field's ordinals for every document of a segment, read once into arrays and kept for
/// as long as the segment. Counting facets over every match read the ordinals through the codec one call at a
/// time — a fifth of a broad search's time; an array read is nearly free. A segment never changes once written
/// (deletions aside, which the collector never sees), so the arrays never go stale.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals?>> BySegment = [];

    private readonly int[] _starts; // document d's ordinals are _ordinals[_starts[d] .. _starts[d + 1])
    private readonly int[] _ordinals;
    private readonly string?[] _values; // each ordinal's value, decoded the first time it is counted

    private SegmentOrdinals(int[] starts, int[] ordinals, int valueCount)
    {
        _starts = starts;
        _ordinals = ordinals;
        ValueCount = valueCount;
        _values = new string?[valueCount];
    }

    public int ValueCount { get; }

    /// <summary>
    /// The value of ordinal <paramref name="ord"/>, decoded once per segment: every search's facet counts turned
    /// each counted ordinal back into a string, a seventh of a search's garbage. Two threads may both decode a value
    /// the first time; they store the same string.
    /// </summary>
    public string Value(AtomicReader reader, string field, int ord)
    {
        if (_values[ord] is { } known) return known;
        var bytes = new BytesRef();
        if (reader.FieldInfos.FieldInfo(field)?.DocValuesType == DocValuesType.SORTED) reader.GetSortedDocValues(field).LookupOrd(ord, bytes);
        else reader.GetSortedSetDocValues(field).LookupOrd(ord, bytes);
        return _values[ord] = bytes.Utf8ToString();
    }

    /// <summary>The field's ordinals in the segment, or null if the field has no sorted doc values there.</summary>
    public static SegmentOrdinals? Of(AtomicReader reader, string field) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals?>(StringComparer.Ordinal))
            .GetOrAdd(field, f => Read(reader, f));

    public void Count(int doc, int[] counts)
    {
        for (var i = _starts[doc]; i < _starts[doc + 1]; i++) counts[_ordinals[i]]++;
    }

    private static SegmentOrdinals? Read(AtomicReader reader, string field)
    {
        var type = reader.FieldInfos.FieldInfo(field)?.DocValuesType;
        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        if (type == DocValuesType.SORTED)
        {
            var values = reader.GetSortedDocValues(field);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = values.GetOrd(doc);
                if (ord >= 0) ordinals.Add(ord);
                starts[doc + 1] = ordinals.Count;
            }
            return new SegmentOrdinals(starts, [.. ordinals], values.ValueCount);
        }
        if (type == DocValuesType.SORTED_SET)
        {
            var values = reader.GetSortedSetDocValues(field);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals.Add((int)ord);
                starts[doc + 1] = ordinals.Count;
            }
            return new SegmentOrdinals(starts, [.. ordinals], (int)values.ValueCount);
        }
        return null;
    }
}
