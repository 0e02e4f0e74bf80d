using System.Net;
using System.Text.Json;
using Q.Core.Ports;

namespace Q.Graph.Neo4j.Http;

internal sealed partial class QueryApi
{
    /// <summary>
    /// Reads an answer. The Query API reports failures as <c>{"errors":[{"code":"Neo.ClientError…","message":"…"}]}</c>,
    /// whatever the HTTP status (its docs: 202 for every executed request, 401 for authentication, 4xx for refused
    /// ones), so the body decides: a <c>Neo.TransientError.*</c> code may succeed if tried again
    /// (https://neo4j.com/docs/status-codes/current/errors/), every other code is final.
    /// </summary>
    private QueryResult Interpret(HttpStatusCode status, string text, Statement? statement)
    {
        JsonDocument? doc = null;
        var notJson = false;
        try
        {
            if (!string.IsNullOrWhiteSpace(text)) doc = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): judged on the status below, and never read as an empty result.
            notJson = true;
        }
        using (doc)
        {
            if (doc is not null && doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                var failure = new GraphStoreException($"{Where} refused the request: {code}: {Failures.Redact(message, statement, _password)}", null, code);
                if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)) throw new RetryableFailure(failure);
                throw failure;
            }
            if (status == HttpStatusCode.Unauthorized)
                throw new GraphStoreException($"{Where} refused the credentials (HTTP 401): check GraphStore:Neo4jUser and Neo4jPassword.",
                    null, "Neo.ClientError.Security.Unauthorized");
            if ((int)status is < 200 or > 299)
                throw new GraphStoreException($"{Where} answered HTTP {(int)status} without a Neo4j error.");
            if (notJson)
                throw new GraphStoreException($"{Where} answered HTTP {(int)status} with a body that is not the Query API's JSON: is the URL the server's HTTP port?");
            return doc is null ? QueryResult.Empty : QueryResult.Parse(doc.RootElement);
        }
    }
}
