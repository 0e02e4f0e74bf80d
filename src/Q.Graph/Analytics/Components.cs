namespace Q.Graph.Analytics;

/// <summary>Connected components (networkx.connected_components), numbered in order of their lowest node.</summary>
public sealed class Components
{
    private Components(int[] componentOf, int[] sizes, int largest, int isolates)
    {
        ComponentOf = componentOf;
        Sizes = sizes;
        Largest = largest;
        IsolateCount = isolates;
    }

    /// <summary>Node → component number.</summary>
    public int[] ComponentOf { get; }

    public int[] Sizes { get; }

    public int Count => Sizes.Length;

    /// <summary>
    /// The largest component's number, or -1 for an empty network. Of equal-sized components the one holding the
    /// lowest node wins, which is the one <c>max(nx.connected_components(G), key=len)</c> returns when nodes are added
    /// in index order (so figures of "the largest component" are reproducible and comparable).
    /// </summary>
    public int Largest { get; }

    public int IsolateCount { get; }

    /// <summary>The nodes of one component, ascending.</summary>
    public int[] NodesOf(int component)
    {
        var nodes = new int[Sizes[component]];
        var k = 0;
        for (var v = 0; v < ComponentOf.Length; v++)
            if (ComponentOf[v] == component) nodes[k++] = v;
        return nodes;
    }

    public static Components Of(Network network)
    {
        var n = network.Count;
        var componentOf = new int[n];
        Array.Fill(componentOf, -1);
        var queue = new int[n];
        var sizes = new List<int>();
        var isolates = 0;
        for (var start = 0; start < n; start++)
        {
            if (componentOf[start] >= 0) continue;
            var c = sizes.Count;
            if (network.Degree(start) == 0) isolates++;
            // Breadth-first over an array queue: no allocation per component.
            int head = 0, tail = 0;
            queue[tail++] = start;
            componentOf[start] = c;
            while (head < tail)
            {
                foreach (var w in network.Neighbours(queue[head++]))
                {
                    if (componentOf[w] >= 0) continue;
                    componentOf[w] = c;
                    queue[tail++] = w;
                }
            }
            sizes.Add(tail);
        }
        var largest = -1;
        for (var c = 0; c < sizes.Count; c++)
            if (largest < 0 || sizes[c] > sizes[largest]) largest = c;
        return new Components(componentOf, [.. sizes], largest, isolates);
    }
}
