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

    // Tableau's Category10 (the matplotlib default cycle), so charts read like those of EMA Workbench and SALib.
    private static readonly string[] Palette =
    [
        "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF",
    ];

    /// <summary>The i-th colour of the palette (cycled): allies by their order in actors.csv, postures by preset order.</summary>
    public static Color Series(int i) => Color.FromHex(Palette[((i % Palette.Length) + Palette.Length) % Palette.Length]);

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
