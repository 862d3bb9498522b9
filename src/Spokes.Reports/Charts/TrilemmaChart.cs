using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>One posture's place in the trilemma: its three alliance indices in the final year.</summary>
public sealed record TrilemmaPoint(string Posture, double Discounting, double Distancing, double Duplication);

/// <summary>
/// The essay's trilemma in one picture: each posture (or each year of one run) is a point at (discounting index,
/// distancing index) on fixed 0..1 axes, its marker size growing with the duplication index, labelled with its name and
/// duplication value. The desirable corner (little discounting, little distancing) is shaded. A posture cannot move
/// into it without growing elsewhere: threats cut discounting but push allies away and into duplication; reassurance
/// does the reverse.
/// </summary>
public sealed class TrilemmaChart : Chart
{
    /// <summary>Marker diameters in pixels for the smallest and largest duplication index on the chart.</summary>
    public const float MinMarker = 10, MaxMarker = 34;

    /// <summary>The shaded desirable corner: both indices at most this.</summary>
    public const double Corner = 0.25;

    private readonly IReadOnlyList<TrilemmaPoint> _points;
    private readonly bool _path;

    /// <param name="points">the points, in drawing order (postures, or one run's years).</param>
    /// <param name="runLabel">what the chart is of (in the title).</param>
    /// <param name="path">join the points in order (one run over the years) instead of colouring each as a posture.</param>
    /// <exception cref="ArgumentException">no points.</exception>
    public TrilemmaChart(IReadOnlyList<TrilemmaPoint> points, string runLabel, bool path = false)
        : base("trilemma", $"The trilemma: discounting, distancing, duplication — {runLabel}",
            (path ? "The run's place in the trilemma over the years, joined in order: " : "One point per posture in the final year: ") +
            "x is the discounting index (allies discount the U.S. threat to leave), y the distancing index (allies de-align), " +
            "both on 0..1; the marker's size and label give the duplication index (allied spending that duplicates U.S. " +
            $"capabilities). The shaded corner (both below {Corner.ToString(System.Globalization.CultureInfo.InvariantCulture)}) is where the U.S. would want the alliance; lower is better on every axis." +
            (path ? "" : " No posture reduces all three."))
    {
        if (points.Count == 0) throw new ArgumentException("at least one posture is needed", nameof(points));
        _points = points;
        _path = path;
    }

    public IReadOnlyList<TrilemmaPoint> Points => _points;

    /// <summary>Marker diameter for a duplication value: linear in the chart's range of duplication.</summary>
    public float MarkerSize(double duplication)
    {
        double lo = _points.Min(p => p.Duplication), hi = _points.Max(p => p.Duplication);
        if (!(hi > lo)) return (MinMarker + MaxMarker) / 2;
        return (float)(MinMarker + (MaxMarker - MinMarker) * (duplication - lo) / (hi - lo));
    }

    protected override void Draw(Plot plot)
    {
        var corner = plot.Add.Rectangle(0, Corner, 0, Corner);
        corner.FillColor = ChartStyle.Desirable;
        corner.LineWidth = 0;
        ChartStyle.Label(plot, "desirable:", 0.01, Corner - 0.01, ChartStyle.DesirableInk, Alignment.UpperLeft, offsetX: 2, offsetY: 2, size: 11);
        ChartStyle.Label(plot, "little of both", 0.01, Corner - 0.055, ChartStyle.DesirableInk, Alignment.UpperLeft, offsetX: 2, offsetY: 2, size: 11);
        if (_path && _points.Count > 1)
        {
            var line = plot.Add.ScatterLine(_points.Select(p => p.Discounting).ToArray(), _points.Select(p => p.Distancing).ToArray(), ChartStyle.Ink);
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
        }
        // Postures are told apart by colour and named in the legend (labels beside markers collided where postures
        // end close together); a run's path is labelled at its first and last year.
        var legend = new List<LegendItem>();
        for (int i = 0; i < _points.Count; i++)
        {
            var p = _points[i];
            var color = _path ? ChartStyle.Ink : ChartStyle.Posture(p.Posture, i);
            float size = _path ? 9 : MarkerSize(p.Duplication);
            var marker = plot.Add.Marker(p.Discounting, p.Distancing, MarkerShape.FilledCircle, size, color.WithAlpha(0.8));
            marker.MarkerLineColor = color;
            string text = $"{p.Posture} (dup. {ChartStyle.Fixed(p.Duplication, 3)})";
            if (!_path)
                legend.Add(new LegendItem { LabelText = text, LineWidth = 0, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 10, MarkerFillColor = color, MarkerLineColor = color });
            else if (i == 0 || i == _points.Count - 1)
            {
                bool left = p.Discounting > 0.7;
                ChartStyle.Label(plot, text, p.Discounting, p.Distancing + (i == 0 ? -0.04 : 0.04), ChartStyle.Ink,
                    left ? Alignment.MiddleRight : Alignment.MiddleLeft, offsetX: (left ? -1 : 1) * (size / 2 + 4), offsetY: 0);
            }
        }
        if (legend.Count > 0)
        {
            // Inside the empty upper right of the fixed frame (outside, it squeezed the plot and cut the title).
            plot.Legend.ManualItems.Clear();
            plot.Legend.ManualItems.AddRange(legend);
            plot.Legend.Alignment = Alignment.UpperRight;
            plot.ShowLegend();
        }
        plot.Axes.SetLimits(-0.03, 1.03, -0.03, 1.03);
        ChartStyle.UnitTicks(plot.Axes.Bottom);
        ChartStyle.UnitTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "discounting index (0..1, \u2190 better)", "distancing index (0..1, \u2193 better)");
    }
}
