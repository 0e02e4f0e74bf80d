using Q.Core.Analytics;
using Q.Graph.Analytics;
using Q.Graph.Tests.Sqlite;
using Xunit.Abstractions;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// Every figure of a report on real small networks that NetworkX ships (with seeded attributes, some missing) and on
/// seeded random graphs, compared with NetworkX's own functions. Skipped, with the reason, without networkx.
/// </summary>
public sealed class NetworkXComparisonTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Node and tie counts where they are textbook facts (−1: not checked beyond networkx's own count).</summary>
    [SkippableTheory]
    [InlineData("karate", 34, 78)] // Zachary's karate club
    [InlineData("florentine", 15, 20)] // Padgett's marriage ties; networkx leaves out the isolated Pucci family
    [InlineData("lesmis", 77, 254)] // Knuth's Les Misérables co-appearances
    [InlineData("davis", 32, 89)] // Davis's Southern Women: 18 women, 14 events, 89 attendances
    [InlineData("gnp:150:0.015:3", -1, -1)] // sparse: isolates and several components
    [InlineData("gnp:60:0.2:11", -1, -1)] // dense, one component
    public void Report_matches_networkx(string name, int members, int ties)
    {
        Skip.If(NetworkXReference.SkipReason is not null, NetworkXReference.SkipReason);
        using var folder = new TempDirectory();
        NetworkXReference.Export(name, folder.Path);
        var network = NetworkXReference.ReadNetwork(folder.Path);
        if (members >= 0) Assert.Equal(members, network.Count);
        if (ties >= 0) Assert.Equal(ties, network.Ties.Count);

        var options = new AnalyticsOptions();
        var report = NetworkAnalytics.Report(network, NetworkFilter.None, options, At);
        Assert.False(report.BetweennessSampled);
        Assert.False(report.ShortestPathsSampled);
        NetworkXReference.WriteReport(folder.Path, report, new { louvainSeed = options.Seed });
        new ReportComparison(network, report, NetworkXReference.Analyse(folder.Path), output).AssertAll();
    }

    /// <summary>
    /// Above the exact thresholds betweenness and path length come from seeded sample sources: flagged, and equal to
    /// what networkx's own Brandes accumulation and rescaling (with k) give from the same sources.
    /// </summary>
    [SkippableTheory]
    [InlineData(true)] // both sampled: path lengths reuse the betweenness searches
    [InlineData(false)] // exact betweenness, sampled path lengths from their own seeded sources
    public void Sampled_figures_match_networkx_from_the_same_sources(bool betweennessSampled)
    {
        Skip.If(NetworkXReference.SkipReason is not null, NetworkXReference.SkipReason);
        using var folder = new TempDirectory();
        NetworkXReference.Export("gnp:400:0.008:5", folder.Path);
        var network = NetworkXReference.ReadNetwork(folder.Path);
        var options = new AnalyticsOptions { ExactBetweennessUpTo = betweennessSampled ? 100 : 1000, ExactPathsUpTo = 100, SampleSources = 60, Seed = 42 };
        var report = NetworkAnalytics.Report(network, NetworkFilter.None, options, At);
        Assert.Equal(betweennessSampled, report.BetweennessSampled);
        Assert.True(report.ShortestPathsSampled);

        var components = Components.Of(network);
        Assert.True(components.Sizes[components.Largest] > options.ExactPathsUpTo, "the largest component must be above the threshold");
        var betweennessSources = betweennessSampled ? Sampling.Choose(Sampling.Range(network.Count), options.SampleSources, options.Seed) : Sampling.Range(network.Count);
        int[] pathSources;
        if (betweennessSampled)
        {
            pathSources = betweennessSources.Where(v => components.ComponentOf[v] == components.Largest).ToArray();
            Assert.Equal(pathSources, ReportBuilder.PathSources(components, betweennessSources, shareSearches: true));
            Assert.InRange(pathSources.Length, 10, options.SampleSources - 1);
        }
        else pathSources = Sampling.Choose(components.NodesOf(components.Largest), options.SampleSources, options.Seed);
        NetworkXReference.WriteReport(folder.Path, report, new
        {
            louvainSeed = options.Seed,
            betweennessSources = betweennessSources.Select(v => network.Members[v].Id).ToArray(),
            pathSources = pathSources.Select(v => network.Members[v].Id).ToArray(),
        });
        new ReportComparison(network, report, NetworkXReference.Analyse(folder.Path), output).AssertAll();
    }
}
