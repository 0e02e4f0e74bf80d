using Microsoft.ML;
using Microsoft.ML.Data;
using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>
/// The learned scorer: an ML.NET LightGBM binary classifier over <see cref="PairFeatures"/>. ML.NET trains, saves and
/// loads it; scoring walks its trees copied into a <see cref="Forest"/>, which is exact and thread-safe and costs no
/// IDataView per call (a Transform per member cost more than the trees themselves).
/// </summary>
public sealed class LinkModel : IScorer
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly Forest? _forest;

    private LinkModel(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        _forest = Forest.From(model);
    }

    public string Name => "model";

    /// <summary>Whether scoring walks the copied trees (always, for a LightGBM model) rather than ML.NET's Transform.</summary>
    internal bool HasForest => _forest is not null;

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

    public static LinkModel Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, int seed = 7) =>
        Train(features, labels, ModelSettings.Default, seed);

    public static LinkModel Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, ModelSettings settings, int seed = 7)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(features.Select((f, i) => new Row { Label = labels[i], Features = f }));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
        {
            NumberOfLeaves = settings.Leaves,
            NumberOfIterations = settings.Trees,
            LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = 20,
            Seed = seed,
            // One thread: LightGBM's OpenMP threads spin-wait at every barrier, and on a busy two-core machine two
            // threads trained 4–15× slower than one (5,000 members, 81,552 rows: 4.7–18.6 s against 0.7–1.2 s).
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        return new LinkModel(ml, model, data.Schema);
    }

    public float[] Score(IReadOnlyList<float[]> features)
    {
        if (_forest is null) return ScoreWithMlNet(features);
        var scores = new float[features.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = Logistic((float)_forest.Margin(features[i]));
        return scores;
    }

    /// <summary>The same scores through ML.NET's own Transform: the reference <see cref="Forest"/> is checked against.</summary>
    internal float[] ScoreWithMlNet(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0) return [];
        var data = _ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f }));
        var scored = _model.Transform(data);
        // The raw margin through the logistic function: a 0..1 score (the ranking is unchanged).
        return _ml.Data.CreateEnumerable<Output>(scored, reuseRowObject: true).Select(o => Logistic(o.Score)).ToArray();
    }

    private static float Logistic(float margin) => 1 / (1 + MathF.Exp(-margin));

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
