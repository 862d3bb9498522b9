using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>One posture's place in the trilemma: its three alliance indices in the final year.</summary>
public sealed record TrilemmaPoint(string Posture, double Discounting, double Distancing, double Duplication);

/// <summary>
/// The essay's trilemma in one picture: each posture is a point at (discounting index, distancing index), its
/// marker size growing with the duplication index, labelled with the posture and its duplication value. A posture
/// cannot move towards the origin (little discounting and little distancing) without growing elsewhere: threats cut
/// discounting but push allies away and into duplication; reassurance does the reverse.
/// </summary>
public sealed class TrilemmaChart : Chart
{
    /// <summary>Marker diameters in pixels for the smallest and largest duplication index on the chart.</summary>
    public const float MinMarker = 10, MaxMarker = 34;

    private readonly IReadOnlyList<TrilemmaPoint> _points;

    /// <exception cref="ArgumentException">no points.</exception>
    public TrilemmaChart(IReadOnlyList<TrilemmaPoint> points, string runLabel)
        : base("trilemma", $"The trilemma: discounting, distancing, duplication — {runLabel}",
            "One point per posture in the final year: x is the discounting index (allies discount the threat to leave), " +
            "y the distancing index (allies de-align), and the marker's size and label give the duplication index " +
            "(allied spending that duplicates U.S. capabilities). No posture reduces all three.")
    {
        if (points.Count == 0) throw new ArgumentException("at least one posture is needed", nameof(points));
        _points = points;
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
        for (int i = 0; i < _points.Count; i++)
        {
            var p = _points[i];
            var color = ChartStyle.Series(i);
            float size = MarkerSize(p.Duplication);
            var marker = plot.Add.Marker(p.Discounting, p.Distancing, MarkerShape.FilledCircle, size, color.WithAlpha(0.75));
            marker.MarkerLineColor = color;
            ChartStyle.Label(plot, $"{p.Posture} (dup. {ChartStyle.Fixed(p.Duplication, 3)})", p.Discounting, p.Distancing, ChartStyle.Ink,
                Alignment.MiddleLeft, offsetX: size / 2 + 4, offsetY: 0);
        }

        double xLo = _points.Min(p => p.Discounting), xHi = _points.Max(p => p.Discounting);
        double yLo = _points.Min(p => p.Distancing), yHi = _points.Max(p => p.Distancing);
        double xSpan = Math.Max(xHi - xLo, 0.01), ySpan = Math.Max(yHi - yLo, 0.01);
        // Extra room on the right for the labels.
        plot.Axes.SetLimits(xLo - 0.12 * xSpan, xHi + 0.6 * xSpan, yLo - 0.15 * ySpan, yHi + 0.15 * ySpan);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.NumberTicks(plot.Axes.Left);
        ChartStyle.Finish(plot, Title, "discounting index (final year)", "distancing index (final year)");
    }
}
