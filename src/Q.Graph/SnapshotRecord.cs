using Q.Core.Analytics;

namespace Q.Graph;

/// <summary>
/// What every engine stores for a connectivity snapshot (<see cref="Q.Core.Ports.IGraphStore.SaveSnapshotAsync"/>):
/// when it was taken, the filter it is filed under (canonical JSON, without the as-of date) and the report trimmed
/// to its aggregates and the members of highest betweenness, as JSON. One definition, so the engines agree.
/// </summary>
internal sealed record SnapshotRecord(DateTimeOffset At, string Filter, string Report)
{
    /// <summary>How many members of highest betweenness a snapshot keeps.</summary>
    public const int BetweennessKept = 100;

    public static SnapshotRecord Of(ConnectivityReport report)
    {
        var at = report.Filter.AsOf is { } asOf ? new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : report.ComputedAt;
        var kept = report with
        {
            Betweenness = report.Betweenness
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(BetweennessKept)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Communities = new Dictionary<string, int>(),
        };
        return new SnapshotRecord(at, FilterKey(report.Filter), ReportJson.Write(kept));
    }

    /// <summary>The key snapshots of one population are filed under, whatever their dates.</summary>
    public static string FilterKey(NetworkFilter filter) => ReportJson.Canonical(filter with { AsOf = null });
}
