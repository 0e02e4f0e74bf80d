using Q.Core.Model;

namespace Q.Demo.Tests;

/// <summary>
/// One 2,000-member community shared by the tests (generated once; the generator is deterministic so
/// sharing cannot hide order effects), plus the graph measures the network tests need.
/// </summary>
internal static class Shared
{
    public const int Size = 2_000;

    private static readonly Lazy<DemoCommunity> LazyCommunity = new(() => DemoCommunity.Generate(Size, seed: 1));
    private static readonly Lazy<Graph> LazyGraph = new(() => new Graph(LazyCommunity.Value));

    public static DemoCommunity Community => LazyCommunity.Value;
    public static Graph Graph => LazyGraph.Value;
}

/// <summary>The ties as adjacency sets over member positions, with the usual whole-graph measures.</summary>
internal sealed class Graph
{
    public Graph(DemoCommunity c)
    {
        Community = c;
        var position = c.Members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Neighbours = c.Members.Select(_ => new HashSet<int>()).ToArray();
        foreach (var t in c.Connections)
        {
            Neighbours[position[t.From]].Add(position[t.To]);
            Neighbours[position[t.To]].Add(position[t.From]);
        }
    }

    public DemoCommunity Community { get; }
    public HashSet<int>[] Neighbours { get; }

    public double AverageDegree => 2.0 * Community.Connections.Count / Community.Members.Count;

    public double Density
    {
        get
        {
            double n = Community.Members.Count;
            return Community.Connections.Count / (n * (n - 1) / 2);
        }
    }

    /// <summary>Global clustering: closed triplets over all connected triplets.</summary>
    public double Transitivity()
    {
        long closed = 0, triplets = 0;
        foreach (var set in Neighbours)
        {
            var list = set.ToArray();
            triplets += (long)list.Length * (list.Length - 1) / 2;
            for (var a = 0; a < list.Length; a++)
                for (var b = a + 1; b < list.Length; b++)
                    if (Neighbours[list[a]].Contains(list[b])) closed++;
        }
        return (double)closed / triplets;
    }

    public OrganisationType? TypeOf(Member m) =>
        m.OrganisationId is null ? null : Community.Organisations.First(o => o.Id == m.OrganisationId).Type;
}
