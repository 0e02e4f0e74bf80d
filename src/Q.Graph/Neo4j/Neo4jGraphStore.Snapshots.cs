using Q.Core.Analytics;

namespace Q.Graph.Neo4j;

// Connectivity snapshots: (:Snapshot {id, at, filter, report}) with the filter and report as JSON text, as in SQLite.
public sealed partial class Neo4jGraphStore
{
    public Task<long> SaveSnapshotAsync(ConnectivityReport report, CancellationToken ct = default)
    {
        var at = report.Filter.AsOf is { } asOf ? new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : report.ComputedAt;
        var filter = ReportJson.Canonical(report.Filter with { AsOf = null });
        var kept = report with
        {
            Betweenness = report.Betweenness
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(Sqlite.SqliteGraphStore.SnapshotBetweennessKept)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Communities = new Dictionary<string, int>(),
        };
        var json = ReportJson.Write(kept);
        return ExecuteWriteAsync((w, token) => ((Neo4jGraphWriter)w).InsertSnapshotAsync(Records.Timestamp(at), filter, json, token), ct);
    }

    public async Task<IReadOnlyList<ConnectivitySnapshot>> GetSnapshotsAsync(
        NetworkFilter? filter, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (s:Snapshot)
            WHERE ($filter IS NULL OR s.filter = $filter) AND ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at <= $to)
            RETURN s.id, s.at, s.report ORDER BY s.at, s.id
            """, Args(
                ("filter", filter is null ? null : ReportJson.Canonical(filter with { AsOf = null })),
                ("from", from is { } f ? Records.Timestamp(f) : null),
                ("to", to is { } t ? Records.Timestamp(t) : null)), ct)).Rows;
        return rows.Select(r => new ConnectivitySnapshot(r[0].GetInt64(), Records.ParseTimestamp(r[1].GetString()!), ReportJson.ReadReport(r[2].GetString()!))).ToArray();
    }
}
