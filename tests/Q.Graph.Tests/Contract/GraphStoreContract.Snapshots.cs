using Q.Core.Analytics;
using Q.Core.Model;

namespace Q.Graph.Tests.Contract;

public abstract partial class GraphStoreContract<TFixture>
{
    /// <summary>A small but complete report, with NaN where a figure can be undefined.</summary>
    internal static ConnectivityReport SnapshotReport(NetworkFilter filter, DateTimeOffset computedAt, int members = 4, int betweennessMembers = 4) => new()
    {
        Filter = filter,
        ComputedAt = computedAt,
        MemberCount = members,
        ConnectionCount = 3,
        Density = 0.5,
        AverageDegree = 1.5,
        DegreeDistribution = new Dictionary<int, int> { [1] = 2, [2] = 2 },
        ComponentCount = 1,
        LargestComponentShare = 1.0,
        IsolateCount = 0,
        Transitivity = 0.0,
        AverageClustering = 0.0,
        DegreeAssortativity = double.NaN,
        AverageShortestPathLength = 1.6666666666666667,
        ShortestPathsSampled = false,
        Betweenness = Enumerable.Range(1, betweennessMembers).ToDictionary(i => $"m-{i}", i => 1.0 / i),
        BetweennessSampled = false,
        Modularity = double.NaN,
        CommunityCount = 1,
        Communities = Enumerable.Range(1, betweennessMembers).ToDictionary(i => $"m-{i}", _ => 0),
        Mixing = new Dictionary<string, AttributeMixing>
        {
            ["region"] = new(-0.5, 0.3333333333333333, 1, 2),
            ["role"] = new(double.NaN, 1.0, 0, 3),
        },
        RegionTies = [new TieCount("wales", "wales", 1), new TieCount("wales", "london", 2), new TieCount("london", "wales", 2)],
        RegionMembers = new Dictionary<string, int> { ["wales"] = 3, ["london"] = 1 },
        Brokers = [new Broker("m-1", 0.6666666666666666, 0.5, 2), new Broker("m-2", 0.5, double.NaN, 2)],
        SmallestGroups = new Dictionary<string, int> { ["region"] = 1 },
    };

    [SkippableFact]
    public async Task A_snapshot_round_trips_every_aggregate_including_undefined_figures()
    {
        var store = await EmptyStoreAsync();
        var at = new DateTimeOffset(2026, 3, 1, 12, 30, 15, 123, TimeSpan.Zero);
        var report = SnapshotReport(NetworkFilter.None, at);
        var id = await store.SaveSnapshotAsync(report);

        var snapshot = Assert.Single(await store.GetSnapshotsAsync(null, null, null));
        Assert.Equal(id, snapshot.Id);
        Assert.Equal(at, snapshot.At);
        var back = snapshot.Report;
        Assert.Equal(report.Filter, back.Filter);
        Assert.Equal(report.ComputedAt, back.ComputedAt);
        Assert.Equal(report.MemberCount, back.MemberCount);
        Assert.Equal(report.Density, back.Density);
        Assert.Equal(report.AverageShortestPathLength, back.AverageShortestPathLength);
        Assert.True(double.IsNaN(back.DegreeAssortativity));
        Assert.True(double.IsNaN(back.Modularity));
        Assert.True(double.IsNaN(back.Mixing["role"].Assortativity));
        Assert.Equal(report.Mixing["region"], back.Mixing["region"]);
        Assert.Equal(report.RegionAssortativity, back.RegionAssortativity);
        Assert.Equal(report.DegreeDistribution, back.DegreeDistribution);
        Assert.Equal(report.RegionTies, back.RegionTies);
        Assert.Equal(report.RegionMembers, back.RegionMembers);
        Assert.Equal(report.Brokers[0], back.Brokers[0]);
        Assert.True(double.IsNaN(back.Brokers[1].Constraint));
        Assert.Equal(report.Betweenness, back.Betweenness);
        Assert.Equal(report.SmallestGroups, back.SmallestGroups);
    }

