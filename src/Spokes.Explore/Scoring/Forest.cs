using Spokes.Explore.Samplers;

namespace Spokes.Explore.Scoring;

/// <summary>
/// An ensemble of <see cref="RegressionTree"/>s, each grown on a bootstrap sample, with the two importances EMA
/// Workbench and Breiman (2001) report:
/// <list type="bullet">
/// <item><see cref="Permutation"/>: for each tree, the rise in squared error on its out-of-bag rows when one input's
/// values are permuted among those rows (Breiman 2001, §10), averaged over trees and divided by the outcome's
/// variance, so 0.3 means "scrambling this input costs 30% of the outcome's variance".</item>
/// <item><see cref="Impurity"/>: each tree's decrease of squared error per input, normalised to sum 1 per tree, then
/// averaged (sklearn's <c>feature_importances_</c>, which EMA's <c>get_ex_feature_scores</c> returns).</item>
/// </list>
/// Deterministic: tree t draws from its own stream (seed, t) and the per-tree sums are added in tree order, so the
/// result is bit-identical at any thread count.
/// </summary>
public sealed class Forest
{
    private Forest(RegressionTree[] trees, double[] permutation, double[] impurity, double oobR2)
    {
        Trees = trees;
        Permutation = permutation;
        Impurity = impurity;
        OutOfBagR2 = oobR2;
    }

    public IReadOnlyList<RegressionTree> Trees { get; }

    /// <summary>Out-of-bag permutation importance per input, as a share of the outcome's variance.</summary>
    public double[] Permutation { get; }

    /// <summary>Mean decrease in impurity per input, summing to 1 (0 everywhere when no tree split).</summary>
    public double[] Impurity { get; }

    /// <summary>R² of the out-of-bag predictions (rows never out of bag are skipped); NaN when no row is.</summary>
    public double OutOfBagR2 { get; }

    /// <summary>Grows the forest on all rows of the columns.</summary>
    /// <param name="identity">
    /// for data that are themselves a bootstrap resample: the original row behind each row. A row is then out of bag
    /// for a tree only when no copy of it is in the tree's sample — otherwise a copy in the bag would be predicted
    /// from itself, and every input would look important.
    /// </param>
    /// <exception cref="ArgumentException">columns of different lengths, fewer than 2 rows, or a non-finite value.</exception>
    public static Forest Fit(double[][] columns, double[] y, ForestOptions options, int[]? identity = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(options);
        int n = y.Length, d = columns.Length;
        if (d == 0) throw new ArgumentException("no input columns", nameof(columns));
        if (n < 2) throw new ArgumentException("at least two rows are needed", nameof(y));
        foreach (var c in columns)
            if (c.Length != n) throw new ArgumentException("every column needs one value per outcome", nameof(columns));
        foreach (var v in y)
            if (!double.IsFinite(v)) throw new ArgumentException("the outcome has a non-finite value", nameof(y));

        double mean = y.Average();
        double variance = y.Sum(v => (v - mean) * (v - mean)) / n;
        int k = options.FeaturesPerNode(d);
        var rule = options.Kind == ForestKind.ExtraTrees ? SplitRule.Random : SplitRule.Best;
        var trees = new RegressionTree[options.Trees];
        var perm = new double[options.Trees][];
        var mdi = new double[options.Trees][];
        var oob = new (int Row, double Prediction)[options.Trees][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : -1 };
        Parallel.For(0, options.Trees, parallel, t =>
        {
            var random = SeededRandom.Create(StreamSeed.For(options.Seed, t));
            var rows = new int[n];
            var inBag = new bool[identity is null ? n : identity.Max() + 1];
            for (int i = 0; i < n; i++) { rows[i] = random.Next(n); inBag[identity?[rows[i]] ?? rows[i]] = true; }
            var tree = RegressionTree.Grow(columns, y, rows, rule, k, options.MinLeaf, int.MaxValue, random);
            trees[t] = tree;
            double total = tree.ImpurityDecrease.Sum();
            mdi[t] = tree.ImpurityDecrease.Select(g => total > 0 ? g / total : 0).ToArray();
            var outOfBag = Enumerable.Range(0, n).Where(i => !inBag[identity?[i] ?? i]).ToArray();
            oob[t] = outOfBag.Select(i => (i, tree.Predict(columns, i))).ToArray();
            perm[t] = PermutationIncrease(tree, columns, y, outOfBag, oob[t], random);
        });

        var permutation = new double[d];
        var impurity = new double[d];
        int withOob = 0;
        for (int t = 0; t < trees.Length; t++)
        {
            if (oob[t].Length > 0) withOob++;
            for (int j = 0; j < d; j++) { permutation[j] += perm[t][j]; impurity[j] += mdi[t][j]; }
        }
        for (int j = 0; j < d; j++)
        {
            permutation[j] = withOob > 0 && variance > 0 ? permutation[j] / withOob / variance : 0;
            impurity[j] /= trees.Length;
        }
        double sumImp = impurity.Sum();
        if (sumImp > 0) for (int j = 0; j < d; j++) impurity[j] /= sumImp;
        return new Forest(trees, permutation, impurity, OutOfBag(y, oob, variance));
    }

    /// <summary>Mean prediction of the trees for a row of the columns.</summary>
    public double Predict(double[][] columns, int row)
    {
        double s = 0;
        foreach (var t in Trees) s += t.Predict(columns, row);
        return s / Trees.Count;
    }

    private static double[] PermutationIncrease(RegressionTree tree, double[][] columns, double[] y, int[] rows,
        (int Row, double Prediction)[] baseline, Random random)
    {
        var result = new double[columns.Length];
        if (rows.Length < 2) return result;
        double baseError = 0;
        foreach (var (row, p) in baseline) baseError += (y[row] - p) * (y[row] - p);
        var used = new bool[columns.Length];
        for (int node = 0; node < tree.NodeCount; node++)
            if (tree.Feature(node) >= 0) used[tree.Feature(node)] = true;
        var shuffled = new int[rows.Length];
        for (int j = 0; j < columns.Length; j++)
        {
            // An input the tree never splits on cannot change its predictions: importance exactly 0, no draw.
            if (!used[j]) continue;
            Array.Copy(rows, shuffled, rows.Length);
            for (int i = shuffled.Length - 1; i > 0; i--)
            {
                int s = random.Next(i + 1);
                (shuffled[i], shuffled[s]) = (shuffled[s], shuffled[i]);
            }
            double error = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                double p = tree.Predict(columns, rows[i], j, columns[j][shuffled[i]]);
                error += (y[rows[i]] - p) * (y[rows[i]] - p);
            }
            result[j] = (error - baseError) / rows.Length;
        }
        return result;
    }

    private static double OutOfBag(double[] y, (int Row, double Prediction)[][] oob, double variance)
    {
        var sum = new double[y.Length];
        var count = new int[y.Length];
        foreach (var tree in oob)
            foreach (var (row, p) in tree) { sum[row] += p; count[row]++; }
        double sse = 0;
        int m = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (count[i] == 0) continue;
            double e = y[i] - sum[i] / count[i];
            sse += e * e;
            m++;
        }
        return m == 0 || variance <= 0 ? double.NaN : 1 - sse / m / variance;
    }
}
