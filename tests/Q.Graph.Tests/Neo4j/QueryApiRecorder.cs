using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Q.Graph.Tests.Neo4j;

/// <summary>A request the adapter sent: method, path, Authorization and affinity headers, and the JSON body if any.</summary>
public sealed record SentRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Statement => Json?["statement"]?.GetValue<string>();

    public JsonObject? Parameters => Json?["parameters"] as JsonObject;

    public override string ToString() => $"{Method} {Path} {Statement}";
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> that records what the adapter sends and answers with the Query API's documented
/// shapes (https://neo4j.com/docs/query-api/current/query/ and …/transactions/): 202 with
/// <c>{"data":{"fields","values"},"bookmarks"}</c>, <c>"transaction":{"id","expires"}</c> for an open transaction, and
/// <c>{"errors":[{"code","message"}]}</c> for failures. It is not a Neo4j: it runs no Cypher. It checks the adapter's
/// side of the wire — what it sends, and what it does with each kind of answer.
/// </summary>
public sealed class QueryApiRecorder : HttpMessageHandler
{
    public List<SentRequest> Requests { get; } = [];

    /// <summary>The answer to each request; by default, an empty result (and a transaction id when one is opened).</summary>
    public Func<SentRequest, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } = (r, _) => Task.FromResult(Default(r));

    /// <summary>Answers every request with <paramref name="answer"/>'s response.</summary>
    public void Answer(Func<SentRequest, HttpResponseMessage> answer) => Respond = (r, _) => Task.FromResult(answer(r));

    public IEnumerable<SentRequest> Statements => Requests.Where(r => r.Statement is not null);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var sent = new SentRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.First() : null, body);
        lock (Requests) Requests.Add(sent);
        var response = await Respond(sent, ct);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Default(SentRequest r) =>
        r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal) ? Opened("tx1") : Data([], []);

    public static HttpResponseMessage Data(string[] fields, object?[][] rows, string? transactionId = null) =>
        Json(HttpStatusCode.Accepted, new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?> { ["fields"] = fields, ["values"] = rows },
            ["bookmarks"] = new[] { "FB:bookmark-1" },
            ["transaction"] = transactionId is null ? null : new Dictionary<string, object?> { ["id"] = transactionId, ["expires"] = "2026-12-04T10:00:00Z" },
        });

    public static HttpResponseMessage Opened(string id)
    {
        var response = Data([], [], id);
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }

    public static HttpResponseMessage Error(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json(status, new { errors = new[] { new { code, message } } });

    /// <summary>What a refused connection looks like to HttpClient: nothing reached the server.</summary>
    public static Task<HttpResponseMessage> Refused() =>
        Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError,
            "Connection refused (neo4j.example:7474)", new SocketException((int)SocketError.ConnectionRefused)));

    /// <summary>A server that never answers (until the adapter gives up).</summary>
    public static async Task<HttpResponseMessage> Silent(CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
}
