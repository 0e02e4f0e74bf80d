using Q.Core.Model;

namespace Q.Suggest;

/// <summary>
/// Two graphs and two sets of future ties. Training: the graph before <see cref="TrainCut"/>, and the ties formed
/// between <see cref="TrainCut"/> and <see cref="EvalCut"/> as positives. Evaluation: the graph before
/// <see cref="EvalCut"/> and the ties formed after it, held out. With too few dated ties the same roles are played
/// by random thirds of the ties (<see cref="Random"/> true), and the report says so.
/// </summary>
public sealed record TemporalSplit(
    GraphView TrainGraph, IReadOnlyList<Connection> TrainPositives,
    GraphView EvalGraph, IReadOnlyList<Connection> EvalPositives,
    DateOnly? TrainCut, DateOnly? EvalCut, bool Random, string Description)
{
    /// <summary>Fewer dated ties than this (or under half the ties dated) and the split is random.</summary>
    public const int MinimumDatedTies = 200;

    public static TemporalSplit Create(Community community, double heldOutShare = 0.1, int seed = 17)
    {
        var dated = community.Connections.Where(c => c.Since is not null).OrderBy(c => c.Since).ToList();
        if (dated.Count >= MinimumDatedTies && dated.Count * 2 >= community.Connections.Count)
        {
            var evalCut = dated[(int)(dated.Count * (1 - heldOutShare))].Since!.Value;
            var trainCut = dated[(int)(dated.Count * (1 - 2 * heldOutShare))].Since!.Value;
            if (trainCut < evalCut)
            {
                var train = GraphView.Before(community, trainCut);
                var eval = GraphView.Before(community, evalCut);
                var trainPos = dated.Where(c => c.Since >= trainCut && c.Since < evalCut).ToList();
                var evalPos = dated.Where(c => c.Since >= evalCut).ToList();
                return new TemporalSplit(train, trainPos, eval, evalPos, trainCut, evalCut, false,
                    $"temporal: graph before {trainCut:yyyy-MM-dd}, train on ties formed {trainCut:yyyy-MM-dd}..{evalCut.AddDays(-1):yyyy-MM-dd} ({trainPos.Count:N0}), " +
                    $"evaluate on ties formed from {evalCut:yyyy-MM-dd} ({evalPos.Count:N0}) with the graph before {evalCut:yyyy-MM-dd}");
            }
        }
        // Random: shuffle ties; the last share held out for evaluation, the share before it the training positives.
        var rng = new Random(seed);
        var ties = community.Connections.OrderBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal).ToArray();
        rng.Shuffle(ties);
        var k = Math.Max(1, (int)(ties.Length * heldOutShare));
        var evalSet = ties.Take(k).ToHashSet();
        var trainSet = ties.Skip(k).Take(k).ToHashSet();
        var trainGraph = new GraphView(community, c => !evalSet.Contains(c) && !trainSet.Contains(c), null);
        var evalGraph = new GraphView(community, c => !evalSet.Contains(c), null);
        return new TemporalSplit(trainGraph, [.. trainSet], evalGraph, [.. evalSet], null, null, true,
            $"random (only {dated.Count:N0} of {community.Connections.Count:N0} ties are dated): train on {trainSet.Count:N0} hidden ties, evaluate on another {evalSet.Count:N0}");
    }
}
