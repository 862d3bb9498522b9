using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// Two policies compared scenario by scenario: per outcome, a bar of the share of scenarios in which the first policy
/// gives the higher value (fixed 0..1 scale, an even split marked at 0.5), labelled "k of n".
/// </summary>
public sealed class WinRateChart : Chart
{
    private readonly IReadOnlyList<PairedComparison> _pairs;

    /// <exception cref="ArgumentException">no comparisons, or comparisons of different policy pairs.</exception>
    public WinRateChart(IReadOnlyList<PairedComparison> pairs)
        : base(ChartId.Slug("win-rate-", pairs.Count == 0 ? "none" : $"{pairs[0].A}-vs-{pairs[0].B}"),
            pairs.Count == 0 ? "" : $"Scenario by scenario: {pairs[0].A} against {pairs[0].B}",
            pairs.Count == 0 ? "" : $"For each outcome, the share of the sampled scenarios in which {pairs[0].A} gives a higher value than " +
            $"{pairs[0].B} under the same inputs; labels give the count. Left of the dashed line at 0.5, {pairs[0].B} is higher more often. " +
            "Whether higher is better depends on the outcome.")
    {
        if (pairs.Count == 0) throw new ArgumentException("at least one comparison is needed", nameof(pairs));
        if (pairs.Any(p => p.A != pairs[0].A || p.B != pairs[0].B)) throw new ArgumentException("one pair of policies per chart", nameof(pairs));
        _pairs = pairs;
    }

    public IReadOnlyList<PairedComparison> Pairs => _pairs;

    protected override void Draw(Plot plot)
    {
        int n = _pairs.Count;
        var positions = new double[n];
        var bars = new List<Bar>();
        var color = ChartStyle.Posture(_pairs[0].A, 0);
        for (int i = 0; i < n; i++)
        {
            positions[i] = n - 1 - i;
            var p = _pairs[i];
            double share = p.Count == 0 ? 0 : (double)p.AHigher / p.Count;
            bars.Add(new Bar
            {
                Position = positions[i], Value = share, Size = 0.6, FillColor = color, LineColor = color,
                Label = $"{p.AHigher} of {p.Count}", Orientation = Orientation.Horizontal,
            });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        var even = plot.Add.VerticalLine(0.5, 1.5f, ChartStyle.Ink);
        even.LinePattern = LinePattern.Dashed;
        ChartStyle.CategoryTicks(plot.Axes.Left, _pairs.Select(p => p.Outcome).ToList(), positions);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(0, 1.2, -0.6, n - 0.4);
        ChartStyle.UnitTicks(plot.Axes.Bottom);
        ChartStyle.Finish(plot, Title, $"share of scenarios where {_pairs[0].A} is higher", "");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
    }
}
