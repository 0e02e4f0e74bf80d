using Q.Graph.Neo4j.Http;

namespace Q.Graph.Neo4j;

/// <summary>
/// The schema, created at start: a uniqueness constraint (which is also an index) on every key that MERGE and
/// lookups use, range indexes for the directory order and the filters, and the counter nodes that number the
/// outbox, the logs and the snapshots. Every statement is IF NOT EXISTS / MERGE, so running them again is harmless.
/// </summary>
internal static class Schema
{
    private static readonly string[] Cypher =
    [
        "CREATE CONSTRAINT q_member_id IF NOT EXISTS FOR (n:Member) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT q_organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT q_topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT q_project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT q_resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT q_counter_name IF NOT EXISTS FOR (n:Counter) REQUIRE n.name IS UNIQUE",
        "CREATE CONSTRAINT q_outbox_seq IF NOT EXISTS FOR (n:OutboxEntry) REQUIRE n.seq IS UNIQUE",
        "CREATE CONSTRAINT q_audit_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE",
        "CREATE CONSTRAINT q_consent_seq IF NOT EXISTS FOR (n:Consent) REQUIRE n.seq IS UNIQUE",
        "CREATE CONSTRAINT q_suggestion_seq IF NOT EXISTS FOR (n:SuggestionEvent) REQUIRE n.seq IS UNIQUE",
        "CREATE CONSTRAINT q_snapshot_id IF NOT EXISTS FOR (n:Snapshot) REQUIRE n.id IS UNIQUE",
        // The directory is ordered by (sortKey, id); filters look members up by organisation and region.
        "CREATE INDEX q_member_sort IF NOT EXISTS FOR (n:Member) ON (n.sortKey, n.id)",
        "CREATE INDEX q_member_organisation IF NOT EXISTS FOR (n:Member) ON (n.organisationId)",
        "CREATE INDEX q_member_region IF NOT EXISTS FOR (n:Member) ON (n.region)",
        "CREATE INDEX q_topic_broader IF NOT EXISTS FOR (n:Topic) ON (n.broaderId)",
        "CREATE INDEX q_audit_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor)",
        "CREATE INDEX q_audit_subject IF NOT EXISTS FOR (n:AuditEntry) ON (n.subject)",
        "CREATE INDEX q_consent_member IF NOT EXISTS FOR (n:Consent) ON (n.memberId)",
        "CREATE INDEX q_suggestion_member IF NOT EXISTS FOR (n:SuggestionEvent) ON (n.memberId)",
        "CREATE INDEX q_suggestion_other IF NOT EXISTS FOR (n:SuggestionEvent) ON (n.otherId)",
        "CREATE INDEX q_snapshot_filter IF NOT EXISTS FOR (n:Snapshot) ON (n.filter)",
        "CREATE INDEX q_snapshot_at IF NOT EXISTS FOR (n:Snapshot) ON (n.at)",
        // One counter per numbered series; a unit of work that appends to one locks it until it commits.
        $"UNWIND [{string.Join(", ", Sequences.All.Select(s => $"'{s}'"))}] AS name MERGE (c:Counter {{name: name}}) ON CREATE SET c.seq = 0",
    ];

    public static IReadOnlyList<Statement> Statements { get; } = Cypher.Select(c => new Statement(c, idempotent: true)).ToArray();
}
