using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>One restricted input of a PRIM box: the input's range in the data, the box's limits, and the quasi-p value.</summary>
public sealed record BoxLimit(string Input, double DataMin, double DataMax, double BoxMin, double BoxMax, string PValue);

/// <summary>
/// The limits of a PRIM box (EMA Workbench's box limits plot): one row per restricted input, the input's whole range in
/// the data as a grey bar from 0 to 1, the box's part of it as a coloured bar over it, both ends written in the input's
/// units, and the restriction's quasi-p value at the right.
/// </summary>
public sealed class PrimBoxLimitsChart : Chart
{
    private readonly IReadOnlyList<BoxLimit> _limits;

    /// <exception cref="ArgumentException">no limits.</exception>
    public PrimBoxLimitsChart(string id, string title, string caption, IReadOnlyList<BoxLimit> limits)
        : base(id, title, caption, ChartStyle.Width, Math.Max(220, 90 + 60 * limits.Count))
    {
        if (limits.Count == 0) throw new ArgumentException("at least one restricted input is needed", nameof(limits));
        _limits = limits;
    }

    public IReadOnlyList<BoxLimit> Limits => _limits;

    /// <summary>A limit scaled to its input's data range (0 at the minimum, 1 at the maximum).</summary>
    public static double Scaled(BoxLimit l, double v) => l.DataMax > l.DataMin ? (v - l.DataMin) / (l.DataMax - l.DataMin) : 0;

    protected override void Draw(Plot plot)
    {
        int n = _limits.Count;
        var positions = new double[n];
        for (int i = 0; i < n; i++)
        {
            var l = _limits[i];
            double y = positions[i] = n - 1 - i;
            var full = plot.Add.Rectangle(0, 1, y - 0.12, y + 0.12);
            full.FillColor = Color.FromHex("#DDDDDD");
            full.LineWidth = 0;
            double a = Scaled(l, l.BoxMin), b = Scaled(l, l.BoxMax);
            var box = plot.Add.Rectangle(a, b, y - 0.28, y + 0.28);
            box.FillColor = ChartStyle.Series(0).WithAlpha(0.8);
            box.LineColor = ChartStyle.Series(0);
            ChartStyle.Label(plot, ChartStyle.Number(l.BoxMin, 3), a, y + 0.28, ChartStyle.Ink, Alignment.LowerCenter, offsetX: 0, offsetY: -2, size: 11);
            ChartStyle.Label(plot, ChartStyle.Number(l.BoxMax, 3), b, y + 0.28, ChartStyle.Ink, Alignment.LowerCenter, offsetX: 0, offsetY: -2, size: 11);
            ChartStyle.Label(plot, "p " + l.PValue, 1.02, y, ChartStyle.Ink, Alignment.MiddleLeft, offsetX: 4, offsetY: 0, size: 11);
        }
        ChartStyle.CategoryTicks(plot.Axes.Left, _limits.Select(l => l.Input).ToList(), positions);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(-0.02, 1.22, -0.7, n - 0.2);
        ChartStyle.UnitTicks(plot.Axes.Bottom);
        ChartStyle.Finish(plot, Title, "share of the input's range in the data (0 = its minimum, 1 = its maximum)", "");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
    }
}
