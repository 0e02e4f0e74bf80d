using Q.Core.Analytics;
using Q.Core.Ports;

namespace Q.Graph.Analytics;

/// <summary>
/// Connectivity figures for evaluators, computed in-process from the graph store's streamed members and ties.
/// Every figure is defined as NetworkX defines it (docs/metrics.md), so results can be checked against it.
/// </summary>
public sealed class NetworkAnalytics(IGraphStore store, AnalyticsOptions options)
{
    public AnalyticsOptions Options { get; } = options;

    /// <summary>The store the network is read from.</summary>
    public IGraphStore Store { get; } = store;

    /// <summary>The filtered network: members matching the filter, and the ties among them formed by its as-of date.</summary>
    public Task<Network> LoadAsync(NetworkFilter filter, CancellationToken ct = default) =>
        NetworkLoader.LoadAsync(Store, filter, ct);

    public async Task<ConnectivityReport> ReportAsync(NetworkFilter filter, CancellationToken ct = default) =>
        Report(await LoadAsync(filter, ct), filter, Options, DateTimeOffset.UtcNow, ct);

    /// <summary>Every figure of the report for a network already loaded.</summary>
    public static ConnectivityReport Report(Network network, NetworkFilter filter, AnalyticsOptions options, DateTimeOffset computedAt, CancellationToken ct = default) =>
        ReportBuilder.Build(network, filter, options, computedAt, ct);

    /// <summary>One member's ego figures within a report's network, or null when the member is not in it.</summary>
    public static EgoFigures? Ego(Network network, ConnectivityReport report, string memberId)
    {
        if (!network.TryGetIndex(memberId, out var node) || !report.Betweenness.TryGetValue(memberId, out var betweenness)) return null;
        return new EgoFigures(memberId, network.Degree(node), Analytics.Ego.TwoHopReach(network, node),
            Constraint.Of(network, node), betweenness, Analytics.Ego.BetweennessRank(network, report.Betweenness, node));
    }
}
