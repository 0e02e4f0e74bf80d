namespace Q.Graph.Neo4j;

/// <summary>The statements of an erasure that are more than one line (see <see cref="Neo4jGraphWriter.EraseMemberAsync"/>).</summary>
internal static class ErasureStatements
{
    /// <summary>
    /// Counts what goes, then deletes the member node with every relationship (ties, topics, project roles,
    /// authorships, employer) and their consent nodes. Returns ties, project roles, authorships, consents.
    /// </summary>
    public const string Remove = """
        MATCH (m:Member {id: $id})
        WITH m, size([(m)-[:CONNECTED]-(x) | x]) AS ties, size([(m)-[:MEMBER_OF_PROJECT]->(x) | x]) AS projects,
             size([(m)-[:AUTHORED]->(x) | x]) AS authorships
        OPTIONAL MATCH (c:Consent {memberId: $id})
        WITH m, ties, projects, authorships, collect(c) AS consents
        FOREACH (c IN consents | DELETE c)
        DETACH DELETE m
        RETURN ties, projects, authorships, size(consents)
        """;

    /// <summary>Audit entries keep what happened, with the member's id replaced by the pseudonym. Returns how many.</summary>
    public const string Pseudonymise = """
        MATCH (a:AuditEntry) WHERE a.actor = $id OR a.subject = $id
        SET a.actor = CASE WHEN a.actor = $id THEN $pseudonym ELSE a.actor END,
            a.subject = CASE WHEN a.subject = $id THEN $pseudonym ELSE a.subject END
        RETURN count(a)
        """;
}
