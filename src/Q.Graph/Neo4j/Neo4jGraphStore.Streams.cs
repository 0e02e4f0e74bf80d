using System.Runtime.CompilerServices;
using System.Text.Json;
using Q.Core.Model;

namespace Q.Graph.Neo4j;

// Whole-graph reads in id order, one page per request (keyset paging on the unique id), so an export, an
// analytics pass or a reindex never asks the server for the whole graph in one answer. Unlike SQLite's, a
// stream is not one snapshot: a record written meanwhile appears if its id is still ahead of the page.
public sealed partial class Neo4jGraphStore
{
    public IAsyncEnumerable<Organisation> StreamOrganisationsAsync(CancellationToken ct = default) =>
        Stream("Organisation", "o", Projections.Organisation, Records.Organisation, ct);

    public IAsyncEnumerable<Topic> StreamTopicsAsync(CancellationToken ct = default) =>
        Stream("Topic", "t", Projections.Topic, Records.Topic, ct);

    public IAsyncEnumerable<Member> StreamMembersAsync(CancellationToken ct = default) =>
        Stream("Member", "m", Projections.Member, Records.Member, ct);

    public IAsyncEnumerable<Project> StreamProjectsAsync(CancellationToken ct = default) =>
        Stream("Project", "p", Projections.Project, Records.Project, ct);

    public IAsyncEnumerable<Resource> StreamResourcesAsync(CancellationToken ct = default) =>
        Stream("Resource", "r", Projections.Resource, Records.Resource, ct);

    /// <summary>Ties are stored from the end that sorts first, so (start id, end id) is already canonical order.</summary>
    public async IAsyncEnumerable<Connection> StreamConnectionsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        string? afterFrom = null, afterTo = null;
        while (true)
        {
            var rows = (await ReadAsync("""
                MATCH (a:Member)-[c:CONNECTED]->(b:Member)
                WHERE $afterFrom IS NULL OR a.id > $afterFrom OR (a.id = $afterFrom AND b.id > $afterTo)
                RETURN a.id, b.id, c.since, c.source ORDER BY a.id, b.id LIMIT $page
                """, Args(("afterFrom", afterFrom), ("afterTo", afterTo), ("page", StreamPageSize)), ct)).Rows;
            foreach (var row in rows) yield return Records.Connection(row);
            if (rows.Count < StreamPageSize) yield break;
            (afterFrom, afterTo) = (rows[^1][0].GetString(), rows[^1][1].GetString());
        }
    }

    /// <summary><paramref name="label"/> and <paramref name="variable"/> are this class's constants, never input.</summary>
    private async IAsyncEnumerable<T> Stream<T>(string label, string variable, string projection, Func<JsonElement, T> map,
        [EnumeratorCancellation] CancellationToken ct)
    {
        string? after = null;
        while (true)
        {
            var rows = (await ReadAsync($$"""
                MATCH ({{variable}}:{{label}}) WHERE $after IS NULL OR {{variable}}.id > $after
                RETURN {{projection}}, {{variable}}.id ORDER BY {{variable}}.id LIMIT $page
                """, Args(("after", after), ("page", StreamPageSize)), ct)).Rows;
            foreach (var row in rows) yield return map(row[0]);
            if (rows.Count < StreamPageSize) yield break;
            after = rows[^1][1].GetString();
        }
    }
}
