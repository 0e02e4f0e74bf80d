using Q.Core.Ports;
using Q.Search.Elasticsearch;

namespace Q.Search.Tests.Elasticsearch;

/// <summary>
/// A live Elasticsearch server for the shared search contract and the smoke test, when
/// <c>Q_TEST_ELASTICSEARCH_URL</c> (and, if the server needs one, <c>Q_TEST_ELASTICSEARCH_API_KEY</c>) is set;
/// otherwise every test that needs it is skipped with <see cref="SkipReason"/>. Each run uses its own index prefix
/// (q-test-{random}-{n}) and deletes its indexes when done, so runs never see each other's documents.
/// It runs the shared search contract (<see cref="ElasticsearchSearchIndexContract"/>).
/// </summary>
public sealed class ElasticsearchFixture : IAsyncLifetime, Contract.ISearchIndexFixture
{
    public const string UrlVariable = "Q_TEST_ELASTICSEARCH_URL";
    public const string ApiKeyVariable = "Q_TEST_ELASTICSEARCH_API_KEY";
    public const string NotConfigured = "Q_TEST_ELASTICSEARCH_URL is not set: no Elasticsearch server to test against";

    private readonly string _runPrefix = $"q-test-{Guid.NewGuid().ToString("N")[..10]}";
    private readonly List<string> _prefixes = [];
    private int _count;

    public static string? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    public static string? ApiKey => Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null;

    public string? SkipReason => Url is null ? NotConfigured : null;

    /// <summary>Options for a fresh, unused index prefix of this run.</summary>
    public SearchIndexOptions NewOptions()
    {
        var prefix = $"{_runPrefix}-{Interlocked.Increment(ref _count)}";
        lock (_prefixes) _prefixes.Add(prefix);
        return new SearchIndexOptions { Engine = "elasticsearch", ElasticsearchUrl = Url, ElasticsearchApiKey = ApiKey, IndexPrefix = prefix };
    }

    /// <summary>The index called <paramref name="name"/> in this run: a new name is a new index, the same name the same one.</summary>
    public async Task<ISearchIndex> OpenAsync(string name)
    {
        if (SkipReason is not null) throw new InvalidOperationException(SkipReason);
        var prefix = $"{_runPrefix}-{name}".ToLowerInvariant();
        lock (_prefixes) if (!_prefixes.Contains(prefix)) _prefixes.Add(prefix);
        var index = new ElasticsearchSearchIndex(new SearchIndexOptions { Engine = "elasticsearch", ElasticsearchUrl = Url, ElasticsearchApiKey = ApiKey, IndexPrefix = prefix });
        await index.InitialiseAsync();
        return index;
    }

    /// <summary>A new, initialised, empty index; the caller disposes it, the fixture deletes its indexes at the end.</summary>
    public async Task<ISearchIndex> CreateEmptyAsync()
    {
        if (SkipReason is not null) throw new InvalidOperationException(SkipReason);
        var index = new ElasticsearchSearchIndex(NewOptions());
        await index.InitialiseAsync();
        return index;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Url is null) return;
        string[] prefixes;
        lock (_prefixes) prefixes = [.. _prefixes];
        foreach (var prefix in prefixes)
        {
            await using var index = new ElasticsearchSearchIndex(new SearchIndexOptions { ElasticsearchUrl = Url, ElasticsearchApiKey = ApiKey, IndexPrefix = prefix });
            try
            {
                await index.DeleteAllAsync();
            }
            catch (SearchBackendException)
            {
                // Cleaning up is best effort: a server gone away keeps its test indexes, named q-test-*.
            }
        }
    }
}

/// <summary>The shared search contract against a live Elasticsearch server (skipped with the reason when none is configured).</summary>
public sealed class ElasticsearchSearchIndexContract(ElasticsearchFixture fixture) : Contract.SearchIndexContract<ElasticsearchFixture>(fixture);
