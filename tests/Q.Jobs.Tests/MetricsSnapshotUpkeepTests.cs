using Q.Core.Analytics;
using Q.Graph.Analytics;
using Q.Jobs.Upkeep;

namespace Q.Jobs.Tests;

/// <summary>metrics-snapshot keeps one snapshot of the whole network and one per region, where connectivityHistory reads them.</summary>
public sealed class MetricsSnapshotUpkeepTests : DataFolder
{
    [Fact]
    public async Task Each_run_adds_a_point_to_the_whole_network_series_and_to_each_regions_series()
    {
        await using var store = await OpenStoreAsync();
        await SeedDemoAsync(store, 80);
        var upkeep = new MetricsSnapshotUpkeep(new NetworkAnalytics(store, new AnalyticsOptions()));

        await upkeep.RunAsync(CancellationToken.None);
        var summary = await upkeep.RunAsync(CancellationToken.None);

        var whole = await store.GetSnapshotsAsync(NetworkFilter.None, null, null);
        Assert.Equal(2, whole.Count);
        var regions = whole[0].Report.RegionMembers.Where(r => r.Value > 0).Select(r => r.Key).ToList();
        Assert.True(regions.Count >= 2, "the demo spreads members over regions");
        foreach (var region in regions)
        {
            var series = await store.GetSnapshotsAsync(new NetworkFilter(RegionId: region), null, null);
            Assert.Equal(2, series.Count);
            Assert.Equal(whole[0].Report.RegionMembers[region], series[0].Report.MemberCount);
        }
        Assert.Equal(2 * (1 + regions.Count), (await store.GetSnapshotsAsync(null, null, null)).Count);
        Assert.Contains($"kept {1 + regions.Count} snapshots", summary, StringComparison.Ordinal);
    }
}
