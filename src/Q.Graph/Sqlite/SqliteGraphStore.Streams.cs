using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Q.Core.Model;

namespace Q.Graph.Sqlite;

// Whole-graph reads, row by row from one read transaction, so an export or an analytics pass sees one
// consistent snapshot however long it takes and never holds the graph in memory twice.
public sealed partial class SqliteGraphStore
{
    public IAsyncEnumerable<Organisation> StreamOrganisationsAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.OrganisationColumns} FROM organisations o ORDER BY o.id", Rows.Organisation, ct);

    public IAsyncEnumerable<Topic> StreamTopicsAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.TopicColumns} FROM topics t ORDER BY t.id", Rows.Topic, ct);

    public IAsyncEnumerable<Member> StreamMembersAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.MemberColumns} FROM members m ORDER BY m.id", Rows.Member, ct);

    public IAsyncEnumerable<Project> StreamProjectsAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.ProjectColumns} FROM projects p ORDER BY p.id", Rows.Project, ct);

    public IAsyncEnumerable<Resource> StreamResourcesAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.ResourceColumns} FROM resources r ORDER BY r.id", Rows.Resource, ct);

    public IAsyncEnumerable<Connection> StreamConnectionsAsync(CancellationToken ct = default) =>
        Stream($"SELECT {Rows.ConnectionColumns} FROM ties c WHERE c.src < c.dst ORDER BY c.src, c.dst", (r, at) => Rows.Connection(r, at).Canonical(), ct);

    private async IAsyncEnumerable<T> Stream<T>(string sql, Func<SqliteDataReader, int, T> map, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var c = OpenRead();
        await using var tx = c.BeginTransaction(deferred: true);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) yield return map(r, 0);
    }
}
