namespace Spokes.Explore.Scoring;

/// <summary>
/// A binary regression tree on columns of numbers, grown to purity or to the given limits, splitting on the largest
/// decrease of the squared error (for a 0/1 outcome this is the decrease of the Gini impurity, up to a factor 2, so
/// the same tree serves classification). Immutable once grown. Nodes are stored in flat arrays; a leaf has
/// <c>Feature = −1</c>. Hand-written: ML.NET's FastForest (served, used as a cross-check in
/// <see cref="MlNetForest"/>) has no out-of-bag sets, caps its trees at a leaf count and is not documented to be
/// identical at any thread count; this tree is deterministic given its random source.
/// </summary>
public sealed class RegressionTree
{
    private readonly List<int> _feature = new(), _left = new(), _right = new(), _count = new();
    private readonly List<double> _threshold = new(), _value = new();
    private readonly List<bool[]?> _leftSet = new();

    private RegressionTree() { }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _feature.Count;

    /// <summary>Split input of a node (−1 for a leaf).</summary>
    public int Feature(int node) => _feature[node];

    /// <summary>Split threshold of a node: rows with value ≤ threshold go left.</summary>
    public double Threshold(int node) => _threshold[node];

    /// <summary>
    /// For a split on a categorical input (see <c>categories</c> in <see cref="Grow"/>): which category codes go
    /// left; null for a split on a threshold.
    /// </summary>
    public IReadOnlyList<bool>? LeftCategories(int node) => _leftSet[node];

    public int Left(int node) => _left[node];

    public int Right(int node) => _right[node];

    /// <summary>Mean outcome of the training rows in a node.</summary>
    public double Value(int node) => _value[node];

    /// <summary>Training rows in a node.</summary>
    public int Count(int node) => _count[node];

    /// <summary>Decrease of the summed squared error credited to each input (Breiman et al. 1984's importance).</summary>
    public double[] ImpurityDecrease { get; private set; } = [];

    /// <summary>Grows a tree on <paramref name="rows"/> (indices into the columns; repeats allowed, as in a bootstrap).</summary>
    /// <param name="columns">input columns, column-major; every column as long as <paramref name="y"/>.</param>
    /// <param name="maxFeatures">inputs tried at each node (1..number of columns).</param>
    /// <param name="minLeaf">smallest number of rows in a leaf (≥ 1).</param>
    /// <param name="maxDepth">deepest level (0 = a single leaf); int.MaxValue for none.</param>
    /// <param name="categories">
    /// number of categories of each column (0 for a real column; null: all real). With <see cref="SplitRule.Best"/> a
    /// categorical column (codes 0..k−1) is split into two sets of categories: ordered by their mean outcome in the
    /// node, the best cut in that order is the best of all 2^(k−1) − 1 splits for squared error (Breiman et al. 1984,
    /// §9.4; Fisher 1958). The random rule treats codes as numbers.
    /// </param>
    public static RegressionTree Grow(double[][] columns, double[] y, int[] rows, SplitRule rule, int maxFeatures,
        int minLeaf, int maxDepth, Random random, int[]? categories = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(y);
        if (columns.Length == 0) throw new ArgumentException("no input columns", nameof(columns));
        if (rows.Length == 0) throw new ArgumentException("no rows", nameof(rows));
        if (maxFeatures < 1 || maxFeatures > columns.Length) throw new ArgumentOutOfRangeException(nameof(maxFeatures));
        if (minLeaf < 1) throw new ArgumentOutOfRangeException(nameof(minLeaf));
        var tree = new RegressionTree { ImpurityDecrease = new double[columns.Length] };
        var work = (int[])rows.Clone();
        var grower = new Grower(tree, columns, y, rule, maxFeatures, minLeaf, maxDepth, random, categories ?? new int[columns.Length]);
        grower.Build(work, 0, work.Length, 0);
        return tree;
    }

