using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Spokes.Reports.Charts;

/// <summary>
/// The fixed look of every chart: pixel size, font, palette and number formats. Fixed so that the same data always
/// renders to the same bytes (no culture, clock or machine setting enters a chart).
/// </summary>
public static class ChartStyle
{
    /// <summary>Default pixel width and height of a chart.</summary>
    public const int Width = 800, Height = 450;

    /// <summary>
    /// The one font every label uses. On Debian it comes with the package fonts-dejavu-core; where it is missing
    /// SkiaSharp falls back to another font and the output is no longer byte-stable across machines.
    /// </summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Font sizes in pixels: the title, axis labels, tick labels, legend and point labels.</summary>
    public const float TitleSize = 17, AxisLabelSize = 14, TickSize = 12, LegendSize = 12, PointLabelSize = 12;

    // Generic series (inputs, outcomes): Okabe–Ito, the colour-blind-safe palette of Spokes.Scenarios.Palette.
    private static readonly string[] Cycle = ["#0072B2", "#D55E00", "#000000", "#CC79A7", "#009E73", "#7F6A00", "#56B4E9", "#E69F00"];

    /// <summary>The i-th colour of the generic cycle (series that are neither allies nor postures).</summary>
    public static Color Series(int i) => Color.FromHex(Cycle[((i % Cycle.Length) + Cycle.Length) % Cycle.Length]);

    /// <summary>An ally's colour (Spokes.Scenarios.Palette, shared with the dashboard); <paramref name="index"/> picks one for an actor it lacks.</summary>
    public static Color Ally(string id, int index) => Color.FromHex(Spokes.Scenarios.Palette.Ally(id, index));

    /// <summary>A posture's colour (Spokes.Scenarios.Palette, a scheme apart from the allies'); a policy that is no preset gets the i-th generic colour.</summary>
    public static Color Posture(string name, int index) =>
        Spokes.Scenarios.Palette.Postures.ContainsKey(name) ? Color.FromHex(Spokes.Scenarios.Palette.Posture(name)) : Series(index);

    /// <summary>Fill of the desirable region of a chart (the trilemma's corner) and the ink of its label.</summary>
    public static Color Desirable { get; } = Color.FromHex("#DCEFE3");

    public static Color DesirableInk { get; } = Color.FromHex("#1E6B3A");

    /// <summary>Colour of highlighted items (the chosen PRIM box).</summary>
    public static Color Highlight { get; } = Color.FromHex("#D62728");

    /// <summary>Neutral ink for reference lines and secondary markers.</summary>
    public static Color Ink { get; } = Color.FromHex("#333333");

    /// <summary>A number for a tick or a label: invariant culture, at most <paramref name="digits"/> decimals, no grouping.</summary>
    public static string Number(double v, int digits = 3)
    {
        if (Math.Abs(v) < 1e-12) v = 0; // no "-0"
        return v.ToString("0." + new string('#', Math.Max(1, digits)), CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed-decimals number (the format of the key-findings table).</summary>
    public static string Fixed(double v, int digits) => v.ToString("F" + digits, CultureInfo.InvariantCulture);

    /// <summary>Years on an axis: whole numbers without a thousands separator.</summary>
    internal static void YearTicks(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };

    /// <summary>A fixed 0..1 scale: ticks at 0, 0.2, …, 1 whatever the data (indices compare across charts at a glance).</summary>
    internal static void UnitTicks(IAxis axis)
    {
        var ticks = new NumericManual();
        for (int i = 0; i <= 5; i++) ticks.AddMajor(i / 5.0, Number(i / 5.0, 1));
        axis.TickGenerator = ticks;
    }

    /// <summary>Plain invariant numbers on an axis.</summary>
    internal static void NumberTicks(IAxis axis) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => Number(v, 4) };

    /// <summary>Named categories at positions 0, 1, … on an axis (bar charts).</summary>
    internal static void CategoryTicks(IAxis axis, IReadOnlyList<string> labels, IReadOnlyList<double> positions)
    {
        var ticks = new NumericManual();
        for (int i = 0; i < labels.Count; i++) ticks.AddMajor(positions[i], labels[i]);
        axis.TickGenerator = ticks;
    }

    /// <summary>A text label in data coordinates, in the chart font.</summary>
    internal static ScottPlot.Plottables.Text Label(Plot plot, string text, double x, double y, Color color,
        Alignment alignment = Alignment.LowerLeft, float offsetX = 6, float offsetY = -4, float size = PointLabelSize, bool bold = false)
    {
        var t = plot.Add.Text(text, x, y);
        t.LabelFontName = FontName;
        t.LabelFontSize = size;
        t.LabelFontColor = color;
        t.LabelBold = bold;
        t.LabelAlignment = alignment;
        t.OffsetX = offsetX;
        t.OffsetY = offsetY;
        return t;
    }

    /// <summary>
    /// Names at the end of lines (at x = <paramref name="x"/>, each at its last value), in the line's colour, moved apart
    /// vertically so that no two overlap: the chart is read without a legend.
    /// </summary>
    internal static void LineEndLabels(Plot plot, double x, IReadOnlyList<(string Name, double Value, Color Color)> ends, double yLo, double yHi,
        float size = PointLabelSize, double plotHeightPx = 330)
    {
        // One label height (plus a little) between label centres.
        double gap = (yHi - yLo) * (size + 3) / plotHeightPx;
        var order = ends.Select((e, i) => (e, i)).Where(t => double.IsFinite(t.e.Value)).OrderBy(t => t.e.Value).ToList();
        var y = order.Select(t => Math.Clamp(t.e.Value, yLo + gap / 2, yHi - gap / 2)).ToArray();
        for (int k = 1; k < y.Length; k++) y[k] = Math.Max(y[k], y[k - 1] + gap);
        // pushed off the top: shift the stack down again
        if (y.Length > 0 && y[^1] > yHi - gap / 2)
        {
            y[^1] = yHi - gap / 2;
            for (int k = y.Length - 2; k >= 0; k--) y[k] = Math.Min(y[k], y[k + 1] - gap);
        }
        for (int k = 0; k < order.Count; k++)
            Label(plot, order[k].e.Name, x, y[k], order[k].e.Color, Alignment.MiddleLeft, offsetX: 5, offsetY: 0, size: size, bold: true);
    }

    /// <summary>A legend of exactly these items, outside the data area on the right.</summary>
    internal static void LegendRight(Plot plot, IEnumerable<LegendItem> items)
    {
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>Applies the fixed font, sizes and number formats to a finished plot.</summary>
    internal static void Finish(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, TitleSize);
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
        plot.Font.Set(FontName);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.FontName = FontName;
        }
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        foreach (var bars in plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
        {
            bars.ValueLabelStyle.FontName = FontName;
            bars.ValueLabelStyle.FontSize = PointLabelSize;
        }
    }
}
