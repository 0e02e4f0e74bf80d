namespace Q.Graph.Neo4j;

/// <summary>
/// The write statements. Nodes are MERGEd on their id (unique constraints make a concurrent duplicate impossible);
/// list relationships are deleted and re-created from <c>pos</c>-numbered rows in the same statement, so the
/// result of a replay is the same graph. Targets of relationships are MATCHed, never created: a reference to a
/// record that does not exist (which the importer refuses) makes no stub node.
/// </summary>
internal static class Cypher
{
    public const string UpsertOrganisations = """
        UNWIND $rows AS row
        MERGE (o:Organisation {id: row.id})
        SET o.name = row.name, o.type = row.type, o.region = row.region
        WITH o
        CALL { WITH o MATCH (m:Member {organisationId: o.id}) MERGE (m)-[:WORKS_AT]->(o) }
        """;

    public const string UpsertTopics = """
        UNWIND $rows AS row
        MERGE (t:Topic {id: row.id})
        SET t.name = row.name, t.synonyms = row.synonyms, t.broaderId = row.broaderId
        WITH t
        CALL { WITH t OPTIONAL MATCH (t)-[old:BROADER]->() DELETE old }
        """;

    /// <summary>Links each topic to its broader one, and topics written earlier that named it as theirs.</summary>
    public const string LinkBroader = """
        UNWIND $ids AS id
        MATCH (t:Topic {id: id})
        CALL { WITH t MATCH (b:Topic {id: t.broaderId}) MERGE (t)-[:BROADER]->(b) }
        CALL { WITH t MATCH (n:Topic {broaderId: t.id}) MERGE (n)-[:BROADER]->(t) }
        """;

    public const string UpsertMembers = """
        UNWIND $rows AS row
        MERGE (m:Member {id: row.id})
        SET m += row.props
        WITH m, row
        CALL { WITH m OPTIONAL MATCH (m)-[old:HAS_TOPIC|WORKS_AT]->() DELETE old }
        CALL { WITH m, row UNWIND row.topics AS x MATCH (t:Topic {id: x.id}) MERGE (m)-[h:HAS_TOPIC]->(t) SET h.level = x.level, h.pos = x.pos }
        CALL { WITH m MATCH (o:Organisation {id: m.organisationId}) MERGE (m)-[:WORKS_AT]->(o) }
        """;

    public const string UpsertProjects = """
        UNWIND $rows AS row
        MERGE (p:Project {id: row.id})
        SET p += row.props
        WITH p, row
        CALL { WITH p OPTIONAL MATCH (p)-[old:HAS_TOPIC]->() DELETE old }
        CALL { WITH p OPTIONAL MATCH (:Member)-[old:MEMBER_OF_PROJECT]->(p) DELETE old }
        CALL { WITH p, row UNWIND row.topics AS x MATCH (t:Topic {id: x.id}) MERGE (p)-[h:HAS_TOPIC]->(t) SET h.pos = x.pos }
        CALL { WITH p, row UNWIND row.members AS x MATCH (m:Member {id: x.id}) MERGE (m)-[h:MEMBER_OF_PROJECT]->(p) SET h.role = x.role, h.pos = x.pos }
        """;

    public const string UpsertResources = """
        UNWIND $rows AS row
        MERGE (r:Resource {id: row.id})
        SET r += row.props
        WITH r, row
        CALL { WITH r OPTIONAL MATCH (r)-[old:HAS_TOPIC]->() DELETE old }
        CALL { WITH r OPTIONAL MATCH (:Member)-[old:AUTHORED]->(r) DELETE old }
        CALL { WITH r, row UNWIND row.topics AS x MATCH (t:Topic {id: x.id}) MERGE (r)-[h:HAS_TOPIC]->(t) SET h.pos = x.pos }
        CALL { WITH r, row UNWIND row.authors AS x MATCH (m:Member {id: x.id}) MERGE (m)-[h:AUTHORED]->(r) SET h.pos = x.pos }
        """;

    /// <summary>A tie is one CONNECTED relationship from the end whose id sorts first (rows arrive canonical).</summary>
    public const string UpsertConnections = """
        UNWIND $rows AS row
        MATCH (a:Member {id: row.a}), (b:Member {id: row.b})
        MERGE (a)-[c:CONNECTED]->(b)
        SET c.since = row.since, c.source = row.source
        """;
}
