using Microsoft.Data.Sqlite;
using Q.Core.Search;

namespace Q.Graph.Sqlite;

/// <summary>Reading and writing the search outbox (see migration 3).</summary>
internal static class Outbox
{
    /// <summary>A member's own document, and the resource and project documents that show their name.</summary>
    public static Prepared Person(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, """
            INSERT INTO outbox(kind, id)
            SELECT 'person', $id
            UNION ALL SELECT 'resource', resource_id FROM resource_authors WHERE member_id = $id
            UNION ALL SELECT 'resource', 'project:' || project_id FROM project_members WHERE member_id = $id
            """);

    public static SearchKind Kind(string stored) => stored == "person" ? SearchKind.Person : SearchKind.Resource;
}
