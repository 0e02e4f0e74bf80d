using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Analytics;

namespace Q.Graph.Metrics;

/// <summary>What the surfaces (q metrics, GraphQL, exports) add around <see cref="NetworkAnalytics"/>.</summary>
public static class Reports
{
    /// <summary>The attributes figures break down by, as reports name them.</summary>
    public static IReadOnlyList<string> Attributes { get; } = ["region", "role", "organisation", "organisationType"];

    /// <summary>
    /// Loads the filtered network and reports on it, with <see cref="ConnectivityReport.SmallestGroups"/> filled in.
    /// With an <paramref name="audience"/>, a topic filter keeps only members whose topics that audience may see
    /// (as the member directory does), so a topic's figures never count people who hid their topics; without one
    /// (the operator's command line) every holder counts.
    /// </summary>
    public static async Task<(Network Network, ConnectivityReport Report)> ComputeAsync(
        NetworkAnalytics analytics, NetworkFilter filter, Audience? audience = null, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var network = await analytics.LoadAsync(filter, ct);
        if (filter.TopicId is not null && audience is not null) network = await WithVisibleTopicsAsync(analytics.Store, network, audience, ct);
        var report = NetworkAnalytics.Report(network, filter, analytics.Options, (clock ?? TimeProvider.System).GetUtcNow(), ct);
        return (network, report with { SmallestGroups = SmallestGroups(network) });
    }

    private static async Task<Network> WithVisibleTopicsAsync(IGraphStore store, Network network, Audience audience, CancellationToken ct)
    {
        var keep = new int[network.Count];
        var kept = new List<NetworkMember>(network.Count);
        for (var start = 0; start < network.Count; start += 500)
        {
            var chunk = network.Members.Skip(start).Take(500).ToList();
            var members = await store.GetMembersAsync(chunk.Select(m => m.Id).ToList(), ct);
            for (var i = 0; i < chunk.Count; i++)
            {
                var visible = members.TryGetValue(chunk[i].Id, out var member) && audience.Allows(member.Visibility.Topics, member.Id);
                keep[start + i] = visible ? kept.Count : -1;
                if (visible) kept.Add(chunk[i]);
            }
        }
        if (kept.Count == network.Count) return network;
        // Order is kept, so members stay in id order and each tie's ends stay A < B.
        var ties = network.Ties.Where(t => keep[t.A] >= 0 && keep[t.B] >= 0).Select(t => t with { A = keep[t.A], B = keep[t.B] }).ToList();
        return new Network(kept, ties);
    }

    /// <summary>
    /// By attribute, the size of the smallest group of members sharing a value (members without a value form no
    /// group); an attribute nobody has is left out.
    /// </summary>
    public static IReadOnlyDictionary<string, int> SmallestGroups(Network network)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var attribute in Attributes)
        {
            var sizes = network.Members.Select(m => ValueOf(m, attribute)).OfType<string>()
                .GroupBy(v => v, StringComparer.Ordinal).Select(g => g.Count()).ToList();
            if (sizes.Count > 0) result[attribute] = sizes.Min();
        }
        return result;
    }

    /// <summary>A member's value of a breakdown attribute, as exports and reports write it (wire names for enums).</summary>
    public static string? ValueOf(NetworkMember member, string attribute) => attribute switch
    {
        "region" => member.RegionId,
        "role" => WireName<MemberRole>.Of(member.Role),
        "organisation" => member.OrganisationId,
        "organisationType" => member.OrganisationType is { } t ? WireName<OrganisationType>.Of(t) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "not a breakdown attribute"),
    };
}
