using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// The documents of one kind (people or resources), as a bit set per segment, kept for as long as the segment.
/// A bit set gives the search random access: the query's scorers skip other kinds as they go, where Lucene's
/// cached filter (a compressed set with no random access) made the query and the filter leap-frog each other,
/// which cost as much as the matching itself. Deletions are applied by the accepted documents passed in.
/// </summary>
internal sealed class KindFilter(string kind) : Filter
{
    private readonly ConditionalWeakTable<object, FixedBitSet> _bySegment = [];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var bits = _bySegment.GetValue(reader.CoreCacheKey, _ => SegmentBits.Of(reader, [(Fields.Kind, kind)]));
        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }
}
