using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, whatever the engine. An engine's test class is one line:
/// <c>public sealed class XxxGraphStoreContract : GraphStoreContract&lt;XxxFixture&gt;;</c>
/// </summary>
public abstract partial class GraphStoreContract<TFixture> : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : class, IGraphStoreFixture
{
    private readonly TFixture _fixture;
    private readonly List<IGraphStore> _opened = [];

    protected GraphStoreContract(TFixture fixture) => _fixture = fixture;

    /// <summary>A fresh empty store, or the test is skipped with the engine's reason.</summary>
    protected async Task<IGraphStore> EmptyStoreAsync()
    {
        Skip.If(_fixture.SkipReason is not null, _fixture.SkipReason);
        var store = await _fixture.CreateEmptyAsync();
        _opened.Add(store);
        return store;
    }

    protected async Task<IGraphStore> SampleStoreAsync()
    {
        var store = await EmptyStoreAsync();
        await Sample.LoadAsync(store);
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
    }

    protected static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    protected static string[] Ids(MemberPage page) => page.Members.Select(m => m.Id).ToArray();
}
