using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Q.Search.Lucene;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// A term query reading its postings through the search's shared, pooled enumerators finds the documents, scores,
/// frequencies and explanations of Lucene's own term query — alone, boosted inside boolean and windowed disjunction
/// queries, after its enumerators went back to the pool and were lent again, and from several threads at once.
/// </summary>
public sealed class SharedTermQueryTests : IDisposable
{
    private static readonly string[] Words = ["sepsis", "frailty", "lean", "spc", "falls", "audit", "pdsa", "qi"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SharedTermQueryTests()
    {
        var random = new Random(11);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Three segments, a deletion, and a word ("audit") missing from the last segment's topics.
            for (var i = 0; i < 3_000; i++)
            {
                var document = new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) };
                foreach (var field in new[] { "bio", "topics" })
                {
                    var words = Enumerable.Range(0, random.Next(0, 7)).Select(_ => Words[random.Next(Words.Length)]);
                    if (field == "topics" && i >= 2_000) words = words.Where(w => w != "audit");
                    document.Add(new TextField(field, string.Join(' ', words), Field.Store.NO));
                }
                writer.AddDocument(document);
                if (i is 999 or 1_999) writer.Commit();
            }
            writer.DeleteDocuments(new Term("id", "17"));
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    private SharedTermQuery Shared(string field, string word, SegmentTerms terms, float boost = 1f)
    {
        var term = new Term(field, word);
        return new SharedTermQuery(term, TermContext.Build(_searcher.TopReaderContext, term), terms) { Boost = boost };
    }

    private List<(int Doc, float Score, int Freq)> Walk(Query query, IEnumerable<AtomicReaderContext>? leaves = null)
    {
        var weight = _searcher.CreateNormalizedWeight(query);
        var found = new List<(int, float, int)>();
        foreach (var leaf in leaves ?? _reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                found.Add((leaf.DocBase + doc, scorer.GetScore(), scorer.Freq));
        }
        return found;
    }

    private static void Same(List<(int Doc, float Score, int Freq)> expected, List<(int Doc, float Score, int Freq)> actual)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Doc), actual.Select(a => a.Doc));
        Assert.Equal(expected.Select(e => e.Freq), actual.Select(a => a.Freq));
        Assert.Equal(expected.Select(e => e.Score), actual.Select(a => a.Score));
    }

    [Theory]
    [InlineData("bio", "sepsis")]
    [InlineData("topics", "audit")]
    [InlineData("topics", "qi")]
    public void Finds_what_Lucenes_term_query_finds_with_the_same_scores(string field, string word)
    {
        var terms = new SegmentTerms();
        Same(Walk(new TermQuery(new Term(field, word)) { Boost = 2.5f }), Walk(Shared(field, word, terms, 2.5f)));
        Assert.DoesNotContain(17, Walk(Shared(field, word, terms)).Select(h => h.Doc)); // the deleted document
    }

    [Fact]
    public void Scores_the_same_inside_boolean_and_windowed_disjunction_queries()
    {
        var terms = new SegmentTerms();
        // Each boosted itself: a query's clauses are normalised with their parent's boost.
        Query Boolean(Func<string, string, float, Query> term)
        {
            var query = new BooleanQuery { Boost = 2f };
            query.Add(term("bio", "sepsis", 1f), Occur.SHOULD);
            query.Add(term("topics", "sepsis", 3f), Occur.SHOULD);
            query.Add(term("bio", "lean", 0.5f), Occur.MUST);
            return query;
        }
        Same(Walk(Boolean((f, w, b) => new TermQuery(new Term(f, w)) { Boost = b })), Walk(Boolean((f, w, b) => Shared(f, w, terms, b))));

        Query Disjunction(Func<string, string, float, Query> term) => new WindowedDisjunctionMaxQuery(
            new DisjunctionMaxQuery(0.1f) { Boost = 1.5f, Disjuncts = { term("bio", "pdsa", 1f), term("topics", "pdsa", 2f), term("topics", "audit", 0.7f) } });
        Same(Walk(Disjunction((f, w, b) => new TermQuery(new Term(f, w)) { Boost = b })), Walk(Disjunction((f, w, b) => Shared(f, w, terms, b))));
    }

    [Fact]
    public void Explains_a_match_with_the_score_it_gave()
    {
        var query = Shared("bio", "frailty", new SegmentTerms(), 1.5f);
        var weight = _searcher.CreateNormalizedWeight(query);
        foreach (var (doc, score, _) in Walk(query).Take(20))
        {
            var leaf = _reader.Leaves[ReaderUtil.SubIndex(doc, _reader.Leaves)];
            var explanation = weight.Explain(leaf, doc - leaf.DocBase);
            Assert.True(explanation.IsMatch);
            Assert.Equal(score, explanation.Value, 1e-5f);
        }
    }

    [Fact]
    public void Postings_given_back_are_lent_again_and_read_right()
    {
        var terms = new SegmentTerms();
        var leaf = _reader.Leaves[0];
        var state = TermContext.Build(_searcher.TopReaderContext, new Term("bio", "spc")).Get(leaf.Ord);
        var first = terms.Postings(leaf, "bio", new BytesRef("spc"), state, leaf.AtomicReader.LiveDocs);
        terms.ReturnAll();

        // The next search on the segment gets the same enumerator back, reset to its own word.
        var next = new SegmentTerms();
        var stateOfQi = TermContext.Build(_searcher.TopReaderContext, new Term("bio", "qi")).Get(leaf.Ord);
        var again = next.Postings(leaf, "bio", new BytesRef("qi"), stateOfQi, leaf.AtomicReader.LiveDocs);
        Assert.Same(first, again);
        var docs = new List<int>();
        for (var doc = again!.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = again.NextDoc()) docs.Add(doc);
        Assert.Equal(Walk(new TermQuery(new Term("bio", "qi")), [leaf]).Select(h => h.Doc), docs);

        // And whole searches after enumerators were given back still match Lucene.
        next.ReturnAll();
        for (var round = 0; round < 3; round++)
        {
            var search = new SegmentTerms();
            Same(Walk(new TermQuery(new Term("topics", "falls"))), Walk(Shared("topics", "falls", search)));
            search.ReturnAll();
        }
    }

    [Fact]
    public void Parts_searched_on_several_threads_at_once_each_read_their_own_enumerators()
    {
        var terms = new SegmentTerms();
        var expected = Walk(new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("bio", "audit")), new TermQuery(new Term("topics", "lean")) });
        var query = new DisjunctionMaxQuery(0.1f) { Shared("bio", "audit", terms), Shared("topics", "lean", terms) };
        var weight = _searcher.CreateNormalizedWeight(query);
        for (var round = 0; round < 20; round++)
        {
            using var start = new Barrier(_reader.Leaves.Count);
            var found = new List<(int Doc, float Score, int Freq)>[_reader.Leaves.Count];
            var threads = _reader.Leaves.Select((leaf, i) => new Thread(() =>
            {
                start.SignalAndWait();
                var hits = new List<(int, float, int)>();
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                        hits.Add((leaf.DocBase + doc, scorer.GetScore(), scorer.Freq));
                found[i] = hits;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Same(expected, found.SelectMany(f => f).ToList());
            terms.ReturnAll();
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
