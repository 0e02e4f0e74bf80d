using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Analytics;

/// <summary>Builds the filtered network from the store's streams, reading each stream once.</summary>
public static class NetworkLoader
{
    public static async Task<Network> LoadAsync(IGraphStore store, NetworkFilter filter, CancellationToken ct = default)
    {
        // Organisation types are needed by the filter and by the mixing figures alike.
        var types = new Dictionary<string, OrganisationType?>(StringComparer.Ordinal);
        await foreach (var organisation in store.StreamOrganisationsAsync(ct)) types[organisation.Id] = organisation.Type;

        var members = new List<NetworkMember>();
        await foreach (var member in store.StreamMembersAsync(ct))
        {
            var type = member.OrganisationId is { } org ? types.GetValueOrDefault(org) : null;
            if (!Includes(filter, member, type)) continue;
            members.Add(new NetworkMember(member.Id, member.Name, member.RegionId, member.Role, member.OrganisationId, type, member.Joined));
        }
        // Nodes in ordinal id order whatever order the store streams in, so results are reproducible.
        members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var index = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++) index[members[i].Id] = i;

        var ties = new List<NetworkTie>();
        var seen = new HashSet<long>();
        await foreach (var connection in store.StreamConnectionsAsync(ct))
        {
            if (filter.AsOf is { } asOf && connection.Since is { } since && since > asOf) continue;
            if (!index.TryGetValue(connection.From, out var a) || !index.TryGetValue(connection.To, out var b) || a == b) continue;
            if (a > b) (a, b) = (b, a);
            // A simple graph: a tie listed twice (either way round) is one tie; self-ties are dropped.
            if (!seen.Add(((long)a << 32) | (uint)b)) continue;
            ties.Add(new NetworkTie(a, b, connection.Since, connection.Source));
        }
        ties.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return new Network(members, ties);
    }

    /// <summary>
    /// The member matches every attribute the filter gives. A cohort bound (JoinedFrom/JoinedTo) excludes members
    /// with no joined date; AsOf excludes only members who joined after it (no date: always there).
    /// </summary>
    public static bool Includes(NetworkFilter filter, Member member, OrganisationType? organisationType)
    {
        if (filter.RegionId is { } region && !string.Equals(member.RegionId, region, StringComparison.Ordinal)) return false;
        if (filter.Role is { } role && member.Role != role) return false;
        if (filter.OrganisationId is { } org && !string.Equals(member.OrganisationId, org, StringComparison.Ordinal)) return false;
        if (filter.OrganisationType is { } type && organisationType != type) return false;
        if (filter.TopicId is { } topic && !HoldsTopic(member, topic)) return false;
        if (filter.JoinedFrom is { } from && (member.Joined is not { } joined || joined < from)) return false;
        if (filter.JoinedTo is { } to && (member.Joined is not { } joinedBy || joinedBy > to)) return false;
        if (filter.AsOf is { } asOf && member.Joined is { } j && j > asOf) return false;
        return true;
    }

    private static bool HoldsTopic(Member member, string topic)
    {
        foreach (var t in member.Topics)
            if (string.Equals(t.TopicId, topic, StringComparison.Ordinal)) return true;
        return false;
    }
}
