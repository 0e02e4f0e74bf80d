using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Contract;

public abstract partial class SearchIndexContract<TFixture>
{
    [SkippableFact]
    public async Task A_topic_held_as_expert_outranks_a_passing_mention_in_a_bio()
    {
        var index = await IndexWithAsync(
            Up(Person("mention", "Bea Bio", bio: "Ward manager. Sepsis came up once in a project on sepsis and sepsis audits, and I read about sepsis.")),
            Up(Person("expert", "Ed Expert", bio: "Emergency nurse.", topics: [Topic("t-sepsis", "Sepsis", TopicLevel.Expert, "septicaemia")])),
            Up(Person("interest", "Ivy Interest", topics: [Topic("t-sepsis", "Sepsis", TopicLevel.Interest)])));
        var page = await People(index, Plan("sepsis"));
        Assert.Equal("expert", page.Hits[0].Id);
        Assert.Contains("expert in Sepsis", page.Hits[0].Reasons);
        Assert.Equal(3, page.TotalCount);
        Assert.True(Array.IndexOf(Ids(page), "interest") < Array.IndexOf(Ids(page), "mention"), "a declared interest outranks a bio mention");
        Assert.Contains(page.Hits.Single(h => h.Id == "interest").Reasons, r => r == "interested in Sepsis");
    }

    [SkippableFact]
    public async Task A_typo_matches_but_ranks_below_an_exact_match()
    {
        var index = await IndexWithAsync(
            Up(Person("typo", "Tom Typo", bio: "Improving handovr between shifts")),
            Up(Person("exact", "Eve Exact", bio: "Improving handover between shifts")));
        Assert.Equal(["exact", "typo"], Ids(await People(index, Plan("handover"))));

        var misspelt = await People(index, Plan("sepsus"));
        Assert.Empty(misspelt.Hits);
        index = await IndexWithAsync(Up(Person("s", "Sam Smith", bio: "Leads sepsis screening")));
        var hit = Assert.Single((await People(index, Plan("sepsus"))).Hits);
        Assert.Contains("close match \"sepsus\" → \"sepsis\"", hit.Reasons);
    }

    [SkippableFact]
    public async Task Hits_matching_every_clause_rank_before_partial_matches()
    {
        var index = await IndexWithAsync(
            Up(Person("partial", "Pat Partial", topics: [Topic("t-sepsis", "Sepsis", TopicLevel.Expert)])),
            Up(Person("both", "Bo Both", bio: "Screening for sepsis in care homes")),
            Up(Person("none", "Nan None", bio: "Falls")));
        var page = await People(index, Plan("sepsis", "screening"));
        Assert.Equal(["both", "partial"], Ids(page));
    }

    [SkippableFact]
    public async Task Names_match_without_diacritics_and_apostrophes()
    {
        var index = await IndexWithAsync(
            Up(Person("siobhan", "Siobhán O'Neill")),
            Up(Person("sean", "Seán O’Brien")),
            Up(Person("other", "Neil Oakes")));
        Assert.Equal(["siobhan"], Ids(await People(index, Plan("siobhan", "oneill"))).Take(1));
        Assert.Equal(["siobhan"], Ids(await People(index, Plan("O'Neill"))));
        Assert.Equal(["siobhan"], Ids(await People(index, Plan("Siobhán"))));
        Assert.Equal(["sean"], Ids(await People(index, Plan("obrien"))));
        Assert.Equal(["sean"], Ids(await People(index, Plan("O'Brien"))));
        var hit = (await People(index, Plan("oneill"))).Hits.Single();
        Assert.Contains(hit.Highlights.Single(h => h.Field == "name").Fragments, f => f.Contains("<em>", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("paediatric", "pediatric")]
    [InlineData("organisation", "organization")]
    [InlineData("anaesthesia", "anesthesia")]
    [InlineData("haemorrhage", "hemorrhage")]
    [InlineData("optimise", "optimize")]
    [InlineData("behaviour", "behavior")]
    public async Task British_and_American_spellings_find_each_other(string british, string american)
    {
        var index = await IndexWithAsync(
            Up(Person("uk", "Una Kingdom", bio: $"Work on {british} care")),
            Up(Person("us", "Sam States", bio: $"Work on {american} care")));
        Assert.Equal(["uk", "us"], Ids(await People(index, Plan(british))).Order());
        Assert.Equal(["uk", "us"], Ids(await People(index, Plan(american))).Order());
    }

    [SkippableFact]
    public async Task An_alternative_matches_with_its_reason_and_below_the_words_themselves()
    {
        var index = await IndexWithAsync(
            Up(Person("long", "Lee Long", bio: "We ran Plan-Do-Study-Act cycles on discharge")),
            Up(Person("short", "Sue Short", bio: "We ran PDSA cycles on discharge")));
        var plan = Plan(new QueryClause("PDSA", false, false, [new Alternative("Plan-Do-Study-Act", true, 0.5, "synonym", "Plan-Do-Study-Act")]));
        var page = await People(index, plan);
        Assert.Equal(["short", "long"], Ids(page));
        Assert.Contains("matched \"PDSA\" through \"Plan-Do-Study-Act\" in bio", page.Hits[1].Reasons);
        Assert.Contains("\"PDSA\" in bio", page.Hits[0].Reasons);
        Assert.Contains(page.Hits[1].Highlights.Single(h => h.Field == "bio").Fragments, f => f.Contains("<em>Plan</em>", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Highlights_escape_html_around_the_matched_words()
    {
        var index = await IndexWithAsync(Up(Person("x", "Xena X", bio: "<script>alert(1)</script> sepsis & delirium")));
        var hit = Assert.Single((await People(index, Plan("sepsis"))).Hits);
        var fragment = Assert.Single(hit.Highlights.Single(h => h.Field == "bio").Fragments);
        Assert.DoesNotContain("<script>", fragment, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", fragment, StringComparison.Ordinal);
        Assert.Contains("<em>sepsis</em>", fragment, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Hostile_plans_answer_cleanly()
    {
        var index = await IndexWithAsync(Up(Person("x", "Xena X", bio: "sepsis")));
        var huge = new string('a', 5_000);
        QueryPlan[] plans =
        [
            Plan("AND (", "title:sepsis", "\"", "*", "?", "~2", "\\", "-", "+", "!", "{}", "[]", "^", "||"),
            Plan(huge),
            Plan(Enumerable.Range(0, 500).Select(i => $"word{i}").ToArray()),
            Plan(new QueryClause("sepsis", true, true, Enumerable.Range(0, 200).Select(i => new Alternative($"alt {i} words", true, 0.5, "synonym", "x")).ToArray())),
            Plan(new QueryClause("", false, false, [])),
            Plan(new QueryClause("the", false, false, [new Alternative("", false, double.NaN, "synonym", "")])),
            Plan(new QueryClause(string.Join(' ', Enumerable.Repeat("sepsis", 300)), true, false, [])),
        ];
        foreach (var plan in plans)
        {
            await People(index, plan);
            await People(index, plan, first: int.MaxValue, offset: int.MaxValue);
            await People(index, plan, first: -5, offset: -5);
            await index.SearchResourcesAsync(new ResourceQuery(plan, ResourceFilter.None, 10, 0));
        }
    }
}
