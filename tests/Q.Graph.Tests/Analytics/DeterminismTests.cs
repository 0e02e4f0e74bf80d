using Q.Core.Analytics;
using Q.Demo;
using Q.Graph.Analytics;

namespace Q.Graph.Tests.Analytics;

/// <summary>A report is reproducible: same network, options and seed give the same figures, bit for bit, however the
/// parallel work was scheduled; a different seed may choose other sampled sources and communities.</summary>
public sealed class DeterminismTests
{
    private static Network Demo(int members)
    {
        var community = DemoCommunity.Generate(members, seed: 5);
        var ordered = community.Members.OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new NetworkMember(m.Id, m.Name, m.RegionId, m.Role, m.OrganisationId, null, m.Joined)).ToList();
        var index = ordered.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var ties = community.Connections
            .Select(c => (A: index[c.From], B: index[c.To]))
            .Select(p => new NetworkTie(Math.Min(p.A, p.B), Math.Max(p.A, p.B), null, Q.Core.Model.ConnectionSource.Other))
            .OrderBy(t => t.A).ThenBy(t => t.B).ToList();
        return new Network(ordered, ties);
    }

    [Fact]
    public void Same_seed_same_report()
    {
        var network = Demo(600);
        // Sampling on: betweenness and path lengths from 100 seeded sources.
        var options = new AnalyticsOptions { ExactBetweennessUpTo = 200, ExactPathsUpTo = 200, SampleSources = 100, Seed = 9 };
        var first = NetworkAnalytics.Report(network, NetworkFilter.None, options, DateTimeOffset.UnixEpoch);
        var second = NetworkAnalytics.Report(network, NetworkFilter.None, options, DateTimeOffset.UnixEpoch);
        Assert.True(first.BetweennessSampled && first.ShortestPathsSampled);
        Assert.Equal(first.Betweenness.OrderBy(p => p.Key, StringComparer.Ordinal), second.Betweenness.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(first.Communities.OrderBy(p => p.Key, StringComparer.Ordinal), second.Communities.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(first.Modularity, second.Modularity);
        Assert.Equal(first.AverageShortestPathLength, second.AverageShortestPathLength);
        Assert.Equal(first.Brokers, second.Brokers);

        var other = NetworkAnalytics.Report(network, NetworkFilter.None, new AnalyticsOptions
        {
            ExactBetweennessUpTo = 200, ExactPathsUpTo = 200, SampleSources = 100, Seed = 10,
        }, DateTimeOffset.UnixEpoch);
        Assert.NotEqual(first.Betweenness.OrderBy(p => p.Key, StringComparer.Ordinal), other.Betweenness.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
