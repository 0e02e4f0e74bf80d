namespace Q.Graph.Neo4j;

/// <summary>
/// How each record is returned: a map projection of its node with its lists as pattern comprehensions of
/// <c>[position, id, …]</c> (sorted by position when read, as comprehensions have no order of their own).
/// Written with the variable names the statements use: m member, o organisation, t topic, p project, r resource.
/// </summary>
internal static class Projections
{
    public const string Member = """
        m { .id, .name, .role, .organisationId, .region, .headline, .bio, .email, .phone, .joined, .visibility,
            topics: [(m)-[h:HAS_TOPIC]->(x:Topic) | [h.pos, x.id, h.level]] }
        """;

    public const string Organisation = "o { .id, .name, .type, .region }";

    public const string Topic = "t { .id, .name, .synonyms, .broaderId }";

    public const string Project = """
        p { .id, .title, .summary, .status, .started, .ended,
            topics: [(p)-[h:HAS_TOPIC]->(x:Topic) | [h.pos, x.id]],
            members: [(x:Member)-[h:MEMBER_OF_PROJECT]->(p) | [h.pos, x.id, h.role]] }
        """;

    public const string Resource = """
        r { .id, .type, .title, .body, .url, .published,
            topics: [(r)-[h:HAS_TOPIC]->(x:Topic) | [h.pos, x.id]],
            authors: [(x:Member)-[h:AUTHORED]->(r) | [h.pos, x.id]] }
        """;
}
