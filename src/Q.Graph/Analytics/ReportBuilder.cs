using Q.Core.Analytics;

namespace Q.Graph.Analytics;

/// <summary>Computes every figure of a <see cref="ConnectivityReport"/> for one loaded network.</summary>
public static class ReportBuilder
{
    public static ConnectivityReport Build(Network network, NetworkFilter filter, AnalyticsOptions options, DateTimeOffset computedAt, CancellationToken ct)
    {
        var n = network.Count;
        long m = network.Ties.Count;

        var distribution = new SortedDictionary<int, int>();
        for (var v = 0; v < n; v++) distribution[network.Degree(v)] = distribution.GetValueOrDefault(network.Degree(v)) + 1;

        var components = Components.Of(network);
        var largestSize = components.Largest >= 0 ? components.Sizes[components.Largest] : 0;

        // Betweenness: exact from every node, or from SampleSources seeded sources above ExactBetweennessUpTo.
        var betweennessSampled = n > options.ExactBetweennessUpTo && options.SampleSources < n;
        var betweennessSources = betweennessSampled ? Sampling.Choose(Sampling.Range(n), options.SampleSources, options.Seed) : Sampling.Range(n);
        var pathsExact = largestSize <= options.ExactPathsUpTo || options.SampleSources >= largestSize;
        // Path lengths come from Brandes' own breadth-first searches whenever they can: every source when both are
        // exact, and when both are sampled, the sampled betweenness sources that lie in the largest component (a
        // uniform sample of all nodes, restricted to the component, is a uniform sample of the component).
        var shareSearches = pathsExact != betweennessSampled;
        var distanceSums = shareSearches ? new long[n] : null;
        var betweenness = Betweenness.Compute(network, betweennessSources, distanceSums, ct);

        double aspl;
        if (largestSize <= 1) aspl = 0;
        else
        {
            var sources = PathSources(components, betweennessSources, shareSearches);
            if (distanceSums is not null && sources is not null)
            {
                long total = 0;
                foreach (var s in sources) total += distanceSums[s];
                aspl = (double)total / ((double)sources.Length * (largestSize - 1));
            }
            else
            {
                var nodes = components.NodesOf(components.Largest);
                sources = pathsExact ? nodes : Sampling.Choose(nodes, options.SampleSources, options.Seed);
                aspl = ShortestPaths.Average(network, largestSize, sources, ct);
            }
        }

        var triangles = Clustering.Triangles(network, ct);
        var (community, communityCount) = Louvain.Detect(network, options.Seed, ct);

        var mixing = new Dictionary<string, AttributeMixing>(StringComparer.Ordinal);
        Categories? regions = null;
        foreach (var (name, value) in Categories.Attributes)
        {
            var categories = Categories.Read(network, value);
            if (name == "region") regions = categories;
            var (inside, outside) = EiIndex.Count(network, categories.Of);
            mixing[name] = new AttributeMixing(
                Assortativity.Attribute(network, categories.Of, categories.Names.Count), EiIndex.Of(inside, outside), inside, outside);
        }
        regions ??= Categories.Read(network, member => member.RegionId);

        var betweennessById = new Dictionary<string, double>(n, StringComparer.Ordinal);
        var communities = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var v = 0; v < n; v++)
        {
            betweennessById[network.Members[v].Id] = betweenness[v];
            communities[network.Members[v].Id] = community[v];
        }

        return new ConnectivityReport
        {
            Filter = filter,
            ComputedAt = computedAt,
            MemberCount = n,
            ConnectionCount = (int)m,
            Density = n <= 1 ? 0 : 2.0 * m / ((double)n * (n - 1)),
            AverageDegree = n == 0 ? 0 : 2.0 * m / n,
            DegreeDistribution = distribution,
            ComponentCount = components.Count,
            LargestComponentShare = n == 0 ? 0 : (double)largestSize / n,
            IsolateCount = components.IsolateCount,
            Transitivity = Clustering.Transitivity(network, triangles),
            AverageClustering = Clustering.AverageClustering(network, triangles),
            DegreeAssortativity = Assortativity.Degree(network),
            AverageShortestPathLength = aspl,
            ShortestPathsSampled = !pathsExact,
            Betweenness = betweennessById,
            BetweennessSampled = betweennessSampled,
            Modularity = Modularity.Of(network, community, communityCount),
            CommunityCount = communityCount,
            Communities = communities,
            Mixing = mixing,
            RegionTies = RegionMatrix.Ties(network, regions),
            RegionMembers = RegionMatrix.Members(network, regions),
            Brokers = Brokers(network, betweenness, options.TopBrokers),
        };
    }

    /// <summary>
    /// The sources an average path length is taken over when it can reuse the betweenness searches: the betweenness
    /// sources in the largest component (all of its nodes when exact). Null when it cannot: the searches are not shared,
    /// or no sampled source fell in the largest component.
    /// </summary>
    public static int[]? PathSources(Components components, int[] betweennessSources, bool shareSearches)
    {
        if (!shareSearches) return null;
        var inLargest = new List<int>();
        foreach (var s in betweennessSources) if (components.ComponentOf[s] == components.Largest) inLargest.Add(s);
        return inLargest.Count == 0 ? null : [.. inLargest];
    }

    /// <summary>The top members by betweenness (equal betweenness: lower id first), with constraint and degree.</summary>
    private static IReadOnlyList<Broker> Brokers(Network network, double[] betweenness, int top)
    {
        var order = Sampling.Range(network.Count);
        Array.Sort(order, (a, b) => betweenness[a] != betweenness[b]
            ? betweenness[b].CompareTo(betweenness[a])
            : string.CompareOrdinal(network.Members[a].Id, network.Members[b].Id));
        var brokers = new List<Broker>(Math.Min(top, order.Length));
        for (var i = 0; i < order.Length && i < top; i++)
        {
            var v = order[i];
            brokers.Add(new Broker(network.Members[v].Id, betweenness[v], Constraint.Of(network, v), network.Degree(v)));
        }
        return brokers;
    }
}
