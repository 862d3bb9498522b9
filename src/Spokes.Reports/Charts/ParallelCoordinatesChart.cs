using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// Parallel coordinates (EMA Workbench's parcoords): one vertical axis per column, each scaled to its own minimum ..
/// maximum (written at its ends), and one line per row across them, coloured by its group (a policy, a Pareto set,
/// inside or outside a box). Used for outcomes per policy and for the solutions of an optimisation.
/// </summary>
public sealed class ParallelCoordinatesChart : Chart
{
    private readonly IReadOnlyList<string> _columns;
    private readonly double[][] _rows;
    private readonly string[] _groups;

    /// <param name="columns">axis names, left to right.</param>
    /// <param name="rows">one value per column per row.</param>
    /// <param name="groups">each row's group (colour and legend), e.g. its policy.</param>
    /// <exception cref="ArgumentException">fewer than two columns, no rows, or rows and groups that do not match.</exception>
    public ParallelCoordinatesChart(string id, string title, string caption, IReadOnlyList<string> columns, IReadOnlyList<double[]> rows, IReadOnlyList<string> groups)
        : base(id, title, caption, 900, 480)
    {
        if (columns.Count < 2) throw new ArgumentException("at least two columns are needed", nameof(columns));
        if (rows.Count == 0 || rows.Count != groups.Count || rows.Any(r => r.Length != columns.Count))
            throw new ArgumentException("one group per row and one value per column are needed", nameof(rows));
        _columns = columns;
        _rows = [.. rows];
        _groups = [.. groups];
    }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Each column's range (the axis ends), over the finite values.</summary>
    public (double Min, double Max) Range(int column)
    {
        var v = _rows.Select(r => r[column]).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        return (v.Min(), v.Max());
    }

    /// <summary>A value's height on its axis, 0 at the column's minimum, 1 at its maximum.</summary>
    public double Scaled(int column, double value)
    {
        var (lo, hi) = Range(column);
        return hi > lo ? (value - lo) / (hi - lo) : 0.5;
    }

    protected override void Draw(Plot plot)
    {
        var names = _groups.Distinct().ToList();
        var xs = Enumerable.Range(0, _columns.Count).Select(i => (double)i).ToArray();
        // Fainter lines the more there are, so that dense regions show as darker bands.
        double alpha = Math.Clamp(12.0 / Math.Sqrt(_rows.Length), 0.06, 0.9);
        var legend = new List<LegendItem>();
        for (int g = 0; g < names.Count; g++)
        {
            var color = ChartStyle.Posture(names[g], g);
            foreach (var r in Enumerable.Range(0, _rows.Length).Where(r => _groups[r] == names[g]))
            {
                var ys = Enumerable.Range(0, _columns.Count).Select(c => Scaled(c, _rows[r][c])).ToArray();
                var line = plot.Add.ScatterLine(xs, ys, color.WithAlpha(alpha));
                line.LineWidth = 1.2f;
            }
            legend.Add(new LegendItem { LabelText = names[g], LineColor = color, LineWidth = 3, MarkerShape = MarkerShape.None });
        }
        for (int c = 0; c < _columns.Count; c++)
        {
            var axis = plot.Add.VerticalLine(c, 1.5f, ChartStyle.Ink);
            var (lo, hi) = Range(c);
            ChartStyle.Label(plot, ChartStyle.Number(hi, 3), c, 1, ChartStyle.Ink, Alignment.LowerLeft, offsetX: 3, offsetY: -4, size: 11);
            ChartStyle.Label(plot, ChartStyle.Number(lo, 3), c, 0, ChartStyle.Ink, Alignment.UpperLeft, offsetX: 3, offsetY: 4, size: 11);
        }
        ChartStyle.LegendRight(plot, legend);
        ChartStyle.CategoryTicks(plot.Axes.Bottom, _columns, xs);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.SetLimits(-0.6, _columns.Count - 0.4, -0.12, 1.12);
        ChartStyle.Finish(plot, Title, "", "min (bottom) to max (top)");
        plot.Grid.IsVisible = false;
        // Names that would run into each other side by side (a Pareto set's levers and objectives) are slanted.
        if (_columns.Count * _columns.Max(c => c.Length) * 6.5 > 780)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
            plot.Axes.Bottom.MinimumSize = (float)(4.5 * _columns.Max(c => c.Length)) + 24;
        }
    }
}