    [SkippableFact]
    public async Task A_snapshot_keeps_the_top_100_of_betweenness_and_no_per_member_communities()
    {
        var store = await EmptyStoreAsync();
        await store.SaveSnapshotAsync(SnapshotReport(NetworkFilter.None, DateTimeOffset.UnixEpoch, members: 250, betweennessMembers: 250));
        var back = Assert.Single(await store.GetSnapshotsAsync(null, null, null)).Report;
        Assert.Equal(250, back.MemberCount);
        Assert.Equal(100, back.Betweenness.Count);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"m-{i}").ToHashSet(), back.Betweenness.Keys.ToHashSet());
        Assert.Empty(back.Communities);
    }

    [SkippableFact]
    public async Task Snapshots_are_listed_oldest_first_within_inclusive_bounds()
    {
        var store = await EmptyStoreAsync();
        var computed = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        // Saved out of order; an as-of date is the snapshot's moment (midnight UTC), not when it was computed.
        await store.SaveSnapshotAsync(SnapshotReport(new NetworkFilter(AsOf: new DateOnly(2025, 6, 1)), computed, members: 20));
        await store.SaveSnapshotAsync(SnapshotReport(new NetworkFilter(AsOf: new DateOnly(2024, 6, 1)), computed, members: 10));
        await store.SaveSnapshotAsync(SnapshotReport(NetworkFilter.None, computed, members: 30));

        var all = await store.GetSnapshotsAsync(null, null, null);
        Assert.Equal([10, 20, 30], all.Select(s => s.Report.MemberCount));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), all[0].At);
        Assert.Equal(computed, all[2].At);
        // The as-of date stays in the report's own filter.
        Assert.Equal(new DateOnly(2024, 6, 1), all[0].Report.Filter.AsOf);

        var from = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([20, 30], (await store.GetSnapshotsAsync(null, from, null)).Select(s => s.Report.MemberCount));
        Assert.Equal([10, 20], (await store.GetSnapshotsAsync(null, null, from)).Select(s => s.Report.MemberCount));
        Assert.Equal([20], (await store.GetSnapshotsAsync(null, from, from)).Select(s => s.Report.MemberCount));
        Assert.Empty(await store.GetSnapshotsAsync(null, computed.AddTicks(1), null));
    }

    [SkippableFact]
    public async Task Snapshots_are_matched_on_exactly_their_filter_whatever_its_as_of_date()
    {
        var store = await EmptyStoreAsync();
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var wales = new NetworkFilter(RegionId: "wales");
        var walesManagers = new NetworkFilter(RegionId: "wales", Role: MemberRole.Manager);
        await store.SaveSnapshotAsync(SnapshotReport(NetworkFilter.None, at, members: 1));
        await store.SaveSnapshotAsync(SnapshotReport(wales, at, members: 2));
        await store.SaveSnapshotAsync(SnapshotReport(wales with { AsOf = new DateOnly(2025, 1, 1) }, at, members: 3));
        await store.SaveSnapshotAsync(SnapshotReport(walesManagers, at, members: 4));

        Assert.Equal([3, 2], (await store.GetSnapshotsAsync(wales, null, null)).Select(s => s.Report.MemberCount));
        Assert.Equal([3, 2], (await store.GetSnapshotsAsync(wales with { AsOf = new DateOnly(2020, 1, 1) }, null, null)).Select(s => s.Report.MemberCount));
        Assert.Equal([4], (await store.GetSnapshotsAsync(new NetworkFilter(Role: MemberRole.Manager, RegionId: "wales"), null, null)).Select(s => s.Report.MemberCount));
        Assert.Equal([1], (await store.GetSnapshotsAsync(NetworkFilter.None, null, null)).Select(s => s.Report.MemberCount));
        Assert.Empty(await store.GetSnapshotsAsync(new NetworkFilter(RegionId: "london"), null, null));
        Assert.Equal(4, (await store.GetSnapshotsAsync(null, null, null)).Count);
    }

    [SkippableFact]
    public async Task Erasing_a_member_replaces_their_id_in_snapshots_with_the_erasure_pseudonym()
    {
        var store = await SampleStoreAsync();
        await store.SaveSnapshotAsync(SnapshotReport(NetworkFilter.None, DateTimeOffset.UnixEpoch));

        await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "erased-abc", ct));

        var back = Assert.Single(await store.GetSnapshotsAsync(null, null, null)).Report;
        Assert.DoesNotContain("m-1", back.Betweenness.Keys);
        Assert.Equal(1.0, back.Betweenness["erased-abc"]);
        Assert.Equal("erased-abc", back.Brokers[0].MemberId);
        Assert.Equal("m-2", back.Brokers[1].MemberId);
        Assert.Equal(4, back.MemberCount);
    }
}
