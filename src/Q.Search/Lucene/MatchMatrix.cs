using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Q.Search.Lucene;

/// <summary>
/// Which variants (clause × field × text/alternative/typo) each hit on the page matched: one weight per variant,
/// one scorer per variant and segment, advanced through the page's documents in order. This is what reasons and
/// highlights are made from, so both only ever name fields the audience may search.
/// </summary>
internal static class MatchMatrix
{
    public static Dictionary<int, List<Variant>> Compute(IndexSearcher searcher, IReadOnlyList<Variant> variants, SegmentTerms terms, IReadOnlyList<int> docs)
    {
        var matched = docs.Distinct().ToDictionary(d => d, _ => new List<Variant>());
        if (docs.Count == 0 || variants.Count == 0) return matched;
        var leaves = searcher.IndexReader.Leaves;
        var byLeaf = docs.Distinct()
            .GroupBy(d => ReaderUtil.SubIndex(d, leaves))
            .Select(g => (Leaf: leaves[g.Key], Docs: g.OrderBy(d => d).ToArray()))
            .ToArray();
        // A word's variant is read straight from its postings, through the plan's terms enumerators and one postings
        // enumerator per segment and field reused across the page's variants: a weight and a scorer per variant and
        // segment were a third of a broad query's garbage. Phrases, typos and filtered variants use scorers.
        var docsEnums = new Dictionary<(int Leaf, string Field), DocsEnum?>();
        foreach (var variant in variants)
        {
            if (variant.Query is TermQuery word)
            {
                foreach (var (leaf, leafDocs) in byLeaf)
                {
                    if (terms.Seek(leaf, word.Term.Field, word.Term.Bytes) is not { } seeked) continue;
                    var key = (leaf.Ord, word.Term.Field);
                    var postings = terms.Postings(leaf, word.Term.Field, seeked, leaf.AtomicReader.LiveDocs, docsEnums.GetValueOrDefault(key));
                    docsEnums[key] = postings;
                    Mark(postings, leaf, leafDocs, variant, matched);
                }
                continue;
            }
            Weight weight;
            try
            {
                weight = searcher.CreateNormalizedWeight(variant.Query);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                continue;
            }
            foreach (var (leaf, leafDocs) in byLeaf)
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is not null) Mark(scorer, leaf, leafDocs, variant, matched);
            }
        }
        return matched;
    }

    /// <summary>Adds <paramref name="variant"/> to each of a segment's page documents (ascending) that <paramref name="iterator"/> holds.</summary>
    private static void Mark(DocIdSetIterator iterator, AtomicReaderContext leaf, int[] leafDocs, Variant variant, Dictionary<int, List<Variant>> matched)
    {
        foreach (var doc in leafDocs)
        {
            var target = doc - leaf.DocBase;
            var current = iterator.DocID;
            if (current < target) current = iterator.Advance(target);
            if (current == DocIdSetIterator.NO_MORE_DOCS) break;
            if (current == target) matched[doc].Add(variant);
        }
    }
}
