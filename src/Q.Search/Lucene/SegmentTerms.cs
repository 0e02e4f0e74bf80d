using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// One terms enumerator per segment and field for one search, shared by everything that looks words up in it — the
/// plan's term statistics and the page's match matrix. Lucene opens one per word and segment, and an enumerator is a
/// few kilobytes of frames and buffers: a broad query's many alternatives made that most of its garbage. Not thread-safe:
/// one search uses it on one thread at a time.
/// </summary>
internal sealed class SegmentTerms
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];

    /// <summary>The segment's enumerator for <paramref name="field"/> positioned on <paramref name="term"/>, or null when the segment lacks it.</summary>
    public TermsEnum? Seek(AtomicReaderContext leaf, string field, BytesRef term)
    {
        if (!_enums.TryGetValue((leaf.Ord, field), out var terms))
            _enums[(leaf.Ord, field)] = terms = leaf.AtomicReader.Fields?.GetTerms(field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(term) ? terms : null;
    }
}
