using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Neo4j.Http;

namespace Q.Graph.Neo4j;

/// <summary>Which of a set of ids exist; ties are named "from\nto" (either way round, as in SQLite).</summary>
internal static class Existing
{
    public static Statement Query(RecordKind kind, IReadOnlyCollection<string> ids)
    {
        if (kind == RecordKind.Connection)
        {
            // Ties are stored once, from the end that sorts first: look each pair up that way, answer with the asked key.
            var pairs = ids.Select(key => key.Split('\n')).Where(p => p.Length == 2)
                .Select(p => new Connection { From = p[0], To = p[1] }.Canonical())
                .Zip(ids.Where(k => k.Split('\n').Length == 2), (c, key) => new[] { c.From, c.To, key }).ToArray();
            return Statement.Read(
                "UNWIND $pairs AS p MATCH (:Member {id: p[0]})-[:CONNECTED]->(:Member {id: p[1]}) RETURN p[2]",
                new Dictionary<string, object?> { ["pairs"] = pairs });
        }
        var label = kind switch
        {
            RecordKind.Organisation => "Organisation",
            RecordKind.Topic => "Topic",
            RecordKind.Member => "Member",
            RecordKind.Project => "Project",
            RecordKind.Resource => "Resource",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return Statement.Read($"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id", new Dictionary<string, object?> { ["ids"] = ids });
    }

    public static IReadOnlySet<string> Found(QueryResult result) =>
        result.Rows.Select(r => r[0].GetString()!).ToHashSet(StringComparer.Ordinal);
}
