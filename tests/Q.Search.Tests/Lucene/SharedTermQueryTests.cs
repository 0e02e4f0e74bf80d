using Lucene.Net.Index;
using Lucene.Net.Search;
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

    // Three segments, a deletion, and a word ("audit") missing from the last segment's topics.
    private readonly RandomWordsIndex _index = new(3_000, 7, random => Words[random.Next(Words.Length)], 11, [999, 1_999],
        keep: (doc, field, word) => !(field == "topics" && doc >= 2_000 && word == "audit"), delete: [17]);

    private SharedTermQuery Shared(string field, string word, SegmentTerms terms, float boost = 1f)
    {
        var term = new Term(field, word);
        return new SharedTermQuery(term, TermContext.Build(_index.Searcher.TopReaderContext, term), terms) { Boost = boost };
    }

    private List<(int Doc, float Score, int Freq)> Walk(Query query, IEnumerable<AtomicReaderContext>? leaves = null) =>
        _index.Walk(query, (scorer, _) => scorer.NextDoc(), leaves);

    private static void Same(List<(int Doc, float Score, int Freq)> expected, List<(int Doc, float Score, int Freq)> actual)
    {
        Assert.NotEmpty(expected);
        RandomWordsIndex.Same(expected, actual);
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
        var weight = _index.Searcher.CreateNormalizedWeight(query);
        foreach (var (doc, score, _) in Walk(query).Take(20))
        {
            var leaf = _index.Reader.Leaves[ReaderUtil.SubIndex(doc, _index.Reader.Leaves)];
            var explanation = weight.Explain(leaf, doc - leaf.DocBase);
            Assert.True(explanation.IsMatch);
            Assert.Equal(score, explanation.Value, 1e-5f);
        }
    }

    [Fact]
    public void Postings_given_back_are_lent_again_and_read_right()
    {
        var terms = new SegmentTerms();
        var leaf = _index.Reader.Leaves[0];
        var state = TermContext.Build(_index.Searcher.TopReaderContext, new Term("bio", "spc")).Get(leaf.Ord);
        var first = terms.Postings(leaf, "bio", new BytesRef("spc"), state, leaf.AtomicReader.LiveDocs);
        terms.ReturnAll();

        // The next search on the segment gets the same enumerator back, reset to its own word.
        var next = new SegmentTerms();
        var stateOfQi = TermContext.Build(_index.Searcher.TopReaderContext, new Term("bio", "qi")).Get(leaf.Ord);
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
        var weight = _index.Searcher.CreateNormalizedWeight(query);
        for (var round = 0; round < 20; round++)
        {
            using var start = new Barrier(_index.Reader.Leaves.Count);
            var found = new List<(int Doc, float Score, int Freq)>[_index.Reader.Leaves.Count];
            var threads = _index.Reader.Leaves.Select((leaf, i) => new Thread(() =>
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

    [Fact]
    public void Threads_scoring_the_same_segment_at_once_never_share_an_enumerator()
    {
        var terms = new SegmentTerms();
        var leaf = _index.Reader.Leaves[1];
        // Four threads score the one segment at once, as a split search's parts share a segment, each its own word
        // and its scorers again and again: an enumerator shared between them would be moved to another's word.
        var words = new[] { "pdsa", "lean", "qi", "falls" };
        var expected = words.Select(w => Walk(new TermQuery(new Term("bio", w)), [leaf])).ToArray();
        var weights = words.Select(w => _index.Searcher.CreateNormalizedWeight(Shared("bio", w, terms))).ToArray();
        for (var round = 0; round < 10; round++)
        {
            using var start = new Barrier(words.Length);
            var failures = new List<string>();
            var threads = Enumerable.Range(0, words.Length).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                for (var again = 0; again < 30; again++)
                {
                    var hits = new List<(int Doc, float Score, int Freq)>();
                    var scorer = weights[i].GetScorer(leaf, leaf.AtomicReader.LiveDocs)!;
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                        hits.Add((leaf.DocBase + doc, scorer.GetScore(), scorer.Freq));
                    if (!hits.SequenceEqual(expected[i])) lock (failures) failures.Add($"{words[i]} in round {round}");
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Empty(failures);
            terms.ReturnAll();
        }

        // Lent at once, on one thread or two, enumerators are always different objects.
        var state = TermContext.Build(_index.Searcher.TopReaderContext, new Term("bio", "pdsa")).Get(leaf.Ord);
        var first = terms.Postings(leaf, "bio", new BytesRef("pdsa"), state, null);
        var second = terms.Postings(leaf, "bio", new BytesRef("pdsa"), state, null);
        DocsEnum? elsewhere = null;
        var other = new Thread(() => elsewhere = terms.Postings(leaf, "bio", new BytesRef("pdsa"), state, null));
        other.Start();
        other.Join();
        Assert.Equal(3, new HashSet<DocsEnum>([first!, second!, elsewhere!], ReferenceEqualityComparer.Instance).Count);
    }

    [Fact]
    public void On_another_searcher_it_looks_its_term_up_again()
    {
        // States looked up on the whole index mean nothing on a searcher over one of its segments (whose number there is 0).
        var query = Shared("topics", "sepsis", new SegmentTerms());
        var alone = new IndexSearcher(_index.Reader.Leaves[2].AtomicReader);
        List<(int Doc, float Score)> Run(Query q) =>
            alone.Search(q, 1_000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var expected = Run(new TermQuery(new Term("topics", "sepsis")));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Run(query));
    }

    public void Dispose() => _index.Dispose();
}
