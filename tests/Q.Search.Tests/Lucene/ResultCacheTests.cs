using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// The result cache answers a repeated search from memory, but never with a page the index has moved past, and never
/// across audiences: each test asks the same question twice around something that must change the answer.
/// </summary>
public sealed class ResultCacheTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("q-cache-").FullName;
    private readonly LuceneSearchIndex _index;

    public ResultCacheTests() => _index = new LuceneSearchIndex(_data, resultCacheSize: 100);

    public async Task InitializeAsync()
    {
        await _index.InitialiseAsync();
        await _index.ApplyAsync([
            Up(Person("m1", "Ada Lovelace", 1, bio: "Runs sepsis screening.")),
            Up(Person("m2", "Bea Smith", 1, bio: "Zebrafish models of sepsis.", bioVisibility: Visibility.Members)),
        ], 2);
    }

    public async Task DisposeAsync()
    {
        await _index.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private Task<PeopleSearchPage> SearchAsync(string text, Audience audience, int first = 10) =>
        _index.SearchPeopleAsync(new PeopleQuery(Plan(text), MemberFilter.None, first, 0, audience));

    private static string[] Ids(PeopleSearchPage page) => page.Hits.Select(h => h.Id).Order().ToArray();

    [Fact]
    public async Task A_repeated_search_is_served_the_same_page()
    {
        var first = await SearchAsync("sepsis", Audience.Public);
        var second = await SearchAsync("sepsis", Audience.Public);
        Assert.Same(first, second);
        Assert.Equal(["m1"], Ids(second));
    }

    [Fact]
    public async Task A_change_applied_after_a_search_shows_in_the_same_search_repeated()
    {
        Assert.Equal(["m1"], Ids(await SearchAsync("sepsis", Audience.Public)));
        await _index.ApplyAsync([Up(Person("m1", "Ada Lovelace", 2, bio: "Runs falls prevention."))], 3);
        Assert.Empty(Ids(await SearchAsync("sepsis", Audience.Public)));
        Assert.Equal(["m1"], Ids(await SearchAsync("falls", Audience.Public)));
    }

    [Fact]
    public async Task An_erased_member_leaves_cached_pages_with_the_erasure()
    {
        Assert.Equal(["m1", "m2"], Ids(await SearchAsync("sepsis", new Audience(Visibility.Members))));
        await _index.ExpungeAsync(SearchKind.Person, "m2", 9);
        var page = await SearchAsync("sepsis", new Audience(Visibility.Members));
        Assert.Equal(["m1"], Ids(page));
        Assert.DoesNotContain(page.Hits.SelectMany(h => h.Highlights).SelectMany(h => h.Fragments), f => f.Contains("Zebrafish", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_members_page_is_never_served_to_the_public_or_to_another_member_as_their_own()
    {
        Assert.Equal(["m1", "m2"], Ids(await SearchAsync("sepsis", new Audience(Visibility.Members))));
        Assert.Equal(["m1"], Ids(await SearchAsync("sepsis", Audience.Public)));
        Assert.Empty(Ids(await SearchAsync("zebrafish", Audience.Public)));
        // Signed out, m2 still finds their own members-only text; someone else signed out does not.
        Assert.Equal(["m2"], Ids(await SearchAsync("zebrafish", new Audience(Visibility.Public, "m2"))));
        Assert.Empty(Ids(await SearchAsync("zebrafish", new Audience(Visibility.Public, "m1"))));
    }

    [Fact]
    public async Task Different_page_bounds_are_different_pages()
    {
        Assert.Single((await SearchAsync("sepsis", new Audience(Visibility.Members), first: 1)).Hits);
        Assert.Equal(2, (await SearchAsync("sepsis", new Audience(Visibility.Members), first: 2)).Hits.Count);
    }

    [Fact]
    public async Task A_cache_of_size_zero_computes_every_page()
    {
        await using var uncached = new LuceneSearchIndex(Path.Combine(_data, "other"), resultCacheSize: 0);
        await uncached.InitialiseAsync();
        await uncached.ApplyAsync([Up(Person("m1", "Ada Lovelace", 1, bio: "Runs sepsis screening."))], 1);
        var query = new PeopleQuery(Plan("sepsis"), MemberFilter.None, 10, 0, Audience.Public);
        var first = await uncached.SearchPeopleAsync(query);
        var second = await uncached.SearchPeopleAsync(query);
        Assert.NotSame(first, second);
        Assert.Equal(first.Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task The_least_recently_used_page_goes_first_when_the_cache_is_full()
    {
        await using var small = new LuceneSearchIndex(Path.Combine(_data, "small"), resultCacheSize: 2);
        await small.InitialiseAsync();
        await small.ApplyAsync([Up(Person("m1", "Ada Lovelace", 1, bio: "sepsis falls frailty"))], 1);
        Task<PeopleSearchPage> Search(string text) => small.SearchPeopleAsync(new PeopleQuery(Plan(text), MemberFilter.None, 10, 0, Audience.Public));
        var sepsis = await Search("sepsis");
        var falls = await Search("falls");
        Assert.Same(sepsis, await Search("sepsis")); // sepsis is now the most recent
        await Search("frailty");                    // evicts falls
        Assert.Same(sepsis, await Search("sepsis"));
        Assert.NotSame(falls, await Search("falls"));
    }
}
