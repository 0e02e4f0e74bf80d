using Q.Core.Analytics;
using Q.Core.Model;
using Q.Graph.Analytics;

namespace Q.Graph.Tests.Analytics;

/// <summary>The conventions for networks too small for a figure to mean anything (docs/metrics.md); no Python needed.</summary>
public sealed class EdgeCaseTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Empty_network()
    {
        var network = new Network([], []);
        var report = NetworkAnalytics.Report(network, NetworkFilter.None, new AnalyticsOptions(), At);
        Assert.Equal(0, report.MemberCount);
        Assert.Equal(0, report.ConnectionCount);
        Assert.Equal(0, report.Density);
        Assert.Equal(0, report.AverageDegree);
        Assert.Empty(report.DegreeDistribution);
        Assert.Equal(0, report.ComponentCount);
        Assert.Equal(0, report.LargestComponentShare);
        Assert.Equal(0, report.IsolateCount);
        Assert.Equal(0, report.Transitivity);
        Assert.Equal(0, report.AverageClustering);
        Assert.True(double.IsNaN(report.DegreeAssortativity));
        Assert.Equal(0, report.AverageShortestPathLength);
        Assert.Empty(report.Betweenness);
        Assert.True(double.IsNaN(report.Modularity));
        Assert.Equal(0, report.CommunityCount);
        Assert.Empty(report.Communities);
        Assert.All(report.Mixing.Values, m => Assert.True(double.IsNaN(m.Assortativity) && double.IsNaN(m.EiIndex)));
        Assert.Equal(["organisation", "organisationType", "region", "role"], report.Mixing.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(report.RegionTies);
        Assert.Empty(report.RegionMembers);
        Assert.Empty(report.Brokers);
        Assert.Null(NetworkAnalytics.Ego(network, report, "anyone"));
    }

    [Fact]
    public void One_member_network()
    {
        var network = new Network([new NetworkMember("m1", "One", null, MemberRole.Frontline, null, null, null)], []);
        var report = NetworkAnalytics.Report(network, NetworkFilter.None, new AnalyticsOptions(), At);
        Assert.Equal(1, report.MemberCount);
        Assert.Equal(0, report.Density); // networkx: 0 for n ≤ 1
        Assert.Equal(0, report.AverageDegree);
        Assert.Equal(new Dictionary<int, int> { [0] = 1 }, report.DegreeDistribution);
        Assert.Equal(1, report.ComponentCount);
        Assert.Equal(1, report.LargestComponentShare);
        Assert.Equal(1, report.IsolateCount);
        Assert.Equal(0, report.Transitivity);
        Assert.Equal(0, report.AverageClustering);
        Assert.True(double.IsNaN(report.DegreeAssortativity));
        Assert.Equal(0, report.AverageShortestPathLength); // one-node component
        Assert.Equal(0, report.Betweenness["m1"]);
        Assert.True(double.IsNaN(report.Modularity));
        Assert.Equal(1, report.CommunityCount);
        Assert.Equal(0, report.Communities["m1"]);
        Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1 }, report.RegionMembers);
        var broker = Assert.Single(report.Brokers);
        Assert.True(double.IsNaN(broker.Constraint)); // networkx.constraint: nan for an isolate
        var ego = NetworkAnalytics.Ego(network, report, "m1")!;
        Assert.Equal((0, 0, 1), (ego.Degree, ego.TwoHopReach, ego.BetweennessRank));
        Assert.True(double.IsNaN(ego.Constraint));
    }

    [Fact]
    public void Regular_network_has_undefined_degree_assortativity_and_textbook_figures()
    {
        // A 4-cycle: every degree 2 (assortativity 0/0), no triangles, each node on 1 of the 3 pairs around it … by hand:
        // betweenness of each node = 0.5 pair (the opposite pair has two shortest paths) / 3 pairs = 1/6.
        var members = Enumerable.Range(0, 4).Select(i => new NetworkMember($"m{i}", $"M{i}", "r", MemberRole.Other, null, null, null)).ToArray();
        var network = new Network(members, [new(0, 1, null, ConnectionSource.Other), new(1, 2, null, ConnectionSource.Other), new(2, 3, null, ConnectionSource.Other), new(0, 3, null, ConnectionSource.Other)]);
        var report = NetworkAnalytics.Report(network, NetworkFilter.None, new AnalyticsOptions(), At);
        Assert.True(double.IsNaN(report.DegreeAssortativity));
        Assert.Equal(0, report.Transitivity);
        Assert.Equal(4.0 / 3, report.AverageShortestPathLength, 12);
        Assert.All(report.Betweenness.Values, b => Assert.Equal(1.0 / 6, b, 12));
        Assert.True(double.IsNaN(report.RegionAssortativity)); // one region: 1 − Σa² = 0
        Assert.Equal(-1, report.RegionEiIndex); // every tie internal
        Assert.Equal([new TieCount("r", "r", 4)], report.RegionTies);
    }
}
