namespace Q.Graph.Neo4j;

/// <summary>
/// The numbered series and the node label each numbers: a fixed list, so labels in statements never come from
/// input. Each series has a Counter node whose <c>seq</c> is the last number issued (never reused, even after
/// the outbox is trimmed: it is where a rebuilt search index stands). Appends MERGE their counter, so they
/// number on correctly even in a database whose schema step has not created it.
/// </summary>
internal static class Sequences
{
    public const string Outbox = "outbox";
    public const string Audit = "audit";
    public const string Consent = "consent";
    public const string Suggestion = "suggestion";
    public const string Snapshot = "snapshot";

    public static readonly string[] All = [Outbox, Audit, Consent, Suggestion, Snapshot];

    private static readonly Dictionary<string, string> Labels = new()
    {
        [Audit] = "AuditEntry", [Consent] = "Consent", [Suggestion] = "SuggestionEvent",
    };

    /// <summary>
    /// Creates one node per row of <c>$rows</c> (maps of its properties), numbered on from the series' counter in
    /// row order. The label comes from the fixed table above, never from a caller's text.
    /// </summary>
    public static string Append(string series) => Append(Labels[series], series);

    private static string Append(string label, string series) => $$"""
        MERGE (c:Counter {name: '{{series}}'}) ON CREATE SET c.seq = 0
        SET c.seq = c.seq + size($rows)
        WITH c.seq - size($rows) AS base
        UNWIND range(0, size($rows) - 1) AS i
        WITH base + i + 1 AS seq, $rows[i] AS row
        CREATE (n:{{label}}) SET n = row, n.seq = seq
        """;
}
