using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

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

    private SegmentOrdinals(int[] starts, int[] ordinals, int valueCount)
    {
        _starts = starts;
        _ordinals = ordinals;
        ValueCount = valueCount;
    }

    public int ValueCount { get; }

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
