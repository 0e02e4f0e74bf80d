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
    public static TrainingReport Run(Community community, ModelStore store, CandidateOptions? options = null, ModelSettings? settings = null)
    {
        settings ??= ModelSettings.Default;
        var split = TemporalSplit.Create(community);
        var train = PairSet.Build(split.TrainGraph, split.TrainPositives, options, settings.NegativesPerMember);
        var eval = PairSet.Build(split.EvalGraph, split.EvalPositives, options);
        if (train.Labels.All(l => !l) || eval.Groups.Count == 0)
            throw new InvalidOperationException("too few later ties among the candidates to train on");

        var model = LinkModel.Train(train.Features.ToList(), train.Labels.ToList(), settings);
        var modelQuality = eval.Measure(model);
        var heuristics = Heuristic.All.Select(eval.Measure).ToList();
        var figures = new List<Quality> { modelQuality };
        figures.AddRange(heuristics);

        var old = store.ReadManifest();
        Quality? oldQuality = null;
        if (old is not null && old.FeatureSchema == PairFeatures.Schema)
        {
            var oldModel = store.LoadServedModel(old);
            oldQuality = oldModel is not null ? eval.Measure(oldModel) : heuristics.FirstOrDefault(h => h.Scorer == old.Served);
        }
        var splitText = split.Description;
        var decision = Decide(modelQuality, heuristics, oldQuality, old, split.Random);
        if (!decision.Replace)
            return new TrainingReport(splitText, split.Random, figures, old!.Served, old.Version, false, decision.Text, train.Rows);

        var version = (old?.Version ?? 0) + 1;
        var file = store.SaveModel(model, version);
        var served = decision.Served;
        var text = decision.Text.Replace("{version}", version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        store.WriteManifest(new Manifest
        {
            Version = version, ModelFile = file, Served = served, FeatureSchema = PairFeatures.Schema,
            TrainedAt = DateTimeOffset.UtcNow, Split = splitText, Figures = figures, Note = text,
        });
        return new TrainingReport(splitText, split.Random, figures, served, version, true, text, train.Rows);
    }

    /// <summary>
    /// Whether the new model replaces what is saved (only if it beats the old scorer on the same held-out ties), and
    /// what is served then: the model if it beats the best heuristic, else that heuristic — said in the text
    /// ("{version}" stands for the new model's version).
    /// </summary>
    public static (bool Replace, string Served, string Text) Decide(Quality model, IReadOnlyList<Quality> heuristics, Quality? old, Manifest? oldManifest, bool randomSplit)
    {
        var suffix = randomSplit ? "; trained on a random split because too few ties are dated" : "";
        if (old is not null && oldManifest is not null && !Better(model, old))
        {
            var kept = oldManifest.Served == "model" ? $"model v{oldManifest.Version}" : oldManifest.Served;
            return (false, oldManifest.Served,
                $"kept {kept}: on the same held-out ties it has recall@10 {old.RecallAt10:0.0000}, the new model {model.RecallAt10:0.0000}{suffix}");
        }
        var best = heuristics.OrderByDescending(q => q.RecallAt10).ThenByDescending(q => q.Auc).First();
        return Better(model, best)
            ? (true, "model", $"serving model v{{version}} (recall@10 {model.RecallAt10:0.0000} against {best.Scorer}'s {best.RecallAt10:0.0000}){suffix}")
            : (true, best.Scorer, $"no model beats the best heuristic: serving {best.Scorer} (recall@10 {best.RecallAt10:0.0000}; model v{{version}} {model.RecallAt10:0.0000}){suffix}");
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
