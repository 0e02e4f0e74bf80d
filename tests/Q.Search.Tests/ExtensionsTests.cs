using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
using Q.Graph;
using Q.Search.Lucene;

namespace Q.Search.Tests;

public sealed class ExtensionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("q-search-di-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["GraphStore:DataDirectory"] = _root });
        // As the server wires it: the graph is the source the indexer reads.
        builder.AddGraphStore();
        builder.AddSearchIndex();
        return builder.Build();
    }

    [Fact]
    public async Task Lucene_is_the_default_and_is_opened_at_start()
    {
        using var host = Build(new() { ["Search:DataDirectory"] = _root });
        await host.StartAsync();
        var index = host.Services.GetRequiredService<ISearchIndex>();
        Assert.IsType<LuceneSearchIndex>(index);
        Assert.True(await index.PingAsync());
        Assert.True(Directory.Exists(Path.Combine(_root, "search")));
        await host.StopAsync();
        await index.DisposeAsync();
    }

    [Fact]
    public async Task A_graph_write_becomes_searchable_through_the_outbox_and_an_erasure_removes_it()
    {
        using var host = Build(new() { ["Search:DataDirectory"] = _root });
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IGraphStore>();
        var index = host.Services.GetRequiredService<ISearchIndex>();
        var vocabulary = host.Services.GetRequiredService<Q.Core.Search.Vocabulary>();
        var plan = Q.Core.Search.QueryUnderstanding.Plan("paediatric sepsis", vocabulary);
        Task<string[]> Found() => index.SearchPeopleAsync(new Q.Core.Search.PeopleQuery(plan, MemberFilter.None, 10, 0, Audience.Public))
            .ContinueWith(t => t.Result.Hits.Select(h => h.Id).ToArray());

        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Q.Core.Model.Member { Id = "m-new", Name = "Nia Newcomer", Headline = "Pediatric sepsis nurse" }], ct);
            return 0;
        });
        Assert.True(await Eventually(async () => (await Found()).Contains("m-new")), "the new profile never became searchable");

        await host.Services.GetRequiredService<Q.Core.Privacy.MemberErasure>().EraseAsync("m-new", Q.Core.Model.Viewer.Administrator);
        Assert.Empty(await Found());
        Assert.False((await index.VersionsAsync(Q.Core.Search.SearchKind.Person)).ContainsKey("m-new"));
        await host.StopAsync();
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        // Bounded wait for the background indexer (it polls every 200 ms); the latency itself is benchmarked, not tested.
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (await condition()) return true;
        return false;
    }

    [Fact]
    public async Task An_unknown_engine_fails_at_start()
    {
        using var host = Build(new() { ["Search:Engine"] = "solr", ["Search:DataDirectory"] = _root });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Search:Engine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_result_cache_size_fails_at_start_naming_the_setting()
    {
        using var host = Build(new() { ["Search:ResultCacheSize"] = "-1", ["Search:DataDirectory"] = _root });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Search:ResultCacheSize", error.Message, StringComparison.Ordinal);
    }
}
