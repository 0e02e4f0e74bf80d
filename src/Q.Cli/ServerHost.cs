using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Q.Graph;
using Q.GraphQL;
using Q.Jobs;
using Q.Search;
using Q.Suggest;

namespace Q.Cli;

/// <summary>The web application `q serve` runs; `q bench` and the tests start the very same one.</summary>
public static class ServerHost
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="urls">Where to listen; null leaves it to configuration (ASPNETCORE_URLS, appsettings), else <see cref="DefaultUrls"/>.</param>
    /// <param name="settings">Configuration that wins over everything else (e.g. <c>q bench</c> lifting the rate limit).</param>
    public static WebApplication Build(string dataDir, string? urls, bool quiet = false, IReadOnlyDictionary<string, string?>? settings = null)
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
                ["urls"] = DefaultUrls,
            },
        });
        // What the command line decided wins over everything (the data folder is resolved by one rule for all commands).
        var overrides = new Dictionary<string, string?>
        {
            [$"{GraphStoreOptions.Section}:{nameof(GraphStoreOptions.DataDirectory)}"] = dataDir,
            [$"{SearchIndexOptions.Section}:{nameof(SearchIndexOptions.DataDirectory)}"] = dataDir,
        };
        if (urls is not null) overrides["urls"] = urls;
        builder.Configuration.AddInMemoryCollection(overrides);
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGraphStore();
        builder.AddSearchIndex();
        builder.AddQGraphQL();
        builder.AddSuggestions();
        builder.AddJobs();
        var app = builder.Build();
        app.MapQGraphQL();
        return app;
    }
}
