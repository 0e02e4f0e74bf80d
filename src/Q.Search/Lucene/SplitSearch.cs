using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Q.Search.Lucene;

/// <summary>
/// A scored search run over parts of the index at once — each part a range of documents with its own scorers,
/// top-hits collector and facet counts, on its own core — then merged: the same hits in the same order (ties go
/// to the lower document, as in one pass) and the same counts. Matching and counting every document a broad query
/// hits is most of a search's time, and one query used one core of two. Small indexes are searched in one part:
/// splitting costs more than it saves.
/// </summary>
internal static class SplitSearch
{
    /// <summary>Documents per part below which the index is not split (internal so a test can split a small index).</summary>
    internal static int MinPartDocuments { get; set; } = 10_000;

    /// <summary>The most parts: one per core (internal so a test can split more ways than the machine has cores).</summary>
    internal static int MaxParts { get; set; } = Environment.ProcessorCount;

    /// <returns>The top <paramref name="wanted"/> hits, and how many documents passed every filter.</returns>
    public static (ScoreDoc[] Top, int Total) Run(IndexSearcher searcher, Query query, Filter kindFilter, int wanted,
        Dimension[] dimensions, bool membersAllowed, string? selfKey)
    {
        var weight = searcher.CreateNormalizedWeight(new FilteredQuery(query, kindFilter));
        var parts = Parts(searcher.IndexReader.Leaves, Math.Min(MaxParts, 1 + searcher.IndexReader.MaxDoc / MinPartDocuments));
        var tops = new TopDocs[parts.Count];
        var counts = new Dimension[parts.Count][];
        var totals = new int[parts.Count];
        Parallel.For(0, parts.Count, i =>
        {
            var top = TopScoreDocCollector.Create(wanted, true);
            counts[i] = parts.Count == 1 ? dimensions : dimensions.Select(d => d.Empty()).ToArray();
            var collector = new FacetingCollector(top, counts[i], membersAllowed, selfKey);
            foreach (var (leaf, start, end) in parts[i])
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                collector.SetNextReader(leaf);
                collector.SetScorer(scorer);
                for (var doc = scorer.Advance(start); doc < end; doc = scorer.NextDoc()) collector.Collect(doc);
            }
            collector.Finish();
            tops[i] = top.GetTopDocs();
            totals[i] = collector.TotalCount;
        });
        if (parts.Count > 1)
            for (var d = 0; d < dimensions.Length; d++)
                foreach (var part in counts)
                    foreach (var (value, count) in part[d].Counts)
                        dimensions[d].Counts[value] = dimensions[d].Counts.GetValueOrDefault(value) + count;
        var merged = parts.Count == 1 ? tops[0] : TopDocs.Merge(null, wanted, tops);
        return (merged.ScoreDocs, totals.Sum());
    }

    /// <summary>The index cut into <paramref name="count"/> runs of about equal numbers of documents, in document order.</summary>
    private static List<List<(AtomicReaderContext Leaf, int Start, int End)>> Parts(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => l.AtomicReader.MaxDoc);
        var size = Math.Max(1, (total + count - 1) / Math.Max(1, count));
        var parts = new List<List<(AtomicReaderContext, int, int)>> { new() };
        var room = size;
        foreach (var leaf in leaves)
        {
            var start = 0;
            var maxDoc = leaf.AtomicReader.MaxDoc;
            while (start < maxDoc)
            {
                if (room == 0 && parts.Count < count)
                {
                    parts.Add([]);
                    room = size;
                }
                var end = parts.Count == count ? maxDoc : Math.Min(maxDoc, start + room);
                parts[^1].Add((leaf, start, end));
                room -= end - start;
                start = end;
                if (room < 0) room = 0;
            }
        }
        return parts;
    }
}
