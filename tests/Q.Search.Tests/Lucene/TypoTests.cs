using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>Typos are searched for words the index barely knows, not for words it holds widely.</summary>
public sealed class TypoTests : TempFolderTests, IAsyncLifetime
{
    private LuceneSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = new LuceneSearchIndex(Root, 0);
        await _index.InitialiseAsync();
        var people = Enumerable.Range(1, PlanQuery.KnownWordDocuments)
            .Select(i => Up(Person($"c{i}", $"Carer {i}", bio: "Works on frailty in the community.")))
            .Append(Up(Person("t1", "Tess Typo", bio: "Works on frialty pathways.")))
            .Append(Up(Person("s1", "Sam Sepsis", bio: "Leads sepsis screening.")))
            .ToArray<IndexOperation>();
        await _index.ApplyAsync(people, 1);
    }

    public async Task DisposeAsync()
    {
        await _index.DisposeAsync();
    }

    private async Task<string[]> Search(string text) =>
        (await _index.SearchPeopleAsync(new PeopleQuery(Plan(text), MemberFilter.None, 20, 0, Audience.Public))).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public async Task A_word_many_documents_hold_finds_only_itself_not_its_misspellings()
    {
        var ids = await Search("frailty");
        Assert.Equal(PlanQuery.KnownWordDocuments, ids.Length);
        Assert.DoesNotContain("t1", ids);
    }

    [Fact]
    public async Task A_word_the_index_barely_knows_still_finds_close_matches_below_the_exact_one()
    {
        // "frialty" is in one document (someone else's typo): it is found first, then the people it was meant for.
        var ids = await Search("frialty");
        Assert.Equal("t1", ids[0]);
        Assert.Equal(PlanQuery.KnownWordDocuments + 1, ids.Length);
        // A word the index does not hold at all: typos only.
        Assert.Equal(["s1"], await Search("sepsus"));
    }
}
