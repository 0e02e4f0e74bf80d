using Q.Core.Analytics;

namespace Q.Graph.Sqlite;

// Connectivity snapshots (migration 4).
public sealed partial class SqliteGraphStore
{
    public Task<long> SaveSnapshotAsync(ConnectivityReport report, CancellationToken ct = default)
    {
        var snapshot = SnapshotRecord.Of(report);
        return ExecuteWriteAsync((w, _) => Task.FromResult(((SqliteGraphWriter)w).InsertSnapshot(SqliteGraphWriter.Timestamp(snapshot.At), snapshot.Filter, snapshot.Report)), ct);
    }

    public Task<IReadOnlyList<ConnectivitySnapshot>> GetSnapshotsAsync(
        NetworkFilter? filter, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default) =>
        Task.FromResult(Read<IReadOnlyList<ConnectivitySnapshot>>(ct, c =>
        {
            using var query = new Prepared(c, null, """
                SELECT id, at, report FROM snapshots
                WHERE ($filter IS NULL OR filter = $filter) AND ($from IS NULL OR at >= $from) AND ($to IS NULL OR at <= $to)
                ORDER BY at, id
                """);
            using var r = query.Read(
                filter is null ? null : SnapshotRecord.FilterKey(filter),
                from is { } f ? SqliteGraphWriter.Timestamp(f) : null,
                to is { } t ? SqliteGraphWriter.Timestamp(t) : null);
            var result = new List<ConnectivitySnapshot>();
            while (r.Read())
                result.Add(new ConnectivitySnapshot(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture), ReportJson.ReadReport(r.GetString(2))));
            return result;
        }));
}
