using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Q.Suggest;

/// <summary>
/// The trained LightGBM trees copied out of the ML.NET model into flat arrays, so a feature vector is scored with no
/// IDataView, cursor or allocation per call: one member's candidates in well under a millisecond, and any number of
/// threads at once (the arrays are read-only). The margin is the one ML.NET's <c>Transform</c> writes to its Score
/// column — Σ weight × leaf value + bias, a node going left when the feature is ≤ its threshold (ML.NET's rule) —
/// which <c>ForestTests</c> checks against ML.NET on real rows.
/// </summary>
public sealed class Forest
{
    private readonly int[] _roots;       // first node of each tree in the node arrays
    private readonly int[] _feature;     // split feature of each node
    private readonly float[] _threshold; // split threshold of each node
    private readonly int[] _left;        // ≥ 0: a node of the same tree (relative); < 0: ~leaf (relative)
    private readonly int[] _right;
    private readonly int[] _leafStart;   // first leaf of each tree in _leaf
    private readonly double[] _leaf;     // leaf values, already multiplied by the tree's weight
    private readonly double _bias;

    private Forest(int[] roots, int[] feature, float[] threshold, int[] left, int[] right, int[] leafStart, double[] leaf, double bias)
    {
        (_roots, _feature, _threshold, _left, _right, _leafStart, _leaf, _bias) = (roots, feature, threshold, left, right, leafStart, leaf, bias);
    }

    public int Trees => _roots.Length;

    /// <summary>The trees of a LightGBM binary model as ML.NET trains or loads it; null for any other kind of model.</summary>
    public static Forest? From(ITransformer model)
    {
        var parameters = (model as ISingleFeaturePredictionTransformer<object>)?.Model;
        var ensemble = parameters switch
        {
            CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> c => c.SubModel.TrainedTreeEnsemble,
            LightGbmBinaryModelParameters p => p.TrainedTreeEnsemble,
            _ => null,
        };
        if (ensemble is null) return null;
        var roots = new List<int>();
        var leafStart = new List<int>();
        List<int> feature = [], left = [], right = [];
        List<float> threshold = [];
        List<double> leaf = [];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f)) return null; // never produced from our numeric features
            roots.Add(feature.Count);
            leafStart.Add(leaf.Count);
            feature.AddRange(tree.NumericalSplitFeatureIndexes);
            threshold.AddRange(tree.NumericalSplitThresholds);
            left.AddRange(tree.LeftChild);
            right.AddRange(tree.RightChild);
            var weight = ensemble.TreeWeights[t];
            leaf.AddRange(tree.LeafValues.Select(v => v * weight));
        }
        return new Forest([.. roots], [.. feature], [.. threshold], [.. left], [.. right], [.. leafStart], [.. leaf], ensemble.Bias);
    }

    /// <summary>The raw margin of one feature vector.</summary>
    public double Margin(ReadOnlySpan<float> x)
    {
        var sum = _bias;
        for (var t = 0; t < _roots.Length; t++)
        {
            var root = _roots[t];
            var node = 0;
            // A tree of one leaf has no nodes: its only leaf is ~0.
            if (root < _feature.Length && (t + 1 == _roots.Length || _roots[t + 1] > root))
                while (node >= 0)
                {
                    var i = root + node;
                    node = x[_feature[i]] <= _threshold[i] ? _left[i] : _right[i];
                }
            else node = ~0;
            sum += _leaf[_leafStart[t] + ~node];
        }
        return sum;
    }
}
