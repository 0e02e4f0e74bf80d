using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Analytics;
using Q.Graph.Metrics;

namespace Q.Jobs.Upkeep;

/// <summary>
/// metrics-snapshot: keeps a connectivity snapshot of the whole network and one of each region that has members, so
/// connectivityHistory has a point per run in each series. Computed as q metrics --snapshot computes them.
/// </summary>
public sealed class MetricsSnapshotUpkeep(NetworkAnalytics analytics, TimeProvider? clock = null) : IUpkeep
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var (_, whole) = await Reports.ComputeAsync(analytics, NetworkFilter.None, Audience.Public, clock, ct);
        await analytics.Store.SaveSnapshotAsync(whole, ct);
        var regions = whole.RegionMembers.Where(r => r.Value > 0).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var region in regions)
        {
            var (_, report) = await Reports.ComputeAsync(analytics, new NetworkFilter(RegionId: region), Audience.Public, clock, ct);
            await analytics.Store.SaveSnapshotAsync(report, ct);
        }
        return $"kept {1 + regions.Count} snapshots: the whole network ({whole.MemberCount:N0} members, {whole.ConnectionCount:N0} ties) and {regions.Count} regions";
    }
}
