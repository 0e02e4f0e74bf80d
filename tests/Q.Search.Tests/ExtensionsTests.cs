using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
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
        builder.Configuration.AddInMemoryCollection(settings);
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
    public async Task An_unknown_engine_fails_at_start()
    {
        using var host = Build(new() { ["Search:Engine"] = "solr", ["Search:DataDirectory"] = _root });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Search:Engine", error.Message, StringComparison.Ordinal);
    }
}