    /// <summary>The prediction for a row given as a function of the column index.</summary>
    public double Predict(Func<int, double> value)
    {
        int node = 0;
        while (_feature[node] >= 0) node = GoesLeft(node, value(_feature[node])) ? _left[node] : _right[node];
        return _value[node];
    }

    /// <summary>The prediction for row <paramref name="row"/> of the columns, with column <paramref name="swapped"/> read from <paramref name="replacement"/> instead.</summary>
    internal double Predict(double[][] columns, int row, int swapped = -1, double replacement = 0)
    {
        int node = 0;
        while (_feature[node] is var f and >= 0)
        {
            double v = f == swapped ? replacement : columns[f][row];
            node = GoesLeft(node, v) ? _left[node] : _right[node];
        }
        return _value[node];
    }

    /// <summary>The leaf a row falls in.</summary>
    internal int Leaf(double[][] columns, int row)
    {
        int node = 0;
        while (_feature[node] is var f and >= 0) node = GoesLeft(node, columns[f][row]) ? _left[node] : _right[node];
        return node;
    }

    private bool GoesLeft(int node, double v) => _leftSet[node] is { } set ? set[(int)v] : v <= _threshold[node];

    private int AddNode(int count, double value)
    {
        _feature.Add(-1);
        _threshold.Add(double.NaN);
        _left.Add(-1);
        _right.Add(-1);
        _count.Add(count);
        _value.Add(value);
        _leftSet.Add(null);
        return _feature.Count - 1;
    }

