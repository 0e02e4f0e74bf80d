using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Q.Graph;
using Q.Search;

namespace Q.Cli.Commands;

/// <summary>
/// Which graph and search engines a command works on, and where they are: one option set for <c>serve</c>,
/// <c>import</c>, <c>export</c>, <c>seed</c> and <c>reindex</c>, so moving data between engines is the same command
/// with other options. Each value is found by one rule: the option, else its short environment variable
/// (<c>Q_NEO4J_URL</c>, like <c>Q_DATA_DIR</c>), else the configuration key (<c>GraphStore__Neo4jUrl</c> in the
/// environment or <c>GraphStore:Neo4jUrl</c> in appsettings.json), else the engine's default.
/// <para>
/// No option has a default value factory: System.CommandLine prints defaults in <c>--help</c>, and a password
/// read from the environment must never be printed.
/// </para>
/// </summary>
internal sealed class BackendOptions
{
    /// <summary>One setting: its option, its short environment variable and the configuration key it sets.</summary>
    internal sealed record Setting(Option<string?> Option, string ShortVariable, string Key, bool Secret = false);

    public static readonly string[] GraphEngines = ["sqlite", "neo4j"];

    public Setting Graph { get; } = Make("--graph", "Q_GRAPH", GraphStoreOptions.Section, nameof(GraphStoreOptions.Engine),
        "The graph engine: sqlite (embedded, in the data folder) or neo4j", GraphEngines);

    public Setting Neo4jUrl { get; } = Make("--neo4j-url", "Q_NEO4J_URL", GraphStoreOptions.Section, nameof(GraphStoreOptions.Neo4jUrl),
        "Neo4j's HTTP address, e.g. http://localhost:7474");

    public Setting Neo4jUser { get; } = Make("--neo4j-user", "Q_NEO4J_USER", GraphStoreOptions.Section, nameof(GraphStoreOptions.Neo4jUser),
        "The Neo4j user");

    public Setting Neo4jPassword { get; } = Make("--neo4j-password", "Q_NEO4J_PASSWORD", GraphStoreOptions.Section, nameof(GraphStoreOptions.Neo4jPassword),
        "The Neo4j password (prefer the environment variable: options are visible in process lists)", secret: true);

    public Setting Neo4jDatabase { get; } = Make("--neo4j-database", "Q_NEO4J_DATABASE", GraphStoreOptions.Section, nameof(GraphStoreOptions.Neo4jDatabase),
        "The Neo4j database (neo4j if not set)");

    public Setting Search { get; } = Make("--search", "Q_SEARCH", SearchIndexOptions.Section, nameof(SearchIndexOptions.Engine),
        "The search engine: lucene (embedded, in the data folder) or elasticsearch", [.. Q.Search.Extensions.Engines]);

    public Setting ElasticsearchUrl { get; } = Make("--elasticsearch-url", "Q_ELASTICSEARCH_URL", SearchIndexOptions.Section, nameof(SearchIndexOptions.ElasticsearchUrl),
        "Elasticsearch's address, e.g. http://localhost:9200");

    public Setting ElasticsearchApiKey { get; } = Make("--elasticsearch-api-key", "Q_ELASTICSEARCH_API_KEY", SearchIndexOptions.Section, nameof(SearchIndexOptions.ElasticsearchApiKey),
        "An Elasticsearch API key (prefer the environment variable: options are visible in process lists)", secret: true);

    public IReadOnlyList<Setting> All => [Graph, Neo4jUrl, Neo4jUser, Neo4jPassword, Neo4jDatabase, Search, ElasticsearchUrl, ElasticsearchApiKey];

    /// <summary>The graph settings only, for commands that never touch the search index (import, export, seed).</summary>
    public IReadOnlyList<Setting> GraphOnly => [Graph, Neo4jUrl, Neo4jUser, Neo4jPassword, Neo4jDatabase];

    private static Setting Make(string name, string shortVariable, string section, string property, string what,
        string[]? allowed = null, bool secret = false)
    {
        var key = $"{section}:{property}";
        var option = new Option<string?>(name)
        {
            Description = $"{what} (default: ${shortVariable}, else ${key.Replace(":", "__", StringComparison.Ordinal)}, else appsettings.json).",
            HelpName = secret ? "secret" : null,
        };
        if (allowed is not null) option.AcceptOnlyFromAmong(allowed);
        return new Setting(option, shortVariable, key, secret);
    }

    /// <summary>
    /// The configuration keys this command line (or a short environment variable) sets. <c>q serve</c> lays them over
    /// its host's configuration; the other commands over <see cref="Configuration"/>.
    /// </summary>
    /// <param name="parse">Null for a command without these options: then only the short environment variables count.</param>
    public static Dictionary<string, string?> Overrides(ParseResult? parse, IEnumerable<Setting> settings)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var s in settings)
            if ((parse?.GetValue(s.Option) ?? Environment(s.ShortVariable)) is { } value)
                overrides[s.Key] = value;
        return overrides;
    }

    /// <summary>What the commands without a host read: appsettings.json, the environment, then the overrides.</summary>
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?> overrides) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddInMemoryCollection(overrides)
        .Build();

    /// <summary>The graph store's options for a command without a host, checked the way q serve checks them.</summary>
    public static GraphStoreOptions GraphOptions(IConfiguration configuration, string dataDir)
    {
        var options = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>() ?? new GraphStoreOptions();
        options.DataDirectory = dataDir;
        if (Q.Graph.Extensions.Problem(options) is { } problem) throw new CliException($"the configuration is not valid: {problem}");
        return options;
    }

    /// <summary>The search index's options for a command without a host.</summary>
    public static SearchIndexOptions SearchOptions(IConfiguration configuration, string dataDir)
    {
        var options = configuration.GetSection(SearchIndexOptions.Section).Get<SearchIndexOptions>() ?? new SearchIndexOptions();
        options.DataDirectory = dataDir;
        if (!Q.Search.Extensions.Engines.Contains(options.Engine))
            throw new CliException($"the configuration is not valid: Search:Engine must be one of: {string.Join(", ", Q.Search.Extensions.Engines)}.");
        if (options.Engine == "elasticsearch" && !Uri.TryCreate(options.ElasticsearchUrl, UriKind.Absolute, out _))
            throw new CliException("the configuration is not valid: Search:ElasticsearchUrl must be an absolute URL when Search:Engine is 'elasticsearch'.");
        return options;
    }

    private static string? Environment(string name) => System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
}
