using System.Globalization;
using Spokes.Explore.Scoring;

namespace Spokes.Explore.Discovery;

/// <summary>
/// The data of a dimensional-stacking plot (LeBlanc, Ward &amp; Wittels 1990; Suzuki, Stern &amp; Manzocchi 2015 for
/// scenario discovery; EMA Workbench's <c>dimensional_stacking.create_pivot_plot</c>): the most important inputs are
/// cut into bins and nested, alternately on the rows (1st, 3rd, 5th most important) and on the columns (2nd, 4th,
/// 6th); each cell holds the mean outcome of the rows that fall in it (the share of cases of interest for a 0/1
/// outcome) and their count. As in EMA, a real input is cut into equal-width bins over its range and a categorical
/// one keeps its categories; empty cells have mean NaN. The chart is Spokes.Reports' business. Immutable.
/// </summary>
public sealed class DimensionalStacking
{
    private DimensionalStacking(IReadOnlyList<StackedInput> rows, IReadOnlyList<StackedInput> columns, double[,] mean, int[,] count)
    {
        RowInputs = rows;
        ColumnInputs = columns;
        Mean = mean;
        Count = count;
    }

    /// <summary>The inputs nested on the rows, outermost first.</summary>
    public IReadOnlyList<StackedInput> RowInputs { get; }

    /// <summary>The inputs nested on the columns, outermost first.</summary>
    public IReadOnlyList<StackedInput> ColumnInputs { get; }

    /// <summary>Mean outcome per cell [row, column] (NaN where no row falls).</summary>
    public double[,] Mean { get; }

    /// <summary>Rows per cell [row, column].</summary>
    public int[,] Count { get; }

    /// <summary>The bin of each row input for grid row <paramref name="row"/> (the outermost input varies slowest).</summary>
    public int[] RowBins(int row) => Digits(row, RowInputs);

    /// <summary>The bin of each column input for grid column <paramref name="column"/>.</summary>
    public int[] ColumnBins(int column) => Digits(column, ColumnInputs);

    /// <summary>
    /// The stack of the <paramref name="levels"/>·2 inputs ranked first by <paramref name="ranking"/> (fewer when the
    /// table has fewer inputs), each real input cut into <paramref name="bins"/> equal-width bins.
    /// </summary>
    /// <exception cref="ArgumentException">an unknown or repeated name in the ranking, an outcome of another length or
    /// not finite, levels below 1 or bins below 2.</exception>
    public static DimensionalStacking Create(Table x, IReadOnlyList<double> outcome, IReadOnlyList<string> ranking, int levels = 2, int bins = 3)
    {
        if (levels < 1) throw new ArgumentOutOfRangeException(nameof(levels), levels, "must be at least 1");
        if (bins < 2) throw new ArgumentOutOfRangeException(nameof(bins), bins, "must be at least 2");
        if (outcome.Count != x.RowCount) throw new ArgumentException($"{outcome.Count} outcomes for {x.RowCount} rows", nameof(outcome));
        if (outcome.Any(v => !double.IsFinite(v))) throw new ArgumentException("every outcome must be finite", nameof(outcome));
        if (ranking.Distinct().Count() != ranking.Count) throw new ArgumentException("a name is repeated in the ranking", nameof(ranking));
        var chosen = ranking.Take(2 * levels).Select(name => Axis(x[name], bins)).ToArray();
        var rows = chosen.Where((_, i) => i % 2 == 0).ToArray();
        var columns = chosen.Where((_, i) => i % 2 == 1).ToArray();
        int nr = rows.Aggregate(1, (p, a) => p * a.Labels.Count), nc = columns.Aggregate(1, (p, a) => p * a.Labels.Count);
        var sum = new double[nr, nc];
        var count = new int[nr, nc];
        for (int i = 0; i < x.RowCount; i++)
        {
            int r = Index(rows, i), c = Index(columns, i);
            sum[r, c] += outcome[i];
            count[r, c]++;
        }
        var mean = new double[nr, nc];
        for (int r = 0; r < nr; r++)
            for (int c = 0; c < nc; c++)
                mean[r, c] = count[r, c] > 0 ? sum[r, c] / count[r, c] : double.NaN;
        return new DimensionalStacking(rows, columns, mean, count);
    }

    /// <summary>As <see cref="Create"/>, the inputs ranked by extra-trees feature scores (EMA's choice), seeded.</summary>
    public static DimensionalStacking FromFeatureScores(Table x, IReadOnlyList<double> outcome, int levels = 2, int bins = 3, int seed = 1)
    {
        var data = new ScoreData(x.Columns.Select(c => c.Name).ToArray(),
            x.Columns.Select(c => Enumerable.Range(0, c.Count).Select(k => c[k]).ToArray()).ToArray(), outcome.ToArray(), "outcome");
        var scores = FeatureScoring.Run(data, ScoreMethod.ExtraTrees, resamples: 0, seed);
        return Create(x, outcome, scores.Ranking, levels, bins);
    }

    private static int Index(StackedInput[] axes, int row)
    {
        int index = 0;
        foreach (var a in axes) index = index * a.Labels.Count + a.Bin[row];
        return index;
    }

    private static int[] Digits(int index, IReadOnlyList<StackedInput> axes)
    {
        var digits = new int[axes.Count];
        for (int k = axes.Count - 1; k >= 0; k--)
        {
            digits[k] = index % axes[k].Labels.Count;
            index /= axes[k].Labels.Count;
        }
        return digits;
    }

    private static StackedInput Axis(TableColumn column, int bins)
    {
        var bin = new int[column.Count];
        if (column.Kind == ColumnKind.Categorical)
        {
            for (int i = 0; i < bin.Length; i++) bin[i] = (int)column[i];
            return new StackedInput(column.Name, column.Categories, bin);
        }
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < bin.Length; i++) { min = Math.Min(min, column[i]); max = Math.Max(max, column[i]); }
        double width = (max - min) / bins;
        for (int i = 0; i < bin.Length; i++)
            bin[i] = width > 0 ? Math.Min(bins - 1, (int)((column[i] - min) / width)) : 0;
        var labels = Enumerable.Range(0, bins).Select(b => string.Create(CultureInfo.InvariantCulture,
            $"[{min + b * width:G3}, {(b == bins - 1 ? max : min + (b + 1) * width):G3}{(b == bins - 1 ? "]" : ")")}")).ToArray();
        return new StackedInput(column.Name, labels, bin);
    }
}

/// <summary>One input of a <see cref="DimensionalStacking"/>: its name, its bins' labels and each row's bin.</summary>
public sealed record StackedInput(string Name, IReadOnlyList<string> Labels, IReadOnlyList<int> Bin);
