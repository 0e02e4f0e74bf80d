using Q.Core.Model;

namespace Q.Graph.Analytics;

/// <summary>A member of a network being measured, with the attributes the figures break down by.</summary>
public sealed record NetworkMember(
    string Id, string Name, string? RegionId, MemberRole Role, string? OrganisationId, OrganisationType? OrganisationType, DateOnly? Joined);

/// <summary>An undirected tie between members <see cref="A"/> &lt; <see cref="B"/> (indexes into <see cref="Network.Members"/>).</summary>
public sealed record NetworkTie(int A, int B, DateOnly? Since, ConnectionSource Source);

/// <summary>
/// An undirected simple graph in compressed form: members numbered 0..n-1 (in id order, so results are reproducible),
/// each member's neighbours as a sorted slice of one array. Built once per report by <see cref="NetworkAnalytics.LoadAsync"/>.
/// </summary>
public sealed class Network
{
    private readonly Dictionary<string, int> _index;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    public Network(IReadOnlyList<NetworkMember> members, IReadOnlyList<NetworkTie> ties)
    {
        Members = members;
        Ties = ties;
        _index = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++) _index[members[i].Id] = i;
        var degree = new int[members.Count];
        foreach (var tie in ties)
        {
            degree[tie.A]++;
            degree[tie.B]++;
        }
        _offsets = new int[members.Count + 1];
        for (var i = 0; i < members.Count; i++) _offsets[i + 1] = _offsets[i] + degree[i];
        _neighbours = new int[_offsets[^1]];
        var fill = (int[])_offsets.Clone();
        foreach (var tie in ties)
        {
            _neighbours[fill[tie.A]++] = tie.B;
            _neighbours[fill[tie.B]++] = tie.A;
        }
        for (var i = 0; i < members.Count; i++) Array.Sort(_neighbours, _offsets[i], degree[i]);
    }

    public IReadOnlyList<NetworkMember> Members { get; }

    public IReadOnlyList<NetworkTie> Ties { get; }

    public int Count => Members.Count;

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    /// <summary>The node's neighbours, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _neighbours.AsSpan(_offsets[node], Degree(node));

    public bool TryGetIndex(string memberId, out int node) => _index.TryGetValue(memberId, out node);

    /// <summary>Node v's neighbours are <see cref="AdjacencyTargets"/>[offsets[v] .. offsets[v + 1]): the raw arrays, for
    /// inner loops (Brandes, BFS) that run billions of times on large networks. Never written to.</summary>
    internal int[] AdjacencyOffsets => _offsets;

    internal int[] AdjacencyTargets => _neighbours;
}
