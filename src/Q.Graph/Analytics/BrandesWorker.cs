namespace Q.Graph.Analytics;

/// <summary>One worker thread's Brandes state, reused for every source it runs.</summary>
internal interface IBrandesWorker
{
    /// <summary>How many sources one <see cref="Accumulate"/> call takes at most.</summary>
    int Width { get; }

    /// <summary>
    /// Adds the dependencies of every source in <paramref name="sources"/> (at most <see cref="Width"/>) to
    /// <paramref name="acc"/>; when <paramref name="distanceSums"/> is given, stores each source's Σ distances in it.
    /// </summary>
    void Accumulate(ReadOnlySpan<int> sources, double[] acc, long[]? distanceSums);
}
