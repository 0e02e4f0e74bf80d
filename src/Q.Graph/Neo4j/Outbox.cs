namespace Q.Graph.Neo4j;

/// <summary>
/// The search outbox: <c>(:OutboxEntry {seq, kind, id})</c> nodes numbered by the <c>outbox</c> counter, written
/// by the same explicit transaction as the change they report, so the index can never miss one. Each source below
/// is a subquery returning <c>(kind, doc)</c> rows for the records in <c>$ids</c>: which search documents a change
/// to them makes stale (the same rules as the SQLite store's).
/// </summary>
internal static class Outbox
{
    /// <summary>A member's own document, and the resource and project documents that show their name.</summary>
    public const string Person = """
        UNWIND $ids AS id RETURN 'person' AS kind, id AS doc
        UNION ALL MATCH (m:Member)-[:AUTHORED]->(r:Resource) WHERE m.id IN $ids RETURN 'resource' AS kind, r.id AS doc
        UNION ALL MATCH (m:Member)-[:MEMBER_OF_PROJECT]->(p:Project) WHERE m.id IN $ids RETURN 'resource' AS kind, 'project:' + p.id AS doc
        """;

    /// <summary>An organisation's name and type are in its members' documents.</summary>
    public const string OrganisationMembers = "MATCH (m:Member) WHERE m.organisationId IN $ids RETURN 'person' AS kind, m.id AS doc";

    /// <summary>A topic's name and synonyms are in the documents of everyone and everything that holds it.</summary>
    public const string TopicHolders = """
        MATCH (m:Member)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $ids RETURN 'person' AS kind, m.id AS doc
        UNION ALL MATCH (r:Resource)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $ids RETURN 'resource' AS kind, r.id AS doc
        UNION ALL MATCH (p:Project)-[:HAS_TOPIC]->(t:Topic) WHERE t.id IN $ids RETURN 'resource' AS kind, 'project:' + p.id AS doc
        """;

    /// <summary>A project's own document and its members' (run before and after the change: old and new members).</summary>
    public const string Project = """
        UNWIND $ids AS id RETURN 'resource' AS kind, 'project:' + id AS doc
        UNION ALL MATCH (m:Member)-[:MEMBER_OF_PROJECT]->(p:Project) WHERE p.id IN $ids RETURN 'person' AS kind, m.id AS doc
        """;

    public const string ProjectMembers = "MATCH (m:Member)-[:MEMBER_OF_PROJECT]->(p:Project) WHERE p.id IN $ids RETURN 'person' AS kind, m.id AS doc";

    /// <summary>A resource's own document and its authors' (whose documents list its title).</summary>
    public const string Resource = """
        UNWIND $ids AS id RETURN 'resource' AS kind, id AS doc
        UNION ALL MATCH (m:Member)-[:AUTHORED]->(r:Resource) WHERE r.id IN $ids RETURN 'person' AS kind, m.id AS doc
        """;

    public const string ResourceAuthors = "MATCH (m:Member)-[:AUTHORED]->(r:Resource) WHERE r.id IN $ids RETURN 'person' AS kind, m.id AS doc";

    /// <summary>An erased member's resources and projects; their own document is removed by the index's erasure step.</summary>
    public const string Erased = """
        MATCH (m:Member)-[:AUTHORED]->(r:Resource) WHERE m.id IN $ids RETURN 'resource' AS kind, r.id AS doc
        UNION ALL MATCH (m:Member)-[:MEMBER_OF_PROJECT]->(p:Project) WHERE m.id IN $ids RETURN 'resource' AS kind, 'project:' + p.id AS doc
        """;

    /// <summary>Appends the rows of <paramref name="source"/> (one of the constants above) to the outbox, numbered in order.</summary>
    public static string Append(string source) => $$"""
        CALL { {{source}} }
        WITH collect([kind, doc]) AS entries
        MERGE (c:Counter {name: '{{Sequences.Outbox}}'}) ON CREATE SET c.seq = 0
        SET c.seq = c.seq + size(entries)
        WITH c.seq - size(entries) AS base, entries
        UNWIND range(0, size(entries) - 1) AS i
        CREATE (:OutboxEntry {seq: base + i + 1, kind: entries[i][0], id: entries[i][1]})
        """;
}
