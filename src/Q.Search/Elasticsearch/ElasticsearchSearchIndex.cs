using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Q.Core.Ports;
using Q.Core.Search;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Q.Search.Elasticsearch;

/// <summary>
/// <see cref="ISearchIndex"/> on Elasticsearch (9.x), through the official client's transport. Searches and writes go
/// to two aliases, <c>{prefix}-people</c> and <c>{prefix}-resources</c>, each pointing at one timestamped index, so a
/// rebuild can fill new indexes beside the live ones and swap the aliases in one atomic <c>_aliases</c> call. The
/// applied outbox position is a document in <c>{prefix}-meta</c>.
/// <para>
/// Writes are <c>_bulk</c> operations with <c>version_type: external_gte</c> and the document's own version (the
/// outbox position it was built at), so replaying an operation is a no-op: Elasticsearch answers 409 for anything
/// older than what it holds, which is expected here, not an error. The position is written only after the bulk
/// succeeded, so a crash leaves the index at a position whose operations are all in.
/// </para>
/// <para>
/// Request bodies are built as JSON (see <see cref="ElasticsearchMappings"/>, <see cref="ElasticsearchQueries"/>) and
/// sent with the client's transport: the body is exactly what Elasticsearch's REST documentation shows, and the
/// request-shape tests assert on it. The client does not throw on failure; every response is checked and failures
/// become <see cref="SearchBackendException"/> naming Elasticsearch and its address, never the API key.
/// </para>
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private const int BulkBatch = 1_000;
    private const int VersionsPage = 1_000;
    private const string PositionId = "position";

    private readonly ElasticsearchClientSettings _settings;
    private readonly ElasticsearchClient _client;
    private readonly string? _apiKey;
    private readonly TimeProvider _time;

    public ElasticsearchSearchIndex(SearchIndexOptions options) : this(options, invoker: null) { }

    /// <summary>With a request invoker of the test's own (the client's in-memory transport) instead of HTTP.</summary>
    internal ElasticsearchSearchIndex(SearchIndexOptions options, IRequestInvoker? invoker, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ElasticsearchUrl) || !Uri.TryCreate(options.ElasticsearchUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new SearchBackendException("Search:ElasticsearchUrl must be an http(s) address of an Elasticsearch server, e.g. http://localhost:9200.");
        if (string.IsNullOrWhiteSpace(options.IndexPrefix) || options.IndexPrefix.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch is '-' or '_' or '.')))
            throw new SearchBackendException("Search:IndexPrefix must be lower-case letters, digits, '-', '_' or '.'.");

        Address = $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.AbsolutePath.TrimEnd('/')}";
        Prefix = options.IndexPrefix;
        _apiKey = string.IsNullOrWhiteSpace(options.ElasticsearchApiKey) ? null : options.ElasticsearchApiKey;
        _time = time ?? TimeProvider.System;
        // The node never carries user info: credentials travel only in the Authorization header.
        var node = new Uri(Address + "/");
        var pool = new SingleNodePool(node);
        _settings = invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker);
        _settings.RequestTimeout(TimeSpan.FromSeconds(30)).PingTimeout(TimeSpan.FromSeconds(2)).DisableDirectStreaming(false);
        if (_apiKey is not null) _settings.Authentication(new ApiKey(_apiKey));
        _client = new ElasticsearchClient(_settings);
    }

    public string Engine => "elasticsearch";

    /// <summary>The server's address as shown in messages: scheme, host, port and path; never user info or keys.</summary>
    public string Address { get; }

    public string Prefix { get; }

    public string PeopleAlias => $"{Prefix}-people";

    public string ResourcesAlias => $"{Prefix}-resources";

    public string MetaIndex => $"{Prefix}-meta";

    private string Alias(SearchKind kind) => kind == SearchKind.Person ? PeopleAlias : ResourcesAlias;

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        foreach (var kind in new[] { SearchKind.Person, SearchKind.Resource })
        {
            var alias = Alias(kind);
            var exists = await SendAsync(HttpMethod.HEAD, $"/_alias/{alias}", null, $"check alias {alias}", ct, 404);
            if (exists.Status == 200) continue;
            var body = IndexBody(kind);
            body["aliases"] = new JsonObject { [alias] = new JsonObject() };
            await CreateIndexAsync($"{alias}-{Stamp()}", body, ct);
        }
        var meta = await SendAsync(HttpMethod.HEAD, $"/{MetaIndex}", null, $"check index {MetaIndex}", ct, 404);
        if (meta.Status == 404)
            await CreateIndexAsync(MetaIndex, new JsonObject
            {
                ["settings"] = new JsonObject { ["number_of_shards"] = 1 },
                ["mappings"] = ElasticsearchMappings.MetaMappings(),
            }, ct);
    }

    internal static JsonObject IndexBody(SearchKind kind) => new()
    {
        ["settings"] = ElasticsearchMappings.Settings(),
        ["mappings"] = kind == SearchKind.Person ? ElasticsearchMappings.PeopleMappings() : ElasticsearchMappings.ResourceMappings(),
    };

    /// <summary>Creates an index; one created meanwhile by another process (resource_already_exists_exception) is fine.</summary>
    private async Task CreateIndexAsync(string index, JsonObject body, CancellationToken ct)
    {
        var response = await SendAsync(HttpMethod.PUT, $"/{index}", body.ToJsonString(), $"create index {index}", ct, 400);
        if (response.Status == 400 && ErrorType(response.Body) != "resource_already_exists_exception")
            throw Failure($"create index {index}", response);
    }

    private string Stamp() =>
        _time.GetUtcNow().ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    public async Task<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            var response = await _client.Transport.RequestAsync<StringResponse>(HttpMethod.HEAD, "/", ct);
            return response.ApiCallDetails.HttpStatusCode == 200;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Erasure: a versioned delete, refreshed, then an expunging force-merge of the index so the deleted document's
    /// segments are rewritten without it (Elasticsearch otherwise keeps it, marked deleted, until a merge).
    /// </summary>
    public async Task ExpungeAsync(SearchKind kind, string id, long version, CancellationToken ct = default)
    {
        await BulkAsync([new DeleteDocument(kind, id, version)], Alias, ct);
        await RefreshAsync([Alias(kind)], ct);
        await SendAsync(HttpMethod.POST, $"/{Alias(kind)}/_forcemerge?only_expunge_deletes=true", null, "expunge deleted documents", ct, 200);
    }

    public async Task ApplyAsync(IReadOnlyList<IndexOperation> operations, long position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var batch in operations.Chunk(BulkBatch))
            await BulkAsync(batch, Alias, ct);
        await WritePositionAsync(position, ct);
        await RefreshAsync([PeopleAlias, ResourcesAlias, MetaIndex], ct);
    }

    /// <summary>
    /// The bulk body: one action line per operation, with the document's version and <c>external_gte</c>, and the
    /// source line for upserts.
    /// </summary>
    internal static string BulkBody(IEnumerable<IndexOperation> operations, Func<SearchKind, string> index)
    {
        var sb = new StringBuilder();
        foreach (var op in operations)
        {
            var meta = new JsonObject
            {
                ["_index"] = index(op.Kind),
                ["_id"] = op.Id,
                ["version"] = op.Version,
                ["version_type"] = "external_gte",
            };
            switch (op)
            {
                case UpsertPerson p:
                    sb.Append(new JsonObject { ["index"] = meta }.ToJsonString()).Append('\n');
                    sb.Append(ElasticsearchDocuments.Person(p.Document).ToJsonString()).Append('\n');
                    break;
                case UpsertResource r:
                    sb.Append(new JsonObject { ["index"] = meta }.ToJsonString()).Append('\n');
                    sb.Append(ElasticsearchDocuments.Resource(r.Document).ToJsonString()).Append('\n');
                    break;
                case DeleteDocument:
                    sb.Append(new JsonObject { ["delete"] = meta }.ToJsonString()).Append('\n');
                    break;
                default:
                    throw new ArgumentException($"Unknown index operation {op.GetType().Name}.", nameof(operations));
            }
        }
        return sb.ToString();
    }

    private async Task BulkAsync(IReadOnlyCollection<IndexOperation> operations, Func<SearchKind, string> index, CancellationToken ct)
    {
        if (operations.Count == 0) return;
        var response = await SendAsync(HttpMethod.POST, "/_bulk", BulkBody(operations, index), "write documents (_bulk)", ct);
        var root = response.Json.RootElement;
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.True) return;
        var failures = new List<string>();
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            foreach (var action in item.EnumerateObject())
            {
                var status = action.Value.TryGetProperty("status", out var s) ? s.GetInt32() : 0;
                if (status is >= 200 and < 300) continue;
                // A replay: the index already holds this version or a newer one. Exactly what versioning is for.
                if (status == 409) continue;
                // Deleting what is not there (never indexed, or deleted before) leaves it not there.
                if (action.Name == "delete" && status == 404) continue;
                var id = action.Value.TryGetProperty("_id", out var i) ? i.GetString() : "?";
                var type = action.Value.TryGetProperty("error", out var e) && e.TryGetProperty("type", out var et) ? et.GetString() : $"status {status}";
                failures.Add($"{action.Name} {id}: {type}");
            }
        }
        if (failures.Count > 0)
            throw new SearchBackendException(
                $"Elasticsearch at {Address} refused {failures.Count} of {operations.Count} document writes: {string.Join("; ", failures.Take(5))}{(failures.Count > 5 ? "; …" : "")}");
    }

    private async Task WritePositionAsync(long position, CancellationToken ct) =>
        await SendAsync(HttpMethod.PUT, $"/{MetaIndex}/_doc/{PositionId}", new JsonObject { ["position"] = position }.ToJsonString(),
            $"record position in {MetaIndex}", ct);

    private async Task RefreshAsync(IEnumerable<string> indexes, CancellationToken ct)
    {
        var names = string.Join(',', indexes);
        await SendAsync(HttpMethod.POST, $"/{names}/_refresh", null, $"refresh {names}", ct);
    }

    public async Task<long> PositionAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.GET, $"/{MetaIndex}/_doc/{PositionId}", null, $"read position from {MetaIndex}", ct, 404);
        if (response.Status == 404) return 0;
        var root = response.Json.RootElement;
        return root.TryGetProperty("_source", out var source) && source.TryGetProperty("position", out var p) ? p.GetInt64() : 0;
    }

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(SearchKind kind, CancellationToken ct = default)
    {
        var alias = Alias(kind);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var body = VersionsBody(after);
            var response = await SendAsync(HttpMethod.POST, $"/{alias}/_search", body.ToJsonString(), $"list versions in {alias}", ct);
            var hits = response.Json.RootElement.GetProperty("hits").GetProperty("hits");
            var count = 0;
            foreach (var hit in hits.EnumerateArray())
            {
                count++;
                var id = hit.GetProperty("_id").GetString()!;
                versions[id] = hit.GetProperty("_version").GetInt64();
                after = hit.GetProperty("sort")[0].GetString();
            }
            if (count < VersionsPage) return versions;
        }
    }

    /// <summary>A page of ids and versions in id order, continuing after <paramref name="after"/> (search_after).</summary>
    internal static JsonObject VersionsBody(string? after)
    {
        var body = new JsonObject
        {
            ["size"] = VersionsPage,
            ["_source"] = false,
            ["version"] = true,
            ["track_total_hits"] = false,
            ["query"] = new JsonObject { ["match_all"] = new JsonObject() },
            ["sort"] = new JsonArray(new JsonObject { ["id"] = "asc" }),
        };
        if (after is not null) body["search_after"] = new JsonArray(after);
        return body;
    }

    public async Task RebuildAsync(IAsyncEnumerable<IndexOperation> operations, long position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var stamp = Stamp();
        var fresh = new Dictionary<SearchKind, string>
        {
            [SearchKind.Person] = $"{PeopleAlias}-{stamp}",
            [SearchKind.Resource] = $"{ResourcesAlias}-{stamp}",
        };
        var replaced = new List<(string Index, string Alias)>();
        try
        {
            foreach (var (kind, index) in fresh)
                await CreateIndexAsync(index, IndexBody(kind), ct);
            var batch = new List<IndexOperation>(BulkBatch);
            await foreach (var op in operations.WithCancellation(ct))
            {
                batch.Add(op);
                if (batch.Count < BulkBatch) continue;
                await BulkAsync(batch, k => fresh[k], ct);
                batch.Clear();
            }
            await BulkAsync(batch, k => fresh[k], ct);
            await RefreshAsync(fresh.Values, ct);

            foreach (var kind in fresh.Keys)
                replaced.AddRange((await AliasedIndexesAsync(Alias(kind), ct)).Select(i => (i, Alias(kind))));
            await SendAsync(HttpMethod.POST, "/_aliases", AliasSwapBody(replaced, fresh.Select(f => (f.Value, Alias(f.Key)))).ToJsonString(),
                "swap aliases to the rebuilt indexes", ct);
        }
        catch
        {
            // The old indexes still serve searches; the half-built ones go.
            await DeleteIndexesQuietlyAsync(fresh.Values);
            throw;
        }
        await WritePositionAsync(position, ct);
        await RefreshAsync([MetaIndex], ct);
        if (replaced.Count > 0)
            await SendAsync(HttpMethod.DELETE, $"/{string.Join(',', replaced.Select(r => r.Index).Distinct())}?ignore_unavailable=true", null,
                "delete the replaced indexes", ct, 404);
    }

    /// <summary>One <c>_aliases</c> call: every remove and add happen together, so searches never see no index or both.</summary>
    internal static JsonObject AliasSwapBody(IEnumerable<(string Index, string Alias)> remove, IEnumerable<(string Index, string Alias)> add)
    {
        var actions = new JsonArray();
        foreach (var (index, alias) in remove)
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = index, ["alias"] = alias } });
        foreach (var (index, alias) in add)
            actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = index, ["alias"] = alias, ["is_write_index"] = true } });
        return new JsonObject { ["actions"] = actions };
    }

    private async Task<IReadOnlyList<string>> AliasedIndexesAsync(string alias, CancellationToken ct)
    {
        var response = await SendAsync(HttpMethod.GET, $"/_alias/{alias}", null, $"read alias {alias}", ct, 404);
        if (response.Status == 404) return [];
        return response.Json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }

    private async Task DeleteIndexesQuietlyAsync(IEnumerable<string> indexes)
    {
        try
        {
            await SendAsync(HttpMethod.DELETE, $"/{string.Join(',', indexes)}?ignore_unavailable=true", null, "delete unfinished indexes", CancellationToken.None, 404);
        }
        catch (SearchBackendException)
        {
            // Best effort: the original failure is the one to report.
        }
    }

    /// <summary>Deletes every index of this prefix: for tests and for retiring a deployment.</summary>
    public async Task DeleteAllAsync(CancellationToken ct = default) =>
        await SendAsync(HttpMethod.DELETE, $"/{PeopleAlias}-*,{ResourcesAlias}-*,{MetaIndex}?ignore_unavailable=true&allow_no_indices=true", null,
            $"delete indexes {Prefix}-*", ct, 404);

    public async Task<PeopleSearchPage> SearchPeopleAsync(PeopleQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = ElasticsearchQueries.PeopleBody(query);
        var response = await SendAsync(HttpMethod.POST, $"/{PeopleAlias}/_search", body.ToJsonString(), $"search {PeopleAlias}", ct);
        return ElasticsearchResults.People(response.Json.RootElement, query);
    }

    public async Task<ResourceSearchPage> SearchResourcesAsync(ResourceQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = ElasticsearchQueries.ResourceBody(query);
        var response = await SendAsync(HttpMethod.POST, $"/{ResourcesAlias}/_search", body.ToJsonString(), $"search {ResourcesAlias}", ct);
        return ElasticsearchResults.Resources(response.Json.RootElement, query);
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) ((IDisposable)_settings).Dispose();
        return ValueTask.CompletedTask;
    }

    private int _disposed;

    private sealed record Reply(int Status, string Body)
    {
        private JsonDocument? _json;

        public JsonDocument Json => _json ??= JsonDocument.Parse(Body.Length == 0 ? "{}" : Body);
    }

    /// <summary>
    /// Sends a request and returns its reply when the status is 2xx or one of <paramref name="accept"/>; anything else
    /// (an error status, no answer at all, a body that is not JSON) becomes a <see cref="SearchBackendException"/>.
    /// </summary>
    private async Task<Reply> SendAsync(HttpMethod method, string path, string? body, string what, CancellationToken ct, params int[] accept)
    {
        StringResponse response;
        try
        {
            response = body is null
                ? await _client.Transport.RequestAsync<StringResponse>(method, path, ct)
                : await _client.Transport.RequestAsync<StringResponse>(method, path, PostData.String(body), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new SearchBackendException($"Elasticsearch at {Address} could not {what}: {Scrub(e.Message)}", e);
        }
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode ?? 0;
        var reply = new Reply(status, response.Body ?? "");
        if (status is >= 200 and < 300 || (status != 0 && accept.Contains(status)))
        {
            if (method != HttpMethod.HEAD && status is >= 200 and < 300)
            {
                try
                {
                    _ = reply.Json;
                }
                catch (JsonException e)
                {
                    throw new SearchBackendException($"Elasticsearch at {Address} could not {what}: the answer was not JSON (is this address an Elasticsearch server?)", e);
                }
            }
            return reply;
        }
        throw Failure(what, reply, details.OriginalException);
    }

    private SearchBackendException Failure(string what, Reply reply, Exception? cause = null)
    {
        // The transport's own exception is not passed on: its message and debug information can quote the request
        // and the server's answer. For a failed connection the innermost cause (socket, DNS, TLS) is kept.
        if (reply.Status == 0)
        {
            var innermost = Innermost(cause);
            return new SearchBackendException(
                $"Elasticsearch at {Address} could not {what}: no answer ({Scrub(innermost?.Message ?? "unreachable")})",
                innermost is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException ? innermost : null);
        }
        var type = ErrorType(reply.Body);
        var reason = ErrorReason(reply.Body);
        var detail = $"HTTP {reply.Status}" + (type is null ? "" : $" {type}") + (reason is null ? "" : $": {Scrub(Clip(reason))}");
        return new SearchBackendException($"Elasticsearch at {Address} could not {what}: {detail}");
    }

    private static Exception? Innermost(Exception? e)
    {
        while (e?.InnerException is not null) e = e.InnerException;
        return e;
    }

    private static string? ErrorType(string body) => ErrorField(body, "type");

    private static string? ErrorReason(string body) => ErrorField(body, "reason");

    private static string? ErrorField(string body, string name)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object && error.TryGetProperty(name, out var value) ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>No message leaves this class with the API key in it, whatever the server or the transport echoed.</summary>
    private string Scrub(string text) => _apiKey is null ? text : text.Replace(_apiKey, "[api key]", StringComparison.Ordinal);
}
