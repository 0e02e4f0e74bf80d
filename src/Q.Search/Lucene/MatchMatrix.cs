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
    public static Dictionary<int, List<Variant>> Compute(IndexSearcher searcher, IReadOnlyList<Variant> variants, IReadOnlyList<int> docs)
    {
        var matched = docs.Distinct().ToDictionary(d => d, _ => new List<Variant>());
        if (docs.Count == 0 || variants.Count == 0) return matched;
        var leaves = searcher.IndexReader.Leaves;
        var byLeaf = docs.Distinct()
            .GroupBy(d => ReaderUtil.SubIndex(d, leaves))
            .Select(g => (Leaf: leaves[g.Key], Docs: g.OrderBy(d => d).ToArray()))
            .ToArray();
        foreach (var variant in variants)
        {
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
                if (scorer is null) continue;
                foreach (var doc in leafDocs)
                {
                    var target = doc - leaf.DocBase;
                    var current = scorer.DocID;
                    if (current < target) current = scorer.Advance(target);
                    if (current == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (current == target) matched[doc].Add(variant);
                }
            }
        }
        return matched;
    }
}
