using System.Globalization;
using System.Text;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Xunit.Abstractions;

namespace Q.Search.Tests.Relevance;

/// <summary>
/// Relevance you can measure: the judged queries of <c>Relevance/judgements.json</c>, planned by
/// <see cref="QueryUnderstanding.Plan"/> with the built-in vocabulary, searched on the <see cref="RelevanceCorpus"/>,
/// scored as nDCG@10. The per-query table, the per-category means and two baselines (no vocabulary; raw words) are
/// written to the test output so the figures in docs/search.md can be checked and quoted.
/// </summary>
public sealed class RelevanceTests(RelevanceCorpus corpus, ITestOutputHelper output) : IClassFixture<RelevanceCorpus>
{
    /// <summary>Mean nDCG@10 with the vocabulary must stay at or above this: measured 0.946 (docs/search.md, "Relevance"), less a modest margin.</summary>
    public const double Threshold = 0.90;

    public const int K = 10;

    private static readonly Vocabulary NoVocabulary = Vocabulary.Parse("""{"concepts":[]}""", "empty vocabulary");

    private enum Mode { Vocabulary, NoVocabulary, RawWords }

    [Fact]
    public void The_judged_set_is_well_formed()
    {
        var queries = corpus.Judged.Queries;
        Assert.True(queries.Count >= 40, $"{queries.Count} judged queries; at least 40 wanted");
        Assert.Equal(queries.Count, queries.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var q in queries)
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Query), q.Id);
            Assert.Contains(q.Kind, new[] { "people", "resources" });
            Assert.Contains(q.Audience, new[] { "public", "members" });
            Assert.NotEmpty(q.Judgements);
            foreach (var (id, grade) in q.Judgements)
            {
                Assert.InRange(grade, 1, 3);
                Assert.True(q.Kind == "people" ? corpus.HandWritten.ContainsKey(id) : corpus.DocumentIds.Contains(id),
                    $"{q.Id}: judged id '{id}' is not a hand-written {(q.Kind == "people" ? "member" : "resource")} of the corpus");
                if (q.Kind == "people") Assert.True(Passes(corpus.HandWritten[id], q.Filter), $"{q.Id}: judged member '{id}' does not pass the query's filter");
            }
            foreach (var rule in q.Demo ?? [])
            {
                Assert.InRange(rule.Grade, 0, 3);
                Assert.True(WireName<TopicLevel>.TryParse(rule.MinLevel, out _), $"{q.Id}: minLevel '{rule.MinLevel}'");
                Assert.True(rule.Topics is { Count: > 0 } ^ rule.Name is not null, $"{q.Id}: a demo rule has topics or a name");
                foreach (var topic in rule.Topics ?? []) Assert.Contains(corpus.Demo.Topics, t => t.Id == topic);
            }
            if (q.Filter?.Role is { } role) Assert.True(WireName<MemberRole>.TryParse(role, out _), $"{q.Id}: role '{role}'");
            if (q.Filter?.Region is { } region) Assert.NotNull(Region.Find(region));
        }
        foreach (var category in new[] { "synonym", "spelling", "typo", "name", "broader", "expert", "multi", "phrase", "filter", "access", "resource" })
            Assert.Contains(queries, q => q.Category == category);
    }

    [Fact]
    public async Task Mean_nDCG_at_10_meets_the_threshold_and_the_vocabulary_earns_its_keep()
    {
        var rows = new List<(JudgedQuery Query, double Full, double NoVocabulary, double Raw, IReadOnlyList<(string Id, int Grade)> Top)>();
        foreach (var query in corpus.Judged.Queries)
        {
            var grades = Grades(query);
            var (full, top) = await NdcgAsync(query, grades, Mode.Vocabulary);
            var (noVocabulary, _) = await NdcgAsync(query, grades, Mode.NoVocabulary);
            var (raw, _) = await NdcgAsync(query, grades, Mode.RawWords);
            rows.Add((query, full, noVocabulary, raw, top));
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Relevance: {rows.Count} judged queries, nDCG@{K}, corpus = demo community ({RelevanceCorpus.DemoMembers} members, seed {RelevanceCorpus.DemoSeed}) + {corpus.HandWritten.Count} hand-written profiles");
        text.AppendLine("| query | category | nDCG@10 | no vocabulary | raw words | top 5 (grade) |");
        text.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var r in rows)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{r.Query.Query.Replace("|", "\\|", StringComparison.Ordinal)}`{Describe(r.Query)} | {r.Query.Category} | {r.Full:0.000} | {r.NoVocabulary:0.000} | {r.Raw:0.000} | {string.Join(", ", r.Top.Take(5).Select(t => $"{Short(t.Id)}({t.Grade})"))} |");
        text.AppendLine();
        text.AppendLine("| category | queries | nDCG@10 | no vocabulary | raw words |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var g in rows.GroupBy(r => r.Query.Category))
            text.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key} | {g.Count()} | {g.Average(r => r.Full):0.000} | {g.Average(r => r.NoVocabulary):0.000} | {g.Average(r => r.Raw):0.000} |");
        var mean = rows.Average(r => r.Full);
        var meanNoVocabulary = rows.Average(r => r.NoVocabulary);
        var meanRaw = rows.Average(r => r.Raw);
        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {rows.Count} | **{mean:0.000}** | {meanNoVocabulary:0.000} | {meanRaw:0.000} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"threshold {Threshold:0.000}");
        output.WriteLine(text.ToString());

        Assert.True(mean >= Threshold, $"mean nDCG@{K} {mean:0.000} is below the threshold {Threshold:0.000}");
        Assert.True(mean > meanNoVocabulary, $"the vocabulary should add something: {mean:0.000} with it, {meanNoVocabulary:0.000} without");
        var misses = rows.Where(r => r.Full == 0 && r.Query.KnownMiss is null).Select(r => r.Query.Id).ToArray();
        Assert.True(misses.Length == 0, $"queries scoring 0 that are not documented known misses: {string.Join(", ", misses)}");
    }

    [Fact]
    public async Task A_declared_expert_ranks_above_a_passing_mention()
    {
        foreach (var query in corpus.Judged.Queries.Where(q => q.Order is { Count: > 1 }))
        {
            // A passing mention may rank below every demo expert, so look further than one page.
            var plan = QueryUnderstanding.Plan(query.Query, Vocabulary.BuiltIn);
            var ids = new List<string>();
            for (var offset = 0; offset < 2_000; offset += LuceneMaxPage)
            {
                var page = await SearchAsync(query, plan, LuceneMaxPage, offset);
                ids.AddRange(page.Select(h => h.Id));
                if (page.Count < LuceneMaxPage || query.Order!.All(ids.Contains)) break;
            }
            var ranks = query.Order!.Select(id => (Id: id, Rank: ids.IndexOf(id))).ToArray();
            output.WriteLine($"{query.Id}: {string.Join(" > ", ranks.Select(r => $"{r.Id} #{r.Rank + 1}"))}");
            Assert.All(ranks, r => Assert.True(r.Rank >= 0, $"{query.Id}: {r.Id} not found"));
            for (var i = 1; i < ranks.Length; i++)
                Assert.True(ranks[i - 1].Rank < ranks[i].Rank, $"{query.Id}: {ranks[i - 1].Id} (#{ranks[i - 1].Rank + 1}) should rank above {ranks[i].Id} (#{ranks[i].Rank + 1})");
        }
    }

    /// <summary>A broader concept finds the experts of narrower ones. A query documented as a known miss only reports what it misses.</summary>
    [Fact]
    public async Task A_broader_concept_finds_the_narrower_ones()
    {
        foreach (var query in corpus.Judged.Queries.Where(q => q.MustFind is { Count: > 0 }))
        {
            var plan = QueryUnderstanding.Plan(query.Query, Vocabulary.BuiltIn);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var offset = 0; offset < 5_000; offset += LuceneMaxPage)
            {
                var page = await SearchAsync(query, plan, LuceneMaxPage, offset);
                ids.UnionWith(page.Select(h => h.Id));
                if (page.Count < LuceneMaxPage) break;
            }
            var missing = query.MustFind!.Where(id => !ids.Contains(id)).ToArray();
            output.WriteLine($"{query.Id}: {ids.Count} found; missing {(missing.Length == 0 ? "none" : string.Join(", ", missing))}{(query.KnownMiss is null ? "" : " (known miss)")}");
            if (query.KnownMiss is null) Assert.Empty(missing);
        }
    }

    [Fact]
    public async Task Members_only_text_is_never_found_by_the_public()
    {
        foreach (var query in corpus.Judged.Queries.Where(q => q.Forbidden is { Count: > 0 }))
        {
            var hits = await SearchAsync(query, QueryUnderstanding.Plan(query.Query, Vocabulary.BuiltIn), 100);
            Assert.NotEmpty(hits);
            foreach (var id in query.Forbidden!) Assert.DoesNotContain(hits, h => h.Id == id);
        }
    }

    /// <summary>nDCG@10: DCG = Σ (2^g − 1) / log2(rank + 1) over the top ten; the ideal ranks every judged grade best first.</summary>
    private async Task<(double Ndcg, IReadOnlyList<(string Id, int Grade)> Top)> NdcgAsync(JudgedQuery query, IReadOnlyDictionary<string, int> grades, Mode mode)
    {
        var plan = mode switch
        {
            Mode.Vocabulary => QueryUnderstanding.Plan(query.Query, Vocabulary.BuiltIn),
            Mode.NoVocabulary => QueryUnderstanding.Plan(query.Query, NoVocabulary),
            _ => RawWords(QueryUnderstanding.Plan(query.Query, NoVocabulary)),
        };
        var hits = await SearchAsync(query, plan, K);
        var top = hits.Select(h => (h.Id, grades.GetValueOrDefault(h.Id))).ToArray();
        if (mode == Mode.Vocabulary && Environment.GetEnvironmentVariable("Q_RELEVANCE_EXPLAIN") is { } explain
            && (explain == "*" || explain.Split(',').Contains(query.Id)))
            Explain(query, hits, grades);
        var dcg = Dcg(top.Select(t => t.Item2));
        var ideal = Dcg(grades.Values.OrderByDescending(g => g).Take(K));
        return (ideal == 0 ? 0 : dcg / ideal, top);
    }

    private const int LuceneMaxPage = Q.Search.Lucene.LuceneSearchIndex.MaxPageSize;

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(JudgedQuery query, QueryPlan plan, int first, int offset = 0) => query.Kind == "resources"
        ? (await corpus.Index.SearchResourcesAsync(new ResourceQuery(plan, ResourceFilter.None, first, offset))).Hits
        : (await corpus.Index.SearchPeopleAsync(new PeopleQuery(plan, Filter(query.Filter), first, offset, AudienceOf(query)))).Hits;

    /// <summary>With Q_RELEVANCE_EXPLAIN=* (or a comma-separated list of query ids): each hit's grade, score, name and reasons.</summary>
    private void Explain(JudgedQuery query, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, int> grades)
    {
        output.WriteLine($"-- {query.Id}: {query.Query}");
        var members = corpus.Demo.Members.ToDictionary(m => m.Id);
        foreach (var h in hits)
        {
            var name = corpus.HandWritten.TryGetValue(h.Id, out var m) || members.TryGetValue(h.Id, out m) ? m.Name : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {grades.GetValueOrDefault(h.Id)} {h.Score,8:0.000} {h.Id} {name}: {string.Join("; ", h.Reasons)}"));
        }
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();

    /// <summary>The words only: no synonyms, acronyms, narrower concepts or spelling alternatives, no typos.</summary>
    private static QueryPlan RawWords(QueryPlan plan) =>
        new(plan.Original, plan.Clauses.Select(c => c with { Alternatives = [], AllowTypos = false }).ToArray());

    /// <summary>The hand-written judgements, and the demo community's members or documents graded by the query's rules.</summary>
    private Dictionary<string, int> Grades(JudgedQuery query)
    {
        var grades = new Dictionary<string, int>(query.Judgements, StringComparer.Ordinal);
        foreach (var rule in query.Demo ?? [])
        {
            if (rule.Name is { } name)
            {
                var words = SearchText.Words(name);
                foreach (var m in corpus.Demo.Members.Where(m => Passes(m, query.Filter) && words.All(SearchText.Words(m.Name).Contains)))
                    Raise(grades, m.Id, rule.Grade);
                continue;
            }
            var topics = rule.Topics ?? [];
            if (query.Kind == "resources")
            {
                foreach (var r in corpus.Demo.Resources.Where(r => topics.All(r.Topics.Contains)))
                    Raise(grades, r.Id, rule.Grade);
                foreach (var p in corpus.Demo.Projects.Where(p => topics.All(p.Topics.Contains)))
                    Raise(grades, SearchDocumentBuilder.ProjectPrefix + p.Id, rule.Grade);
                continue;
            }
            var minLevel = WireName<TopicLevel>.Parse(rule.MinLevel);
            var audience = AudienceOf(query);
            foreach (var m in corpus.Demo.Members)
            {
                if (!Passes(m, query.Filter) || !audience.Allows(m.Visibility.Topics, m.Id)) continue;
                if (topics.All(t => m.Topics.Any(mt => mt.TopicId == t && mt.Level >= minLevel))) Raise(grades, m.Id, rule.Grade);
            }
        }
        return grades.Where(g => g.Value > 0).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
    }

    private static void Raise(Dictionary<string, int> grades, string id, int grade)
    {
        if (!grades.TryGetValue(id, out var had) || had < grade) grades[id] = grade;
    }

    private static bool Passes(Member m, JudgedFilter? filter) =>
        (filter?.Region is not { } region || m.RegionId == region) &&
        (filter?.Role is not { } role || WireName<MemberRole>.Of(m.Role) == role);

    private static MemberFilter Filter(JudgedFilter? filter) =>
        filter is null ? MemberFilter.None : new MemberFilter(RegionId: filter.Region, Role: filter.Role is { } r ? WireName<MemberRole>.Parse(r) : null);

    private static Audience AudienceOf(JudgedQuery query) => query.Audience == "members" ? new Audience(Visibility.Members) : Audience.Public;

    private static string Describe(JudgedQuery q)
    {
        var parts = new List<string>();
        if (q.Kind == "resources") parts.Add("resources");
        if (q.Audience == "members") parts.Add("members");
        if (q.Filter?.Region is { } region) parts.Add($"region={region}");
        if (q.Filter?.Role is { } role) parts.Add($"role={role}");
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static string Short(string id) => id.StartsWith("rel-", StringComparison.Ordinal) ? id[4..] : id;
}
