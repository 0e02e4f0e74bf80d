using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Q.Core.Ports;

namespace Q.Graph.Neo4j.Http;

/// <summary>
/// Neo4j's HTTP Query API (https://neo4j.com/docs/query-api/current/): <c>POST db/{database}/query/v2</c> runs one
/// statement in its own (implicit) transaction; <c>…/query/v2/tx</c> opens an explicit one (see
/// <see cref="Neo4jTransaction"/>). Basic authentication, plain JSON both ways. This is the adapter's edge: every
/// failure leaves it as a <see cref="GraphStoreException"/> (or <see cref="RetryableFailure"/>, for
/// <see cref="Retry"/> only), carrying the Neo4j code and never the password or a parameter value.
/// </summary>
internal sealed partial class QueryApi : IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _auth;
    private readonly string? _password;
    private readonly TimeSpan _timeout;
    private readonly string _queryPath;
    private IReadOnlyList<string> _bookmarks = [];

    public QueryApi(Uri url, string database, string? user, string? password, TimeSpan timeout, Retry retry, HttpMessageHandler handler)
    {
        // A trailing slash keeps a base path (a proxy's /neo4j/) when the relative paths below are resolved.
        BaseUrl = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        Database = database;
        _password = password;
        _auth = user is null ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _timeout = timeout;
        Retry = retry;
        _queryPath = $"db/{Uri.EscapeDataString(database)}/query/v2";
        // Our own timeout per request (below) is the one that counts; HttpClient's would fire as a bare cancellation.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri BaseUrl { get; }

    public string Database { get; }

    public Retry Retry { get; }

    /// <summary>Where the store is, for messages: the address and database (the URL never holds credentials; options refuse them).</summary>
    public string Where => $"Neo4j at {BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')} (database '{Database}')";

    /// <summary>
    /// Runs one statement in an implicit transaction, retried by <see cref="Retry"/> when that is safe. The latest
    /// commit's bookmarks go with it, so in a cluster a read sees this process's own writes
    /// (https://neo4j.com/docs/query-api/current/bookmarks/).
    /// </summary>
    public Task<QueryResult> RunAsync(Statement statement, CancellationToken ct) =>
        Retry.RunAsync(token => SendAsync(HttpMethod.Post, _queryPath, statement, statement.Idempotent, null, withBookmarks: true, token), ct);

    /// <summary>One attempt, no retry: for health checks, which must answer quickly.</summary>
    public Task<QueryResult> RunOnceAsync(Statement statement, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, _queryPath, statement, statement.Idempotent, null, withBookmarks: false, ct);

    /// <summary>
    /// Opens an explicit transaction. Safe to retry even when the outcome is unknown: a transaction opened but never
    /// used is rolled back by the server when it expires (60 s idle by default).
    /// </summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken ct)
    {
        var (result, affinity) = await Retry.RunAsync(async token =>
        {
            var sent = await SendRawAsync(HttpMethod.Post, $"{_queryPath}/tx", null, idempotent: true, null, false, token);
            return (sent.Result, sent.Affinity);
        }, ct);
        var id = result.TransactionId ?? throw new GraphStoreException($"{Where} opened a transaction without giving its id.");
        return new Neo4jTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", affinity);
    }

    /// <summary>A request inside an explicit transaction: never retried here (see <see cref="Neo4jTransaction"/>).</summary>
    internal async Task<QueryResult> SendInTransactionAsync(HttpMethod method, string path, Statement? statement, string? affinity, CancellationToken ct)
    {
        try
        {
            return await SendAsync(method, path, statement, idempotent: false, affinity, withBookmarks: false, ct);
        }
        catch (RetryableFailure failure)
        {
            throw failure.Final;
        }
    }

    internal void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0) _bookmarks = bookmarks;
    }

    private async Task<QueryResult> SendAsync(
        HttpMethod method, string path, Statement? statement, bool idempotent, string? affinity, bool withBookmarks, CancellationToken ct) =>
        (await SendRawAsync(method, path, statement, idempotent, affinity, withBookmarks, ct)).Result;

    private async Task<(QueryResult Result, string? Affinity)> SendRawAsync(
        HttpMethod method, string path, Statement? statement, bool idempotent, string? affinity, bool withBookmarks, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        using var request = new HttpRequestMessage(method, new Uri(BaseUrl, path));
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (statement is not null) request.Content = new StringContent(Body(statement, withBookmarks), Encoding.UTF8, "application/json");
        HttpStatusCode status;
        string text;
        string? answeredAffinity;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            status = response.StatusCode;
            text = await response.Content.ReadAsStringAsync(timeout.Token);
            answeredAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            throw Unknown($"{Where} did not answer within {_timeout.TotalSeconds:0.#} s", e, idempotent);
        }
        catch (HttpRequestException e) when (NeverSent(e))
        {
            throw new RetryableFailure(new GraphStoreException($"{Where} cannot be reached: {Failures.Redact(e.Message, null, _password)}", e));
        }
        catch (HttpRequestException e)
        {
            throw Unknown($"{Where}: the connection failed ({Failures.Redact(e.Message, null, _password)})", e, idempotent);
        }
        return (Interpret(status, text, statement), answeredAffinity ?? affinity);
    }

    /// <summary>The request may or may not have been applied: sent again only if doing so twice is harmless.</summary>
    private Exception Unknown(string what, Exception inner, bool idempotent) =>
        idempotent
            ? new RetryableFailure(new GraphStoreException($"{what}.", inner))
            : new GraphStoreException($"{what}; the request was not sent again because it may already have been applied.", inner);

    /// <summary>The connection was never made (refused, no such host, TLS failed): the server saw nothing.</summary>
    private static bool NeverSent(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    private string Body(Statement statement, bool withBookmarks)
    {
        var body = new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = statement.Parameters };
        if (withBookmarks && _bookmarks.Count > 0) body["bookmarks"] = _bookmarks;
        return JsonSerializer.Serialize(body);
    }

    public void Dispose() => _http.Dispose();
}
