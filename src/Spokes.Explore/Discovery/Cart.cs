using Spokes.Explore.Samplers;
using Spokes.Explore.Scoring;

namespace Spokes.Explore.Discovery;

/// <summary>
/// Scenario discovery with a classification and regression tree (CART; Breiman, Friedman, Olshen &amp; Stone 1984),
/// the cross-check for PRIM that EMA Workbench offers as <c>cart.CART</c> (Lempert, Bryant &amp; Bankes 2008 compared
/// the two). The tree splits on the largest decrease of squared error, which for a 0/1 outcome is the largest
/// decrease of Gini impurity (Gini = 2·variance), so the splits are those of sklearn's
/// <c>DecisionTreeClassifier(min_samples_leaf=⌊mass_min·n⌋)</c> up to ties. Every leaf is a box; the report reads
/// each as a rule. A categorical column is split into two sets of categories, the best of all such splits (see
/// <see cref="RegressionTree.Grow"/>); EMA one-hot encodes categories instead, so it splits off one category at a time.
/// </summary>
public static class Cart
{
    /// <summary>Grows the tree on a 0/1 outcome (the cases of interest).</summary>
    public static CartResult Run(PrimInput input, CartOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Run(input.X, input.Y.Select(b => b ? 1.0 : 0.0).ToArray(), binary: true, options);
    }

    /// <summary>Grows a regression tree on a continuous outcome; each box reports its mean.</summary>
    public static CartResult Run(Table x, IReadOnlyList<double> outcome, CartOptions options) =>
        Run(x, outcome.ToArray(), binary: false, options);

    private static CartResult Run(Table x, double[] y, bool binary, CartOptions options)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(options);
        if (y.Length != x.RowCount) throw new ArgumentException($"{y.Length} outcomes for {x.RowCount} rows", nameof(y));
        if (y.Any(v => !double.IsFinite(v))) throw new ArgumentException("the outcome has a non-finite value", nameof(y));
        var columns = x.Columns.Select(c => c.Data).ToArray();
        int n = y.Length;
        int minLeaf = Math.Max(1, (int)Math.Floor(options.MinMass * n + 1e-9));
        var categories = x.Columns.Select(c => c.Kind == ColumnKind.Categorical ? c.Categories.Count : 0).ToArray();
        var tree = RegressionTree.Grow(columns, y, Enumerable.Range(0, n).ToArray(), SplitRule.Best, columns.Length,
            minLeaf, options.MaxDepth, SeededRandom.Create(options.Seed), categories);
        double total = binary ? y.Sum() : 0;
        var boxes = new List<CartBox>();
        Walk(0, new (double Lo, double Hi)[columns.Length]
            .Select(_ => (double.NegativeInfinity, double.PositiveInfinity)).ToArray(),
            categories.Select(k => k > 0 ? Enumerable.Repeat(true, k).ToArray() : null).ToArray());
        var ordered = boxes.OrderByDescending(b => b.Mean).ThenBy(b => b.Leaf).ToArray();
        return new CartResult(ordered, binary, n, (int)total, tree.NodeCount);

        void Walk(int node, (double Lo, double Hi)[] bounds, bool[]?[] allowed)
        {
            int f = tree.Feature(node);
            if (f < 0)
            {
                int rows = tree.Count(node);
                double mean = tree.Value(node);
                int interest = binary ? (int)Math.Round(mean * rows) : 0;
                var conditions = new List<CartCondition>();
                for (int j = 0; j < bounds.Length; j++)
                {
                    var column = x.Columns[j];
                    if (allowed[j] is { } mask)
                    {
                        if (mask.All(b => b)) continue;
                        conditions.Add(new CartCondition(column.Name, double.NaN, double.NaN,
                            column.Categories.Where((_, c) => mask[c]).ToArray()));
                        continue;
                    }
                    var (lo, hi) = bounds[j];
                    if (double.IsNegativeInfinity(lo) && double.IsPositiveInfinity(hi)) continue;
                    conditions.Add(new CartCondition(column.Name, lo, hi, Array.Empty<string>()));
                }
                boxes.Add(new CartBox(node, conditions, rows, mean, interest,
                    binary && total > 0 ? interest / total : double.NaN, binary ? mean : double.NaN, (double)rows / n));
                return;
            }
            if (tree.LeftCategories(node) is { } set)
            {
                var leftAllowed = (bool[]?[])allowed.Clone();
                leftAllowed[f] = allowed[f]!.Select((a, c) => a && set[c]).ToArray();
                Walk(tree.Left(node), bounds, leftAllowed);
                var rightAllowed = (bool[]?[])allowed.Clone();
                rightAllowed[f] = allowed[f]!.Select((a, c) => a && !set[c]).ToArray();
                Walk(tree.Right(node), bounds, rightAllowed);
                return;
            }
            double t = tree.Threshold(node);
            var left = ((double, double)[])bounds.Clone();
            left[f] = (bounds[f].Lo, Math.Min(bounds[f].Hi, t));
            Walk(tree.Left(node), left, allowed);
            var right = ((double, double)[])bounds.Clone();
            right[f] = (Math.Max(bounds[f].Lo, t), bounds[f].Hi);
            Walk(tree.Right(node), right, allowed);
        }
    }
}
