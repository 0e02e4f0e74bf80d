using Lucene.Net.Index;
using Lucene.Net.Search;
using Q.Search.Lucene;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// The windowed disjunction gives the documents, scores and match counts of Lucene's own DisjunctionMaxQuery, stepped
/// through in order or advanced by jumps within and beyond a window, alone, in a boolean query and filtered.
/// </summary>
public sealed class WindowedDisjunctionTests : IDisposable
{
    private static readonly string[] Words = ["sepsis", "frailty", "lean", "spc", "falls", "audit", "pdsa", "qi", "dementia", "asthma"];

    // 7,000 documents in three segments: dense words (every window full), rare ones (sparse windows), empty docs.
    private readonly RandomWordsIndex _index = new(7_000, 6, random => Words[(int)Math.Floor(Math.Pow(random.NextDouble(), 2) * Words.Length)], 5, [2_000, 4_500]);

    private static DisjunctionMaxQuery Disjunction(params (string Field, string Word, float Boost)[] parts)
    {
        var query = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, word, boost) in parts) query.Add(new TermQuery(new Term(field, word)) { Boost = boost });
        return query;
    }

    private static readonly DisjunctionMaxQuery[] Queries =
    [
        Disjunction(("bio", "sepsis", 1f), ("topics", "sepsis", 3f), ("bio", "qi", 0.4f), ("topics", "qi", 0.9f)),
        Disjunction(("bio", "asthma", 1f), ("topics", "dementia", 2f)),   // rare words: sparse windows
        Disjunction(("bio", "frailty", 1f)),
        Disjunction(("bio", "nosuchword", 1f), ("topics", "lean", 1f)),
    ];

    private List<(int Doc, float Score, int Freq)> Walk(Query query, Func<Scorer, int, int> step) => _index.Walk(query, step);

    private static void Same(List<(int Doc, float Score, int Freq)> expected, List<(int Doc, float Score, int Freq)> actual) =>
        RandomWordsIndex.Same(expected, actual, 1e-5f);

    [Fact]
    public void Stepping_through_every_match_gives_lucenes_documents_scores_and_counts()
    {
        foreach (var query in Queries)
        {
            Same(Walk(query, (s, _) => s.NextDoc()), Walk(new WindowedDisjunctionMaxQuery(query), (s, _) => s.NextDoc()));
        }
        Assert.True(Walk(Queries[0], (s, _) => s.NextDoc()).Count > 2_000); // many full windows were crossed
    }

    [Fact]
    public void Advancing_by_jumps_within_and_beyond_a_window_lands_where_lucene_does()
    {
        foreach (var query in Queries)
            foreach (var seed in new[] { 1, 2, 3 })
            {
                Func<Scorer, int, int> Jumps()
                {
                    var random = new Random(seed);
                    return (scorer, doc) => scorer.Advance(doc + 1 + (random.Next(4) == 0 ? random.Next(3_000) : random.Next(40)));
                }
                Same(Walk(query, Jumps()), Walk(new WindowedDisjunctionMaxQuery(query), Jumps()));
            }
    }

    [Fact]
    public void In_a_boolean_query_and_under_a_filter_the_top_hits_are_lucenes()
    {
        var filter = new QueryWrapperFilter(new TermQuery(new Term("topics", "spc")));
        Query Boolean(Func<DisjunctionMaxQuery, Query> wrap) => new BooleanQuery(disableCoord: false)
        {
            { wrap(Queries[0]), Occur.SHOULD },
            { wrap(Queries[1]), Occur.SHOULD },
        };
        foreach (var (plain, windowed) in new (Query, Query)[]
        {
            (Boolean(q => q), Boolean(q => new WindowedDisjunctionMaxQuery(q))),
            (new FilteredQuery(Queries[0], filter), new FilteredQuery(new WindowedDisjunctionMaxQuery(Queries[0]), filter)),
        })
        {
            var expected = _index.Searcher.Search(plain, 50);
            var actual = _index.Searcher.Search(windowed, 50);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => d.Score), actual.ScoreDocs.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-5f);
        }
    }

    public void Dispose() => _index.Dispose();
}
