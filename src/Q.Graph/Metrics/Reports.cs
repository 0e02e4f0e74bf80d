using Q.Core.Analytics;
using Q.Core.Model;
using Q.Graph.Analytics;

namespace Q.Graph.Metrics;

/// <summary>What the surfaces (q metrics, GraphQL, exports) add around <see cref="NetworkAnalytics"/>.</summary>
public static class Reports
{
    /// <summary>The attributes figures break down by, as reports name them.</summary>
    public static IReadOnlyList<string> Attributes { get; } = ["region", "role", "organisation", "organisationType"];

    /// <summary>Loads the filtered network and reports on it, with <see cref="ConnectivityReport.SmallestGroups"/> filled in.</summary>
    public static async Task<(Network Network, ConnectivityReport Report)> ComputeAsync(
        NetworkAnalytics analytics, NetworkFilter filter, TimeProvider? clock = null, CancellationToken ct = default)
    {
        var network = await analytics.LoadAsync(filter, ct);
        var report = NetworkAnalytics.Report(network, filter, analytics.Options, (clock ?? TimeProvider.System).GetUtcNow(), ct);
        return (network, report with { SmallestGroups = SmallestGroups(network) });
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
