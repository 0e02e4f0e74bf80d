using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// An in-memory index of random words in a "bio" and a "topics" field, in several segments, and the means to walk a
/// query's scorers over it: for tests that compare Q's own queries and scorers with Lucene's.
/// </summary>
internal sealed class RandomWordsIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();

    /// <param name="word">Draws one word.</param>
    /// <param name="commitAfter">Documents after which a segment is committed.</param>
    /// <param name="keep">Whether a drawn word is kept, given the document number and the field.</param>
    /// <param name="delete">Documents deleted (by their "id" field) once all are added.</param>
    public RandomWordsIndex(int documents, int maxWords, Func<Random, string> word, int seed, int[] commitAfter,
        Func<int, string, string, bool>? keep = null, int[]? delete = null)
    {
        var random = new Random(seed);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var i = 0; i < documents; i++)
            {
                var document = new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) };
                foreach (var field in new[] { "bio", "topics" })
                {
                    var words = Enumerable.Range(0, random.Next(0, maxWords)).Select(_ => word(random)).ToList();
                    document.Add(new TextField(field, string.Join(' ', words.Where(w => keep?.Invoke(i, field, w) ?? true)), Field.Store.NO));
                }
                writer.AddDocument(document);
                if (commitAfter.Contains(i)) writer.Commit();
            }
            foreach (var id in delete ?? []) writer.DeleteDocuments(new Term("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        Reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(Reader);
    }

    public DirectoryReader Reader { get; }
    public IndexSearcher Searcher { get; }

    /// <summary>Every document <paramref name="step"/> lands on (from -1 until no more), with its score and match count, over <paramref name="leaves"/> (all by default).</summary>
    public List<(int Doc, float Score, int Freq)> Walk(Query query, Func<Scorer, int, int> step, IEnumerable<AtomicReaderContext>? leaves = null)
    {
        var weight = Searcher.CreateNormalizedWeight(query);
        var found = new List<(int, float, int)>();
        foreach (var leaf in leaves ?? Reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (var doc = step(scorer, -1); doc != DocIdSetIterator.NO_MORE_DOCS; doc = step(scorer, doc))
                found.Add((leaf.DocBase + doc, scorer.GetScore(), scorer.Freq));
        }
        return found;
    }

    /// <summary>Asserts the same documents and match counts in the same order, and scores within <paramref name="tolerance"/> (exactly the same by default).</summary>
    public static void Same(List<(int Doc, float Score, int Freq)> expected, List<(int Doc, float Score, int Freq)> actual, float tolerance = 0f)
    {
        Assert.Equal(expected.Select(e => e.Doc), actual.Select(a => a.Doc));
        Assert.Equal(expected.Select(e => e.Freq), actual.Select(a => a.Freq));
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i].Score, actual[i].Score, tolerance);
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
