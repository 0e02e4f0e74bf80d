namespace Q.Graph.Analytics;

/// <summary>Krackhardt's E-I index over ties: (external − internal) / (external + internal).</summary>
public static class EiIndex
{
    /// <summary>Internal and external tie counts for categories (node → category number).</summary>
    public static (int Internal, int External) Count(Network network, int[] category)
    {
        int internalTies = 0, externalTies = 0;
        foreach (var tie in network.Ties)
        {
            if (category[tie.A] == category[tie.B]) internalTies++;
            else externalTies++;
        }
        return (internalTies, externalTies);
    }

    /// <summary>From −1 (all ties within groups) to 1 (all between); NaN when there are no ties.</summary>
    public static double Of(int internalTies, int externalTies) =>
        internalTies + externalTies == 0 ? double.NaN : (double)(externalTies - internalTies) / (externalTies + internalTies);
}
