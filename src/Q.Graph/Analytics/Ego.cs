namespace Q.Graph.Analytics;

/// <summary>Figures of one member's neighbourhood.</summary>
public static class Ego
{
    /// <summary>Members within two steps, the member excluded
    /// (<c>len(nx.single_source_shortest_path_length(G, v, cutoff=2)) − 1</c>).</summary>
    public static int TwoHopReach(Network network, int node)
    {
        var seen = new HashSet<int> { node };
        foreach (var v in network.Neighbours(node))
        {
            seen.Add(v);
            foreach (var w in network.Neighbours(v)) seen.Add(w);
        }
        return seen.Count - 1;
    }

    /// <summary>
    /// 1 + how many members come before this one ordered by betweenness descending, then id (ordinal): the position
    /// the member would have in the brokers list, so equal betweenness still gives distinct, reproducible ranks.
    /// </summary>
    public static int BetweennessRank(Network network, IReadOnlyDictionary<string, double> betweenness, int node)
    {
        var id = network.Members[node].Id;
        var own = betweenness[id];
        var rank = 1;
        for (var v = 0; v < network.Count; v++)
        {
            var other = network.Members[v].Id;
            var b = betweenness[other];
            if (b > own || (b == own && string.CompareOrdinal(other, id) < 0)) rank++;
        }
        return rank;
    }
}
