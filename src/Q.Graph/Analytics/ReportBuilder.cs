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
        // Exact paths and exact betweenness run the same breadth-first searches: take the distances from Brandes.
        var distanceSums = pathsExact && !betweennessSampled ? new long[n] : null;
        var betweenness = Betweenness.Compute(network, betweennessSources, distanceSums, ct);

        double aspl;
        if (largestSize <= 1) aspl = 0;
        else if (distanceSums is not null)
        {
            long total = 0;
            for (var v = 0; v < n; v++) if (components.ComponentOf[v] == components.Largest) total += distanceSums[v];
            aspl = (double)total / ((double)largestSize * (largestSize - 1));
        }
        else
        {
            var nodes = components.NodesOf(components.Largest);
            var sources = pathsExact ? nodes : Sampling.Choose(nodes, options.SampleSources, options.Seed);
            aspl = ShortestPaths.Average(network, largestSize, sources, ct);
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
