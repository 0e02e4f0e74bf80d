using Microsoft.ML;
using Microsoft.ML.Data;
using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>
/// The learned scorer: an ML.NET LightGBM binary classifier over <see cref="PairFeatures"/>. Scores are computed
/// in batches through one Transform call, never one prediction engine call per pair.
/// </summary>
public sealed class LinkModel : IScorer
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private LinkModel(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
    }

    public string Name => "model";

    public sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(PairFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Output
    {
        public float Score { get; set; }
    }

    public static LinkModel Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed = 7)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(features.Select((f, i) => new Row { Label = labels[i], Features = f }));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
        {
            NumberOfLeaves = 31,
            NumberOfIterations = 200,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = 20,
            Seed = seed,
            NumberOfThreads = 2,
        });
        var model = trainer.Fit(data);
        return new LinkModel(ml, model, data.Schema);
    }

    public float[] Score(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0) return [];
        var data = _ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f }));
        var scored = _model.Transform(data);
        // The raw margin through the logistic function: a 0..1 score (the ranking is unchanged).
        return _ml.Data.CreateEnumerable<Output>(scored, reuseRowObject: true).Select(o => 1 / (1 + MathF.Exp(-o.Score))).ToArray();
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        _ml.Model.Save(_model, _schema, stream);
    }

    public static LinkModel Load(string path)
    {
        var ml = new MLContext(7);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var schema);
        return new LinkModel(ml, model, schema);
    }
}
