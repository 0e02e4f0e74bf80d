using Q.Core.Interchange;
using Q.Core.Model;
using Q.Demo;
using Q.Graph;
using Q.Suggest;

namespace Q.Suggest.Tests;

/// <summary>The service over a real (temporary SQLite) store: one member, everyone on both cores, and the served scorer from the data folder.</summary>
public sealed class SuggesterTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("q-suggester-").FullName;
    private Core.Ports.IGraphStore? _store;

    public async Task InitializeAsync()
    {
        _store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _root });
        using var lines = new MemoryStream();
        await using (var writer = new RecordWriter(lines))
            foreach (var record in DemoCommunity.Generate(300, seed: 9).Records()) await writer.WriteAsync(record);
        lines.Position = 0;
        using var reader = new StreamReader(lines);
        var result = await new Importer(_store).ImportAsync(reader, new ImportOptions(Strict: true));
        Assert.False(result.HasRejections);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Serves_one_member_and_everyone_from_the_store_and_excludes_what_it_is_told()
    {
        var models = new ModelStore(_root);
        var suggester = new Suggester(_store!, models);
        var mine = await suggester.SuggestAsync("m-000001", 10, Viewer.ForMember("m-000001"), default);
        Assert.Equal(10, mine.Count);
        Assert.Equal("adamic-adar", (await suggester.EngineAsync()).Scorer.Name); // nothing trained yet
        var ties = (await _store!.GetConnectionsOfAsync("m-000001")).Select(c => c.From == "m-000001" ? c.To : c.From).ToHashSet();
        Assert.DoesNotContain(mine, s => ties.Contains(s.MemberId) || s.MemberId == "m-000001");

        var all = await suggester.AllAsync(10, default);
        Assert.Equal(300, all.Count);
        Assert.Equal(mine.Select(s => s.MemberId), all.Single(a => a.Member == "m-000001").Suggestions.Select(s => s.MemberId));
        var exposure = (await suggester.EngineAsync()).Exposure(all);
        Assert.InRange(exposure.Gini, 0, 1);

        var optedOut = mine[0].MemberId;
        var excluding = new Suggester(_store!, models, new Exclusions(new HashSet<(string, string)> { ("m-000001", mine[1].MemberId) }, new HashSet<string> { optedOut }));
        var filtered = await excluding.SuggestAsync("m-000001", 10, Viewer.ForMember("m-000001"), default);
        Assert.DoesNotContain(filtered, s => s.MemberId == optedOut || s.MemberId == mine[1].MemberId);
    }
}

public sealed class RegistrationTests
{
    [Fact]
    public async Task AddSuggestions_registers_the_service_and_loads_the_served_scorer_at_start()
    {
        var dir = Directory.CreateTempSubdirectory("q-suggest-di-").FullName;
        try
        {
            new ModelStore(dir).WriteManifest(new Manifest { Version = 1, Served = "common-neighbours", FeatureSchema = Features.PairFeatures.Schema, Split = "s", Figures = [] });
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
            builder.Configuration["GraphStore:DataDirectory"] = dir;
            builder.AddGraphStore().AddSuggestions();
            using var host = builder.Build();
            await host.StartAsync();
            var suggester = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Suggester>(host.Services);
            Assert.Same(Heuristic.CommonNeighbours, suggester.Scorer);
            await host.StopAsync();
            if (Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Ports.IGraphStore>(host.Services) is { } store) await store.DisposeAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
