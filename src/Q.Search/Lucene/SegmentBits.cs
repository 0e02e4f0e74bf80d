using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>Per-segment bit sets of the live documents holding a term, for filters evaluated while collecting.</summary>
internal static class SegmentBits
{
    /// <summary>Live documents of the segment with any of the (field, value) terms; empty when none.</summary>
    public static FixedBitSet Of(AtomicReader reader, IEnumerable<(string Field, string Value)> terms)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        foreach (var (field, value) in terms) Or(bits, reader, new Term(field, value));
        return bits;
    }

    public static void Or(FixedBitSet bits, AtomicReader reader, Term term)
    {
        var docs = reader.GetTermDocsEnum(term);
        if (docs is null) return;
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) bits.Set(doc);
    }

    /// <summary>The segment document of a key, or -1.</summary>
    public static int Find(AtomicReader reader, string key)
    {
        var docs = reader.GetTermDocsEnum(new Term(Fields.Key, key));
        if (docs is null) return -1;
        var doc = docs.NextDoc();
        return doc == DocIdSetIterator.NO_MORE_DOCS ? -1 : doc;
    }
}
