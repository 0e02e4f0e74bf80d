using System.Text.Json;
using Q.Core.Ports;

namespace Q.Graph.Neo4j.Http;

/// <summary>
/// A failure that may succeed if tried again: a <c>Neo.TransientError.*</c> answer, a connection that could not be
/// made, or an idempotent request whose outcome is unknown. Only <see cref="Retry"/> catches it; whoever gives up
/// throws <see cref="Final"/>, so nothing outside the adapter ever sees this type.
/// </summary>
internal sealed class RetryableFailure(GraphStoreException final) : Exception(final.Message, final)
{
    public GraphStoreException Final { get; } = final;
}

/// <summary>Builds the messages of the adapter's errors: the server's code and words, never a secret or a value.</summary>
internal static class Failures
{
    private const int MaxMessage = 400;

    /// <summary>
    /// The server's message with the password and every string parameter value blanked out: error texts can quote
    /// values (a constraint violation names the clashing key, a type error the offending value), and a value can be
    /// personal data. The code (e.g. Neo.ClientError.Schema.ConstraintValidationFailed) is what callers act on.
    /// </summary>
    public static string Redact(string? message, Statement? statement, string? password)
    {
        var text = message ?? "";
        var secrets = new List<string>();
        if (!string.IsNullOrEmpty(password)) secrets.Add(password);
        if (statement is not null) Strings(JsonSerializer.SerializeToElement(statement.Parameters), secrets);
        foreach (var secret in secrets.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
            text = text.Replace(secret, "[value]", StringComparison.Ordinal);
        return text.Length <= MaxMessage ? text : text[..MaxMessage] + "…";
    }

    private static void Strings(JsonElement e, List<string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: into.Add(e.GetString()!); break;
            case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Strings(x, into); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Strings(p.Value, into); break;
        }
    }
}
