using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;

namespace Q.Search.Tests.Contract;

/// <summary>
/// What every <see cref="ISearchIndex"/> must do, whatever the engine. An engine's test class is one line:
/// <c>public sealed class XxxSearchIndexContract(XxxFixture f) : SearchIndexContract&lt;XxxFixture&gt;(f);</c>
/// </summary>
public abstract partial class SearchIndexContract<TFixture> : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : class, ISearchIndexFixture
{
    private readonly TFixture _fixture;
    private readonly List<ISearchIndex> _opened = [];

    protected SearchIndexContract(TFixture fixture) => _fixture = fixture;

    protected static Audience Members { get; } = new(Visibility.Members);

    /// <summary>A new, empty, initialised index, or the test is skipped with the engine's reason.</summary>
    protected async Task<ISearchIndex> NewIndexAsync(string? name = null)
    {
        Skip.If(_fixture.SkipReason is not null, _fixture.SkipReason);
        var index = await _fixture.OpenAsync(name ?? Guid.NewGuid().ToString("N"));
        _opened.Add(index);
        return index;
    }

    /// <summary>Closes <paramref name="index"/> and opens the same stored index again, as after a restart.</summary>
    protected async Task<ISearchIndex> ReopenAsync(ISearchIndex index, string name)
    {
        await index.DisposeAsync();
        _opened.Remove(index);
        return await NewIndexAsync(name);
    }

    protected async Task<ISearchIndex> IndexWithAsync(params IndexOperation[] operations)
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync(operations, 1);
        return index;
    }

    protected static Task<PeopleSearchPage> People(ISearchIndex index, QueryPlan plan, Audience? audience = null, MemberFilter? filter = null, int first = 20, int offset = 0) =>
        index.SearchPeopleAsync(new PeopleQuery(plan, filter ?? MemberFilter.None, first, offset, audience ?? Audience.Public));

    protected static string[] Ids(PeopleSearchPage page) => page.Hits.Select(h => h.Id).ToArray();

    protected static string[] Ids(ResourceSearchPage page) => page.Hits.Select(h => h.Id).ToArray();

    protected static int Count(IReadOnlyList<FacetValue> facet, string value) => facet.FirstOrDefault(v => v.Value == value)?.Count ?? 0;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var index in _opened) await index.DisposeAsync();
    }
}