    private sealed class Grower(RegressionTree tree, double[][] columns, double[] y, SplitRule rule, int maxFeatures,
        int minLeaf, int maxDepth, Random random, int[] categories)
    {
        private readonly int[] _order = Enumerable.Range(0, columns.Length).ToArray();

        public int Build(int[] rows, int start, int end, int depth)
        {
            int n = end - start;
            double sum = 0, sq = 0;
            for (int i = start; i < end; i++) { double v = y[rows[i]]; sum += v; sq += v * v; }
            double mean = sum / n;
            int node = tree.AddNode(n, mean);
            double sse = sq - sum * mean;
            if (depth >= maxDepth || n < 2 * minLeaf || sse <= 1e-12 * Math.Max(1, sq)) return node;

            var (feature, threshold, set, gain) = rule == SplitRule.Random
                ? RandomSplit(rows, start, end, sum, sse)
                : BestSplit(rows, start, end, sum, sse);
            if (feature < 0 || gain <= 0) return node;

            // Partition in place: rows going left first, keeping their relative order (stable, so the tree does not
            // depend on how a partition scrambles rows).
            var col = columns[feature];
            bool Left(int row) => set is null ? col[row] <= threshold : set[(int)col[row]];
            var buffer = new int[n];
            int l = 0, r = n - 1;
            for (int i = start; i < end; i++)
                if (Left(rows[i])) buffer[l++] = rows[i];
            for (int i = end - 1; i >= start; i--)
                if (!Left(rows[i])) buffer[r--] = rows[i];
            if (l < minLeaf || n - l < minLeaf) return node;
            Array.Copy(buffer, 0, rows, start, n);

            tree.ImpurityDecrease[feature] += gain;
            tree._feature[node] = feature;
            tree._threshold[node] = threshold;
            tree._leftSet[node] = set;
            int left = Build(rows, start, start + l, depth + 1);
            int right = Build(rows, start + l, end, depth + 1);
            tree._left[node] = left;
            tree._right[node] = right;
            return node;
        }

        /// <summary>Draws candidate inputs without replacement, skipping those constant in the node, until maxFeatures are tried.</summary>
        private IEnumerable<(int Feature, double Min, double Max)> Candidates(int[] rows, int start, int end)
        {
            int tried = 0;
            for (int k = 0; k < _order.Length && tried < maxFeatures; k++)
            {
                int pick = k + random.Next(_order.Length - k);
                (_order[k], _order[pick]) = (_order[pick], _order[k]);
                int f = _order[k];
                var col = columns[f];
                double min = double.PositiveInfinity, max = double.NegativeInfinity;
                for (int i = start; i < end; i++) { double v = col[rows[i]]; if (v < min) min = v; if (v > max) max = v; }
                if (max <= min) continue;
                tried++;
                yield return (f, min, max);
            }
        }

        private (int, double, bool[]?, double) RandomSplit(int[] rows, int start, int end, double sum, double sse)
        {
            int bestF = -1;
            double bestT = 0, bestGain = 0;
            foreach (var (f, min, max) in Candidates(rows, start, end))
            {
                double cut = min + random.NextDouble() * (max - min);
                if (cut >= max) cut = min; // NextDouble < 1, but rounding can reach max; min keeps both sides non-empty
                var col = columns[f];
                double sl = 0, ssl = 0, sr = 0, ssr = 0;
                int nl = 0;
                for (int i = start; i < end; i++)
                {
                    double v = y[rows[i]];
                    if (col[rows[i]] <= cut) { sl += v; ssl += v * v; nl++; }
                    else { sr += v; ssr += v * v; }
                }
                int nr = end - start - nl;
                if (nl < minLeaf || nr < minLeaf) continue;
                double gain = sse - (ssl - sl * sl / nl) - (ssr - sr * sr / nr);
                if (bestF < 0 || gain > bestGain) { bestF = f; bestT = cut; bestGain = gain; }
            }
            return (bestF, bestT, null, bestGain);
        }

        private (int, double, bool[]?, double) BestSplit(int[] rows, int start, int end, double sum, double sse)
        {
            int n = end - start;
            int bestF = -1;
            double bestT = 0, bestGain = 0;
            bool[]? bestSet = null;
            var keys = new double[n];
            var vals = new double[n];
            foreach (var (f, _, _) in Candidates(rows, start, end))
            {
                var col = columns[f];
                int k = categories[f];
                // A categorical column is scanned in the order of its categories' mean outcome (rank = key).
                int[]? rankOf = k > 0 ? CategoryRanks(col, rows, start, end, k) : null;
                for (int i = 0; i < n; i++)
                {
                    double v = col[rows[start + i]];
                    keys[i] = rankOf is null ? v : rankOf[(int)v];
                    vals[i] = y[rows[start + i]];
                }
                Array.Sort(keys, vals);
                double sl = 0, ssl = 0, sqAll = sse + sum * sum / n;
                for (int i = 0; i < n - 1; i++)
                {
                    sl += vals[i];
                    ssl += vals[i] * vals[i];
                    int nl = i + 1, nr = n - nl;
                    if (keys[i] == keys[i + 1] || nl < minLeaf || nr < minLeaf) continue;
                    double sr = sum - sl, ssr = sqAll - ssl;
                    double gain = sse - (ssl - sl * sl / nl) - (ssr - sr * sr / nr);
                    if (gain > bestGain + 1e-12 * sqAll)
                    {
                        bestF = f;
                        bestT = (keys[i] + keys[i + 1]) / 2;
                        bestGain = gain;
                        bestSet = rankOf is null ? null : rankOf.Select(rank => rank <= keys[i]).ToArray();
                    }
                }
            }
            return (bestF, bestT, bestSet, bestGain);
        }

        /// <summary>The rank of each category by its mean outcome in the node (ties and absent categories by code).</summary>
        private int[] CategoryRanks(double[] col, int[] rows, int start, int end, int k)
        {
            var sum = new double[k];
            var count = new int[k];
            for (int i = start; i < end; i++) { int c = (int)col[rows[i]]; sum[c] += y[rows[i]]; count[c]++; }
            var order = Enumerable.Range(0, k)
                .OrderBy(c => count[c] > 0 ? sum[c] / count[c] : double.PositiveInfinity).ThenBy(c => c).ToArray();
            var rank = new int[k];
            for (int r = 0; r < k; r++) rank[order[r]] = r;
            return rank;
        }
    }
}
