namespace Q.Suggest.Features;

/// <summary>Neighbourhood features of a pair in the graph as of the cut-off.</summary>
public static class Structural
{
    public readonly record struct Values(int CommonNeighbours, double AdamicAdar, double ResourceAllocation, double Jaccard, double PreferentialAttachment);

    public static Values Of(GraphView g, int a, int b)
    {
        var x = g.Adjacency[a];
        var y = g.Adjacency[b];
        int common = 0;
        double aa = 0, ra = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j])
            {
                var d = g.Degree(x[i]);
                common++;
                if (d > 1) aa += 1 / Math.Log(d);
                ra += 1.0 / d;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        var union = x.Length + y.Length - common;
        return new Values(common, aa, ra, union == 0 ? 0 : (double)common / union, (double)x.Length * y.Length);
    }
}
