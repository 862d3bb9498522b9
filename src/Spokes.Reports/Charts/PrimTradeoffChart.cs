using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// PRIM's peeling trajectory as a trade-off: each box of the trajectory a point at (coverage, density), joined in
/// peeling order from the full space (coverage 1) towards small dense boxes, with the chosen box highlighted and
/// labelled. Takes plain arrays, so it does not depend on the PRIM result types.
/// </summary>
public sealed class PrimTradeoffChart : Chart
{
    private readonly double[] _coverage, _density;
    private readonly int _chosen;

    /// <param name="coverage">coverage of each box of the trajectory (share of cases of interest inside), 0..1.</param>
    /// <param name="density">density of each box (share of the box's rows that are of interest), 0..1.</param>
    /// <param name="chosen">index of the chosen box in the arrays.</param>
    /// <param name="outcome">what the cases of interest are (title; empty for none).</param>
    /// <exception cref="ArgumentException">empty or unequal arrays.</exception>
    /// <exception cref="ArgumentOutOfRangeException">the chosen index is outside the arrays.</exception>
    public PrimTradeoffChart(IReadOnlyList<double> coverage, IReadOnlyList<double> density, int chosen, string outcome = "")
        : base(outcome.Length == 0 ? "prim-tradeoff" : ChartId.Slug("prim-tradeoff-", outcome),
            // The outcome goes into the caption, not the title: long rules cut the title off at the chart's edge.
            "PRIM peeling trajectory: coverage against density",
            (outcome.Length == 0 ? "" : $"Cases of interest: {outcome}. ") +
            "Each box of PRIM's peeling trajectory at its coverage (share of all cases of interest it captures) and density " +
            "(share of its cases that are of interest); peeling moves from the full space at the right towards smaller, " +
            "denser boxes. The highlighted point is the chosen box.")
    {
        if (coverage.Count == 0 || coverage.Count != density.Count)
            throw new ArgumentException("coverage and density need one entry per box, at least one", nameof(coverage));
        if (chosen < 0 || chosen >= coverage.Count)
            throw new ArgumentOutOfRangeException(nameof(chosen), chosen, $"the trajectory has boxes 0..{coverage.Count - 1}");
        _coverage = coverage.ToArray();
        _density = density.ToArray();
        _chosen = chosen;
    }

    public int Chosen => _chosen;

    protected override void Draw(Plot plot)
    {
        var line = plot.Add.ScatterLine(_coverage, _density, ChartStyle.Series(0));
        line.LineWidth = 1.5f;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.MarkerSize = 6;
        var chosen = plot.Add.Marker(_coverage[_chosen], _density[_chosen], MarkerShape.OpenCircle, 18, ChartStyle.Highlight);
        chosen.MarkerLineWidth = 2.5f;
        ChartStyle.Label(plot,
            $"box {_chosen}: coverage {ChartStyle.Fixed(_coverage[_chosen], 2)}, density {ChartStyle.Fixed(_density[_chosen], 2)}",
            _coverage[_chosen], _density[_chosen], ChartStyle.Highlight,
            _coverage[_chosen] > 0.5 ? Alignment.UpperRight : Alignment.UpperLeft, offsetX: _coverage[_chosen] > 0.5 ? -12 : 12, offsetY: 12, bold: true);
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(
        [
            new LegendItem { LabelText = "peeling trajectory", LineColor = ChartStyle.Series(0), LineWidth = 1.5f, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 6, MarkerFillColor = ChartStyle.Series(0), MarkerLineColor = ChartStyle.Series(0) },
            new LegendItem { LabelText = "chosen box", LineWidth = 0, MarkerShape = MarkerShape.OpenCircle, MarkerSize = 12, MarkerLineColor = ChartStyle.Highlight, MarkerLineWidth = 2.5f, MarkerFillColor = Colors.Transparent },
        ]);
        plot.Legend.Alignment = Alignment.LowerLeft;
        plot.ShowLegend();
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02); // both shares on the fixed 0..1 scale
        ChartStyle.UnitTicks(plot.Axes.Bottom);
        ChartStyle.UnitTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "coverage: share of the cases of interest inside the box", "density: share of the box that is of interest");
    }
}
