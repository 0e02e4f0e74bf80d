using Q.Core.Analytics;

namespace Q.Graph.Neo4j;

// Connectivity snapshots: (:Snapshot {id, at, filter, report}) with the filter and report as JSON text, as in SQLite.
public sealed partial class Neo4jGraphStore
{
    public Task<long> SaveSnapshotAsync(ConnectivityReport report, CancellationToken ct = default)
    {
        var snapshot = SnapshotRecord.Of(report);
        return ExecuteWriteAsync((w, token) => ((Neo4jGraphWriter)w).InsertSnapshotAsync(Records.Timestamp(snapshot.At), snapshot.Filter, snapshot.Report, token), ct);
    }

    public async Task<IReadOnlyList<ConnectivitySnapshot>> GetSnapshotsAsync(
        NetworkFilter? filter, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (s:Snapshot)
            WHERE ($filter IS NULL OR s.filter = $filter) AND ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at <= $to)
            RETURN s.id, s.at, s.report ORDER BY s.at, s.id
            """, Args(
                ("filter", filter is null ? null : SnapshotRecord.FilterKey(filter)),
                ("from", from is { } f ? Records.Timestamp(f) : null),
                ("to", to is { } t ? Records.Timestamp(t) : null)), ct)).Rows;
        return rows.Select(r => new ConnectivitySnapshot(r[0].GetInt64(), Records.ParseTimestamp(r[1].GetString()!), ReportJson.ReadReport(r[2].GetString()!))).ToArray();
    }
}
