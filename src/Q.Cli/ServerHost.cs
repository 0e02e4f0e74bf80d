using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Q.Graph;
using Q.GraphQL;

namespace Q.Cli;

/// <summary>The web application `q serve` runs; `q bench` and the tests start the very same one.</summary>
public static class ServerHost
{
    public static WebApplication Build(string dataDir, string urls, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{GraphStoreOptions.Section}:{nameof(GraphStoreOptions.DataDirectory)}"] = dataDir,
            ["urls"] = urls,
        });
        builder.AddGraphStore();
        builder.AddQGraphQL();
        var app = builder.Build();
        app.MapQGraphQL();
        return app;
    }
}
