namespace Q.Suggest;

/// <summary>
/// How the model is trained. Training rows are every positive and a seeded sample of each member's other candidates
/// (see <see cref="PairSet.Build"/>): at 50,000 members all candidates are 3.7 million rows, and LightGBM's time
/// grows with rows × trees while the ranking it learns barely moves (measured in docs/suggestions.md).
/// </summary>
public sealed record ModelSettings
{
    // 100 trees on sampled negatives rank at least as well as 200 on every candidate (recall@10 0.1705 against
    // 0.1676 at 50,000 members, 0.2541 against 0.2493 at 5,000; rate 0.1 did worse: 0.1665, 0.2403) at half the
    // scoring cost: serving walks every tree for every candidate.
    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 31;
    public double LearningRate { get; init; } = 0.05;
    /// <summary>Negatives kept per member for training (every positive is kept); null keeps every candidate.</summary>
    public int? NegativesPerMember { get; init; } = 40;
    public static ModelSettings Default { get; } = new();
}
