using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>What <c>q suggestions train</c> did: the split, every scorer's figures, and what is served now.</summary>
public sealed record TrainingReport(string Split, bool RandomSplit, IReadOnlyList<Quality> Figures, string Served, int Version, bool Replaced, string Decision, int TrainingRows);

/// <summary>
/// Trains the link model on a temporal split, evaluates it and the heuristics on the later held-out period, and
/// serves whichever is best — a new model replaces the saved one only if it evaluates better on the same held-out
/// ties (recall@10 first, then AUC).
/// </summary>
public static class Training
{
    public static TrainingReport Run(Community community, ModelStore store, CandidateOptions? options = null)
    {
        var split = TemporalSplit.Create(community);
        var train = PairSet.Build(split.TrainGraph, split.TrainPositives, options);
        var eval = PairSet.Build(split.EvalGraph, split.EvalPositives, options);
        if (train.Labels.All(l => !l) || eval.Groups.Count == 0)
            throw new InvalidOperationException("too few later ties among the candidates to train on");

        var model = LinkModel.Train(train.Features.ToList(), train.Labels.ToList());
        var modelQuality = eval.Measure(model);
        var heuristics = Heuristic.All.Select(eval.Measure).ToList();
        var figures = new List<Quality> { modelQuality };
        figures.AddRange(heuristics);
        var bestHeuristic = heuristics.OrderByDescending(q => q.RecallAt10).ThenByDescending(q => q.Auc).First();

        var old = store.ReadManifest();
        Quality? oldQuality = null;
        if (old is not null && old.FeatureSchema == PairFeatures.Schema)
        {
            var oldModel = store.LoadServedModel(old);
            oldQuality = oldModel is not null ? eval.Measure(oldModel) : heuristics.FirstOrDefault(h => h.Scorer == old.Served);
        }
        var splitText = split.Description;
        if (oldQuality is not null && !Better(modelQuality, oldQuality))
        {
            var kept = old!.Served == "model" ? $"model v{old.Version}" : old.Served;
            return new TrainingReport(splitText, split.Random, figures, old.Served, old.Version, false,
                $"kept {kept}: on the same held-out ties it has recall@10 {oldQuality.RecallAt10:0.0000}, the new model {modelQuality.RecallAt10:0.0000}", train.Rows);
        }

        var version = (old?.Version ?? 0) + 1;
        var file = store.SaveModel(model, version);
        var modelWins = Better(modelQuality, bestHeuristic);
        var served = modelWins ? "model" : bestHeuristic.Scorer;
        var decision = modelWins
            ? $"serving model v{version} (recall@10 {modelQuality.RecallAt10:0.0000} against {bestHeuristic.Scorer}'s {bestHeuristic.RecallAt10:0.0000})"
            : $"no model beats the best heuristic: serving {bestHeuristic.Scorer} (recall@10 {bestHeuristic.RecallAt10:0.0000}; model v{version} {modelQuality.RecallAt10:0.0000})";
        if (split.Random) decision += "; trained on a random split because too few ties are dated";
        store.WriteManifest(new Manifest
        {
            Version = version, ModelFile = file, Served = served, FeatureSchema = PairFeatures.Schema,
            TrainedAt = DateTimeOffset.UtcNow, Split = splitText, Figures = figures, Note = decision,
        });
        return new TrainingReport(splitText, split.Random, figures, served, version, true, decision, train.Rows);
    }

    /// <summary>The served scorer and the heuristics measured on the current held-out period (nothing is trained or saved).</summary>
    public static (string Split, IReadOnlyList<Quality> Figures) Evaluate(Community community, IScorer served, CandidateOptions? options = null)
    {
        var split = TemporalSplit.Create(community);
        var eval = PairSet.Build(split.EvalGraph, split.EvalPositives, options);
        var scorers = new List<IScorer> { served };
        scorers.AddRange(Heuristic.All.Where(h => h.Name != served.Name));
        return (split.Description, scorers.Select(eval.Measure).ToList());
    }

    public static bool Better(Quality a, Quality b) =>
        a.RecallAt10 > b.RecallAt10 + 1e-9 || (Math.Abs(a.RecallAt10 - b.RecallAt10) <= 1e-9 && a.Auc > b.Auc);
}
