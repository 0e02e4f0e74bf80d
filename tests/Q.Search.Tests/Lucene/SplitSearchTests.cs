using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// A search split across parts of the index gives the page, order, scores and counts of one pass. Scores agree to
/// float rounding, not to the bit: a scorer moved straight to its part's first document sums its clauses in another
/// order, so hits whose scores differ only in the last bits may swap places.
/// </summary>
public sealed class SplitSearchTests : TempFolderTests
{
    [Fact]
    public async Task Split_and_whole_searches_agree_on_every_hit_score_total_and_facet()
    {
        string[] regions = ["wales", "scotland", "london", "yorkshire-and-humber"];
        string[] words = ["sepsis", "frailty", "falls prevention", "statistical process control", "PDSA cycles", "dementia care", "patient safety"];
        var random = new Random(11);
        var people = new List<IndexOperation>();
        for (var i = 0; i < 600; i++)
        {
            // Every tenth person is a copy of the one before (equal scores: ties must break the same way).
            var w = i % 10 == 9 ? (i - 1) % words.Length : random.Next(words.Length);
            var bio = i % 10 == 9 ? $"Works on {words[(i - 1) % words.Length]}." : $"Works on {words[w]} and {words[random.Next(words.Length)]}.";
            people.Add(Up(Person($"m{i:D4}", $"Member {i}", bio: bio, region: regions[i % regions.Length],
                role: (MemberRole)(i % 3), topics: i % 4 == 0 ? [Topic("t-" + w, words[w], TopicLevel.Expert)] : null)));
        }
        await using var index = new LuceneSearchIndex(Path.Combine(Root, "data"), 0);
        await index.InitialiseAsync();
        // Several batches: several segments, so parts cross segment boundaries too.
        foreach (var batch in people.Chunk(150)) await index.ApplyAsync(batch, 1);

        var queries = new[]
        {
            new PeopleQuery(QueryUnderstanding.Plan("sepsis", Vocabulary.BuiltIn), MemberFilter.None, 20, 0, Audience.Public),
            new PeopleQuery(QueryUnderstanding.Plan("SPC falls", Vocabulary.BuiltIn), new MemberFilter(RegionId: "wales"), 10, 5, Audience.Public),
            new PeopleQuery(QueryUnderstanding.Plan("patient safety dementia", Vocabulary.BuiltIn), MemberFilter.None, 50, 40, new Audience(Visibility.Members)),
            new PeopleQuery(QueryUnderstanding.Plan("frialty", Vocabulary.BuiltIn), new MemberFilter(Role: MemberRole.Frontline), 20, 0, Audience.Public),
        };
        var (minimum, parts) = (SplitSearch.MinPartDocuments, SplitSearch.MaxParts);
        try
        {
            foreach (var query in queries)
            {
                (SplitSearch.MinPartDocuments, SplitSearch.MaxParts) = (1, 1);
                var whole = await index.SearchPeopleAsync(query);
                (SplitSearch.MinPartDocuments, SplitSearch.MaxParts) = (50, 3);
                var split = await index.SearchPeopleAsync(query);

                Assert.True(whole.TotalCount > 0, query.Plan.Original);
                Assert.Equal(whole.TotalCount, split.TotalCount);
                AssertSameRanking(whole.Hits, split.Hits);
                Assert.Equal(whole.Facets.Region, split.Facets.Region);
                Assert.Equal(whole.Facets.Role, split.Facets.Role);
                Assert.Equal(whole.Facets.Topic, split.Facets.Topic);
            }
        }
        finally
        {
            (SplitSearch.MinPartDocuments, SplitSearch.MaxParts) = (minimum, parts);
        }
    }

    /// <summary>Same length; scores equal within 1e-5 relative; the same people within each run of (so) equal scores,
    /// with the same reasons — except a run the page cuts off, whose members beyond the page may differ.</summary>
    private static void AssertSameRanking(IReadOnlyList<SearchHit> whole, IReadOnlyList<SearchHit> split)
    {
        Assert.Equal(whole.Count, split.Count);
        static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-5 * Math.Max(Math.Abs(a), Math.Abs(b));
        for (var i = 0; i < whole.Count; i++) Assert.True(Near(whole[i].Score, split[i].Score), $"hit {i}: {whole[i].Score} vs {split[i].Score}");
        var byId = split.ToDictionary(h => h.Id);
        for (var start = 0; start < whole.Count;)
        {
            var end = start + 1;
            while (end < whole.Count && Near(whole[end].Score, whole[start].Score)) end++;
            if (end < whole.Count)
            {
                Assert.Equal(whole.Skip(start).Take(end - start).Select(h => h.Id).Order(), split.Skip(start).Take(end - start).Select(h => h.Id).Order());
                foreach (var hit in whole.Skip(start).Take(end - start)) Assert.Equal(hit.Reasons, byId[hit.Id].Reasons);
            }
            start = end;
        }
    }
}
