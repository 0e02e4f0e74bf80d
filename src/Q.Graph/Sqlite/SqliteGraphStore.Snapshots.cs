using Q.Core.Analytics;

namespace Q.Graph.Sqlite;

// Connectivity snapshots (migration 4).
public sealed partial class SqliteGraphStore
{
    /// <summary>How many members of highest betweenness a snapshot keeps.</summary>
    public const int SnapshotBetweennessKept = 100;

    public Task<long> SaveSnapshotAsync(ConnectivityReport report, CancellationToken ct = default)
    {
        var at = report.Filter.AsOf is { } asOf ? new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : report.ComputedAt;
        var filter = ReportJson.Canonical(report.Filter with { AsOf = null });
        var kept = report with
        {
            Betweenness = report.Betweenness
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(SnapshotBetweennessKept)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Communities = new Dictionary<string, int>(),
        };
        var json = ReportJson.Write(kept);
        return ExecuteWriteAsync((w, _) => Task.FromResult(((SqliteGraphWriter)w).InsertSnapshot(SqliteGraphWriter.Timestamp(at), filter, json)), ct);
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
                filter is null ? null : ReportJson.Canonical(filter with { AsOf = null }),
                from is { } f ? SqliteGraphWriter.Timestamp(f) : null,
                to is { } t ? SqliteGraphWriter.Timestamp(t) : null);
            var result = new List<ConnectivitySnapshot>();
            while (r.Read())
                result.Add(new ConnectivitySnapshot(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture), ReportJson.ReadReport(r.GetString(2))));
            return result;
        }));
}
