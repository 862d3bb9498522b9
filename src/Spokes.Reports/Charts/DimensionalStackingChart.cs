using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// Dimensional stacking (EMA Workbench's create_pivot_plot; LeBlanc et al. 1990): two to four inputs, each cut into
/// thirds of its range (low, mid, high), nested two to an axis (the first of a pair outer, the second inner); each cell
/// is coloured by the share of its experiments that are cases of interest, white for none to dark for all, and says
/// the share and count. Where the dark cells gather shows which combination of inputs makes the cases.
/// </summary>
public sealed class DimensionalStackingChart : Chart
{
    public const int Bins = 3;
    private static readonly string[] BinNames = ["low", "mid", "high"];
    private readonly IReadOnlyList<string> _inputs;
    private readonly double[][] _values; // [input][experiment]
    private readonly bool[] _interest;

    /// <exception cref="ArgumentException">fewer than two or more than four inputs, or lengths that do not match.</exception>
    public DimensionalStackingChart(string id, string title, string caption, IReadOnlyList<string> inputs, IReadOnlyList<double[]> values, IReadOnlyList<bool> interest)
        : base(id, title, caption, 900, 620)
    {
        if (inputs.Count is < 2 or > 4) throw new ArgumentException("2 to 4 inputs are needed", nameof(inputs));
        if (values.Count != inputs.Count || values.Any(v => v.Length != interest.Count)) throw new ArgumentException("one value per experiment for each input", nameof(values));
        _inputs = inputs;
        _values = [.. values];
        _interest = [.. interest];
    }

    /// <summary>The inputs on the x axis (outer first) and on the y axis.</summary>
    public (IReadOnlyList<int> X, IReadOnlyList<int> Y) Axes =>
        _inputs.Count switch { 2 => ([0], [1]), 3 => ([0, 1], [2]), _ => ([0, 1], [2, 3]) };

    private int Bin(int input, int row)
    {
        double lo = _values[input].Min(), hi = _values[input].Max();
        return hi > lo ? Math.Min(Bins - 1, (int)((_values[input][row] - lo) / (hi - lo) * Bins)) : 0;
    }

    private int Index(IReadOnlyList<int> inputs, int row) => inputs.Aggregate(0, (acc, i) => acc * Bins + Bin(i, row));

    /// <summary>Per cell (x index, y index): experiments and cases of interest.</summary>
    public (int Count, int Cases)[,] Cells()
    {
        var (xa, ya) = Axes;
        var cells = new (int, int)[(int)Math.Pow(Bins, xa.Count), (int)Math.Pow(Bins, ya.Count)];
        for (int r = 0; r < _interest.Length; r++)
        {
            int x = Index(xa, r), y = Index(ya, r);
            cells[x, y] = (cells[x, y].Item1 + 1, cells[x, y].Item2 + (_interest[r] ? 1 : 0));
        }
        return cells;
    }

    private static string Label(IReadOnlyList<int> inputs, int index) =>
        inputs.Count == 1 ? BinNames[index] : BinNames[index / Bins] + "\u00b7" + BinNames[index % Bins];

    protected override void Draw(Plot plot)
    {
        var cells = Cells();
        int nx = cells.GetLength(0), ny = cells.GetLength(1);
        var ink = ChartStyle.Highlight;
        for (int x = 0; x < nx; x++)
        for (int y = 0; y < ny; y++)
        {
            var (count, cases) = cells[x, y];
            var rect = plot.Add.Rectangle(x, x + 1, y, y + 1);
            rect.LineColor = Color.FromHex("#FFFFFF");
            rect.LineWidth = 1;
            rect.FillColor = count == 0 ? Color.FromHex("#F2F2F2") : ink.WithAlpha(0.08 + 0.9 * cases / (double)count);
            if (count > 0)
                ChartStyle.Label(plot, $"{100 * cases / count}%", x + 0.5, y + 0.5, count > 0 && cases * 2 > count ? Colors.White : ChartStyle.Ink,
                    Alignment.MiddleCenter, offsetX: 0, offsetY: 0, size: nx * ny > 40 ? 9 : 11);
        }
        var (xa, ya) = Axes;
        ChartStyle.CategoryTicks(plot.Axes.Bottom, Enumerable.Range(0, nx).Select(i => Label(xa, i)).ToList(), Enumerable.Range(0, nx).Select(i => i + 0.5).ToList());
        ChartStyle.CategoryTicks(plot.Axes.Left, Enumerable.Range(0, ny).Select(i => Label(ya, i)).ToList(), Enumerable.Range(0, ny).Select(i => i + 0.5).ToList());
        plot.Axes.SetLimits(0, nx, 0, ny);
        ChartStyle.Finish(plot, Title, string.Join(" \u00b7 ", xa.Select(i => _inputs[i])) + " (thirds of the range)",
            string.Join(" \u00b7 ", ya.Select(i => _inputs[i])));
        plot.Grid.IsVisible = false;
        plot.Axes.Bottom.TickLabelStyle.FontSize = nx > 3 ? 9 : 12;
        plot.Axes.Bottom.TickLabelStyle.Rotation = nx > 3 ? -45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = nx > 3 ? Alignment.MiddleRight : Alignment.UpperCenter;
    }
}
