using System.Text;
using System.Text.Json.Nodes;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Q.Search.Tests.Elasticsearch;

/// <summary>A request the client sent: method, path and query, body, and the Authorization header it carried.</summary>
public sealed record SentRequest(HttpMethod Method, string Path, string Body, string? Authorization)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The lines of an NDJSON body (_bulk).</summary>
    public IReadOnlyList<JsonNode> Lines => Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>What the fake server answers: a status and a JSON body, or no answer at all (the connection failed).</summary>
public sealed record Canned(int Status, string Body, Exception? Failure = null)
{
    public static Canned Ok(string body = """{"acknowledged":true}""") => new(200, body);

    public static Canned Answer(int status, string body = "{}") => new(status, body);

    public static Canned Unreachable(string message = "Connection refused (es.example:9200)") => new(0, "", new HttpRequestException(message));
}

/// <summary>
/// The Elasticsearch client's own in-memory transport, with a recorder in front: each request is captured (body
/// included) and answered by <see cref="Respond"/> through an <see cref="InMemoryRequestInvoker"/> holding the canned
/// response, so the client parses it exactly as it would parse a server's.
/// </summary>
public sealed class FakeElasticsearch : IRequestInvoker
{
    private readonly InMemoryRequestInvoker _factorySource = new();

    public List<SentRequest> Requests { get; } = [];

    public Func<SentRequest, Canned> Respond { get; set; } = _ => Canned.Ok();

    public ResponseFactory ResponseFactory => _factorySource.ResponseFactory;

    public IEnumerable<SentRequest> To(string pathStart) => Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    public Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var (invoker, _) = Answer(endpoint, boundConfiguration, postData);
        using (invoker) return invoker.RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new()
    {
        var (invoker, _) = Answer(endpoint, boundConfiguration, postData);
        using (invoker) return invoker.Request<TResponse>(endpoint, boundConfiguration, postData);
    }

    private (IRequestInvoker Invoker, SentRequest Sent) Answer(Endpoint endpoint, BoundConfiguration config, PostData? postData)
    {
        var body = "";
        if (postData is not null)
        {
            using var stream = new MemoryStream();
            postData.Write(stream, config.ConnectionSettings, false);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }
        string? authorization = null;
        if (config.AuthenticationHeader is { } header && header.TryGetAuthorizationParameters(out var parameters))
            authorization = $"{header.AuthScheme} {parameters}";
        var sent = new SentRequest(endpoint.Method, endpoint.PathAndQuery, body, authorization);
        Requests.Add(sent);
        var canned = Respond(sent);
        var headers = new Dictionary<string, IEnumerable<string>> { ["X-Elastic-Product"] = ["Elasticsearch"] };
        return (new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(canned.Body), canned.Status, canned.Failure, "application/json", headers), sent);
    }

    public void Dispose() => ((IDisposable)_factorySource).Dispose();
}
