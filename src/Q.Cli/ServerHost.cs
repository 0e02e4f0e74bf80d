using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Q.Graph;
using Q.GraphQL;

namespace Q.Cli;

/// <summary>The web application `q serve` runs; `q bench` and the tests start the very same one.</summary>
public static class ServerHost
{
    /// <param name="settings">Configuration that wins over everything else (e.g. <c>q bench</c> lifting the rate limit).</param>
    public static WebApplication Build(string dataDir, string urls, bool quiet = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        // Defaults first, so appsettings.json and environment variables can still override them: one line per
        // request at Information would flood the console and cost latency.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = quiet ? "Warning" : "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            },
        });
        // The command line's choices win over everything.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{GraphStoreOptions.Section}:{nameof(GraphStoreOptions.DataDirectory)}"] = dataDir,
            ["urls"] = urls,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGraphStore();
        builder.AddQGraphQL();
        var app = builder.Build();
        app.MapQGraphQL();
        return app;
    }
}
