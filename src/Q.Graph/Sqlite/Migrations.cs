using Microsoft.Data.Sqlite;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

/// <summary>
/// The schema, as an append-only list of steps. <c>PRAGMA user_version</c> records how many have run; each
/// runs in its own transaction with the version bump, so a crash mid-migration leaves the previous version.
/// Never edit a released step: add a new one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: the graph. Ties are stored in both directions so a member's neighbours are one index range scan.
        """
        CREATE TABLE organisations (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, region TEXT);
        CREATE INDEX organisations_region ON organisations(region);

        CREATE TABLE topics (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, synonyms TEXT NOT NULL DEFAULT '[]', broader_id TEXT);
        CREATE INDEX topics_broader ON topics(broader_id);

        CREATE TABLE members (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, sort_key TEXT NOT NULL, role TEXT NOT NULL,
            organisation_id TEXT, region TEXT, headline TEXT, bio TEXT, email TEXT, joined TEXT,
            visibility TEXT NOT NULL);
        CREATE INDEX members_sort ON members(sort_key, id);
        CREATE INDEX members_organisation ON members(organisation_id, sort_key, id);
        CREATE INDEX members_region ON members(region, sort_key, id);

        CREATE TABLE member_topics (
            member_id TEXT NOT NULL, topic_id TEXT NOT NULL, level TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (member_id, topic_id)) WITHOUT ROWID;
        CREATE INDEX member_topics_topic ON member_topics(topic_id, member_id);

        CREATE TABLE projects (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT, status TEXT, started TEXT, ended TEXT);
        CREATE TABLE project_topics (
            project_id TEXT NOT NULL, topic_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (project_id, topic_id)) WITHOUT ROWID;
        CREATE TABLE project_members (
            project_id TEXT NOT NULL, member_id TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (project_id, member_id)) WITHOUT ROWID;
        CREATE INDEX project_members_member ON project_members(member_id, project_id);

        CREATE TABLE resources (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, title TEXT NOT NULL, body TEXT, url TEXT, published TEXT);
        CREATE TABLE resource_topics (
            resource_id TEXT NOT NULL, topic_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (resource_id, topic_id)) WITHOUT ROWID;
        CREATE TABLE resource_authors (
            resource_id TEXT NOT NULL, member_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (resource_id, member_id)) WITHOUT ROWID;
        CREATE INDEX resource_authors_member ON resource_authors(member_id, resource_id);

        CREATE TABLE ties (
            src TEXT NOT NULL, dst TEXT NOT NULL, since TEXT, source TEXT NOT NULL,
            PRIMARY KEY (src, dst)) WITHOUT ROWID;
        """,

        // 2: contact details, consents and the audit log (access control and UK GDPR).
        """
        ALTER TABLE members ADD COLUMN phone TEXT;

        -- Every change to a visibility setting or consent, with when it was given: exportMyData shows them.
        CREATE TABLE consents (
            member_id TEXT NOT NULL, setting TEXT NOT NULL, value TEXT NOT NULL, at TEXT NOT NULL);
        CREATE INDEX consents_member ON consents(member_id, at);

        -- Who did what to whose data, and when; never the values.
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            subject TEXT, detail TEXT);
        CREATE INDEX audit_subject ON audit(subject, seq);
        CREATE INDEX audit_actor ON audit(actor, seq);
        """,

        // 3: the search outbox. Written in the same transaction as the change it reports, so the index can never
        // miss one; the indexer applies entries in seq order and trims what it has applied.
        """
        CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL);
        """,

        // 4: connectivity snapshots for connectivityHistory: the filter as canonical JSON (one series per filter),
        // the report as JSON (aggregates and the top of betweenness, not per-member maps; see SaveSnapshotAsync).
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, filter TEXT NOT NULL, report TEXT NOT NULL);
        CREATE INDEX snapshots_filter ON snapshots(filter, at, id);
        CREATE INDEX snapshots_at ON snapshots(at, id);
        """,
        // 5: the suggestion feedback loop: shown, dismissed, requested, accepted (docs/suggestions.md).
        """
        CREATE TABLE suggestion_events (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, member_id TEXT NOT NULL, other_id TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE INDEX suggestion_events_member ON suggestion_events(member_id, kind);
        CREATE INDEX suggestion_events_other ON suggestion_events(other_id);
        """,
        // 6: when each profile's content last changed, for profile-freshness reminders (docs/jobs.md). Nobody knows
        // for the members already stored, so their clock starts now: an upgrade must not remind everyone at once.
        """
        ALTER TABLE members ADD COLUMN updated TEXT;
        UPDATE members SET updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
        CREATE INDEX members_updated ON members(updated);
        """,
    ];

    public static int Latest => Steps.Count;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (current > Latest)
            throw new GraphStoreException(
                $"The data folder was written by a newer Q (schema version {current}; this Q knows up to {Latest}). Upgrade Q to open it.");
        for (var version = current + 1; version <= Latest; version++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                // user_version cannot be a parameter; the value is our own integer.
                cmd.CommandText = Steps[version - 1] + $";\nPRAGMA user_version = {version};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
