using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>Turns feature vectors into scores, higher meaning more likely to connect.</summary>
public interface IScorer
{
    /// <summary>"model" or a heuristic's name ("adamic-adar", "common-neighbours", "topic-overlap").</summary>
    string Name { get; }

    float[] Score(IReadOnlyList<float[]> features);
}

/// <summary>A single feature as the score: the heuristics the model must beat.</summary>
public sealed class Heuristic(string name, int feature) : IScorer
{
    public string Name { get; } = name;

    public float[] Score(IReadOnlyList<float[]> features) => features.Select(f => f[feature]).ToArray();

    public static Heuristic AdamicAdar { get; } = new("adamic-adar", PairFeatures.AdamicAdar);
    public static Heuristic CommonNeighbours { get; } = new("common-neighbours", PairFeatures.CommonNeighbours);
    public static Heuristic TopicOverlap { get; } = new("topic-overlap", PairFeatures.TopicOverlap);

    public static IReadOnlyList<Heuristic> All { get; } = [AdamicAdar, CommonNeighbours, TopicOverlap];

    public static Heuristic? Named(string name) => All.FirstOrDefault(h => h.Name == name);
}
