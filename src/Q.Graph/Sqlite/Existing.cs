using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

/// <summary>Which of a set of ids exist; ties are named "from\nto" in canonical order.</summary>
internal static class Existing
{
    public static IReadOnlySet<string> Find(SqliteConnection connection, SqliteTransaction? tx, RecordKind kind, IReadOnlyCollection<string> ids)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var sql = kind switch
        {
            RecordKind.Organisation => "SELECT id FROM organisations WHERE id IN (SELECT value FROM json_each($ids))",
            RecordKind.Topic => "SELECT id FROM topics WHERE id IN (SELECT value FROM json_each($ids))",
            RecordKind.Member => "SELECT id FROM members WHERE id IN (SELECT value FROM json_each($ids))",
            RecordKind.Project => "SELECT id FROM projects WHERE id IN (SELECT value FROM json_each($ids))",
            RecordKind.Resource => "SELECT id FROM resources WHERE id IN (SELECT value FROM json_each($ids))",
            RecordKind.Connection => """
                SELECT t.src || char(10) || t.dst FROM json_each($ids) j
                JOIN ties t ON t.src = substr(j.value, 1, instr(j.value, char(10)) - 1)
                           AND t.dst = substr(j.value, instr(j.value, char(10)) + 1)
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        using var query = new Prepared(connection, tx, sql);
        using var reader = query.Read(JsonSerializer.Serialize(ids));
        while (reader.Read()) found.Add(reader.GetString(0));
        return found;
    }
}
