namespace Q.Core.Analytics;

/// <summary>
/// The shape of a (filtered) network, every figure defined as NetworkX defines it for an undirected simple graph
/// (docs/metrics.md gives each definition). A figure NetworkX leaves undefined (e.g. assortativity of a network
/// whose degrees are all equal) is NaN.
/// </summary>
public sealed record ConnectivityReport
{
    public required NetworkFilter Filter { get; init; }
    public required DateTimeOffset ComputedAt { get; init; }

    public required int MemberCount { get; init; }
    public required int ConnectionCount { get; init; }
    public required double Density { get; init; }
    public required double AverageDegree { get; init; }
    /// <summary>Degree → how many members have it.</summary>
    public required IReadOnlyDictionary<int, int> DegreeDistribution { get; init; }
    public required int ComponentCount { get; init; }
    public required double LargestComponentShare { get; init; }
    public required int IsolateCount { get; init; }
    public required double Transitivity { get; init; }
    public required double AverageClustering { get; init; }
    public required double DegreeAssortativity { get; init; }
    /// <summary>In the largest connected component.</summary>
    public required double AverageShortestPathLength { get; init; }
    /// <summary>True when <see cref="AverageShortestPathLength"/> was estimated from sampled sources (large networks).</summary>
    public required bool ShortestPathsSampled { get; init; }
    /// <summary>Normalised betweenness of every member of the filtered network.</summary>
    public required IReadOnlyDictionary<string, double> Betweenness { get; init; }
    /// <summary>True when betweenness was estimated from sampled sources (large networks).</summary>
    public required bool BetweennessSampled { get; init; }
    public required double Modularity { get; init; }
    public required int CommunityCount { get; init; }
    /// <summary>Member id → community number (0 the largest).</summary>
    public required IReadOnlyDictionary<string, int> Communities { get; init; }
    /// <summary>Newman's attribute assortativity and Krackhardt's E-I index, by attribute: region, role, organisation, organisationType.</summary>
    public required IReadOnlyDictionary<string, AttributeMixing> Mixing { get; init; }
    /// <summary>Ties between regions (both orders present; a region's ties within itself on the diagonal).</summary>
    public required IReadOnlyList<TieCount> RegionTies { get; init; }
    /// <summary>Members per region, for breakdowns.</summary>
    public required IReadOnlyDictionary<string, int> RegionMembers { get; init; }
    /// <summary>Top members by betweenness, with Burt's constraint.</summary>
    public required IReadOnlyList<Broker> Brokers { get; init; }

    /// <summary>
    /// By attribute (region, role, organisation, organisationType): how many members the smallest group of members
    /// sharing a value has. Filled by the surfaces (not by the analytics) so breakdowns can be suppressed for
    /// evaluators, also in stored snapshots; null when not known.
    /// </summary>
    public IReadOnlyDictionary<string, int>? SmallestGroups { get; init; }

    public double RegionAssortativity => Mixing.TryGetValue("region", out var m) ? m.Assortativity : double.NaN;

    public double RegionEiIndex => Mixing.TryGetValue("region", out var m) ? m.EiIndex : double.NaN;
}

/// <summary>How members mix across one attribute: Newman's assortativity and Krackhardt's E-I index (external − internal) / all ties.</summary>
public sealed record AttributeMixing(double Assortativity, double EiIndex, int InternalTies, int ExternalTies);

public sealed record TieCount(string From, string To, int Count);

public sealed record Broker(string MemberId, double Betweenness, double Constraint, int Degree);

/// <summary>One member's place in the network.</summary>
/// <param name="TwoHopReach">Members within two steps, the member excluded.</param>
/// <param name="BetweennessRank">1 for the highest betweenness.</param>
public sealed record EgoFigures(string MemberId, int Degree, int TwoHopReach, double Constraint, double Betweenness, int BetweennessRank);

/// <summary>A report kept at a moment, for <c>connectivityHistory</c>.</summary>
public sealed record ConnectivitySnapshot(long Id, DateTimeOffset At, ConnectivityReport Report);
