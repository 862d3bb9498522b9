using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Spokes.Explore.Scoring;

/// <summary>
/// ML.NET's FastForest regression (Microsoft.ML.FastTree: a random forest of regression trees, each on a bagged
/// sample with a random share of the inputs per tree and per split) scored by ML.NET's permutation feature importance:
/// for each input, the drop in R² when that input's column is shuffled, on the rows the forest was trained on (ML.NET
/// has no out-of-bag sets). A served cross-check of the hand-written <see cref="Forest"/>; the score is in the same
/// units (share of the outcome's variance), the impurity column is each input's share of the split gains
/// (<c>GetFeatureWeights</c>). ML.NET computes in single precision and keeps its own defaults (20 leaves per tree,
/// at least 10 rows per leaf), so it is smoother and slower than <see cref="Forest"/>. One training thread and a seeded
/// context make it deterministic (checked by test); ML.NET does not promise that with more threads.
/// </summary>
internal static class MlNetForest
{
    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
    }

    /// <param name="featureShare">share of the inputs tried at each split (null: ML.NET's default).</param>
    public static (double[] Permutation, double[] GainShare) Fit(double[][] columns, double[] outcome, int trees, int seed, double? featureShare)
    {
        int d = columns.Length, n = outcome.Length;
        var rows = new Row[n];
        for (int i = 0; i < n; i++)
        {
            var x = new float[d];
            for (int j = 0; j < d; j++) x[j] = (float)columns[j][i];
            rows[i] = new Row { Features = x, Label = (float)outcome[i] };
        }
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var options = new FastForestRegressionTrainer.Options { NumberOfTrees = trees, NumberOfThreads = 1, Seed = seed };
        if (featureShare is { } share) options.FeatureFractionPerSplit = share;
        var model = ml.Regression.Trainers.FastForest(options).Fit(data);
        var pfi = ml.Regression.PermutationFeatureImportance(model, data, permutationCount: 1);

        var permutation = pfi.Select(p => -p.RSquared.Mean).ToArray();
        VBuffer<float> weights = default;
        model.Model.GetFeatureWeights(ref weights);
        var gains = new double[d];
        foreach (var (j, w) in weights.Items()) gains[j] = w;
        double total = gains.Sum();
        return (permutation, gains.Select(g => total > 0 ? g / total : 0).ToArray());
    }
}
