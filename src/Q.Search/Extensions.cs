using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Q.Core.Ports;
using Q.Core.Privacy;
using Q.Core.Search;
using Q.Search.Indexing;
using Q.Search.Lucene;

namespace Q.Search;

public static class Extensions
{
    /// <summary>The engines <see cref="SearchIndexOptions.Engine"/> may name.</summary>
    public static IReadOnlyList<string> Engines { get; } = ["lucene", "elasticsearch"];

    /// <summary>
    /// Registers the configured <see cref="ISearchIndex"/> as a singleton (options from the "Search" section,
    /// checked at start) and a hosted service that opens the index before the server takes requests.
    /// </summary>
    public static IHostApplicationBuilder AddSearchIndex(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchIndexOptions>()
            .BindConfiguration(SearchIndexOptions.Section)
            .Validate(o => Engines.Contains(o.Engine), $"Search:Engine must be one of: {string.Join(", ", Engines)}.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Search:DataDirectory must name a folder.")
            .Validate(o => o.ResultCacheSize >= 0, "Search:ResultCacheSize must be 0 (no cache) or more.")
            .Validate(o => o.Engine != "elasticsearch" || Uri.TryCreate(o.ElasticsearchUrl, UriKind.Absolute, out _),
                "Search:ElasticsearchUrl must be an absolute URL when Search:Engine is 'elasticsearch'.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<SearchIndexOptions>>().Value));
        builder.Services.AddHostedService<SearchIndexStartup>();
        // Keeping the index in step with the graph, and erasure reaching it.
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddHostedService<SearchIndexingService>();
        builder.Services.AddSingleton<IErasureParticipant, SearchErasure>();
        // The vocabulary: the data folder's vocabulary.json if present, else the built-in one.
        builder.Services.AddSingleton(sp => Vocabulary.ForDataDirectory(sp.GetRequiredService<IOptions<SearchIndexOptions>>().Value.DataDirectory));
        return builder;
    }

    /// <summary>The one place an engine is chosen.</summary>
    public static ISearchIndex Create(SearchIndexOptions options) => options.Engine switch
    {
        "lucene" => new LuceneSearchIndex(options.DataDirectory, options.ResultCacheSize),
        "elasticsearch" => new Elasticsearch.ElasticsearchSearchIndex(options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Engine, "unknown search engine"),
    };
}

/// <summary>Opens (or creates) the search index at start, so the first search does not pay for it.</summary>
internal sealed class SearchIndexStartup(ISearchIndex index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => index.InitialiseAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
