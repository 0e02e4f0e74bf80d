using System.Text.RegularExpressions;

namespace Q.Graph.Neo4j.Http;

/// <summary>
/// One Cypher statement and its parameters. The text is always one of this adapter's constants (labels and
/// relationship types from a fixed list); every value travels in <see cref="Parameters"/>, never in the text.
/// <see cref="Idempotent"/>: running it twice leaves the same state as once (reads, schema, MERGE-only writes),
/// so a request whose outcome is unknown (timed out after it was sent) may be sent again.
/// </summary>
internal sealed partial record Statement
{
    public Statement(string text, IReadOnlyDictionary<string, object?>? parameters = null, bool idempotent = false)
    {
        // The Query API's docs ask for statements on one line; Cypher reads any whitespace run as one space.
        Text = Whitespace().Replace(text, " ").Trim();
        Parameters = parameters ?? new Dictionary<string, object?>();
        Idempotent = idempotent;
    }

    public string Text { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public bool Idempotent { get; }

    /// <summary>A read: always safe to send again.</summary>
    public static Statement Read(string text, IReadOnlyDictionary<string, object?>? parameters = null) => new(text, parameters, idempotent: true);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
