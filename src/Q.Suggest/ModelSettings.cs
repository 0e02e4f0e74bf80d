namespace Q.Suggest;

/// <summary>
/// How the model is trained. Training rows are every positive and a seeded sample of each member's other candidates
/// (see <see cref="PairSet.Build"/>): at 50,000 members all candidates are 3.7 million rows, and LightGBM's time
/// grows with rows × trees while the ranking it learns barely moves (measured in docs/suggestions.md).
/// </summary>
public sealed record ModelSettings
{
    // 100 trees at rate 0.1 on sampled negatives rank about as well as 200 at 0.05 on every candidate (recall@10
    // 0.1665 against 0.1676 at 50,000 members, 0.2339 against 0.2301 at 5,000) at half the scoring cost: serving
    // walks every tree for every candidate.
    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 31;
    public double LearningRate { get; init; } = 0.1;
    /// <summary>Negatives kept per member for training (every positive is kept); null keeps every candidate.</summary>
    public int? NegativesPerMember { get; init; } = 40;
    public static ModelSettings Default { get; } = new();
}
