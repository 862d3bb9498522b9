using ScottPlot;

namespace Spokes.Reports.Charts;

/// <summary>
/// One chart: a title, a caption that says how to read it, and a drawing rendered either as SVG (text, for inlining
/// into a report) or PNG (bytes). Rendering is deterministic — fixed pixel size, the font of <see cref="ChartStyle"/>,
/// element ids renumbered per chart, no timestamps — so the same data gives byte-identical SVG. A chart holds only
/// its data; each render builds a fresh ScottPlot <see cref="Plot"/>, so instances may be rendered from several
/// threads at once.
/// </summary>
public abstract class Chart
{
    /// <param name="id">file-name-safe identifier, unique within a report (letters, digits, '-', '_').</param>
    /// <param name="title">the title drawn on the chart and used as the SVG &lt;title&gt;.</param>
    /// <param name="caption">one or two sentences on what the chart shows and how to read it.</param>
    /// <param name="width">pixel width.</param>
    /// <param name="height">pixel height.</param>
    /// <exception cref="ArgumentException">the id is empty or has other characters, or the size is not positive.</exception>
    protected Chart(string id, string title, string caption, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"chart id '{id}' must be non-empty and use only letters, digits, '-' and '_'", nameof(id));
        if (width <= 0 || height <= 0) throw new ArgumentException($"chart size {width}×{height} must be positive");
        Id = id;
        Title = title;
        Caption = caption;
        Width = width;
        Height = height;
    }

    public string Id { get; }
    public string Title { get; }
    public string Caption { get; }
    public int Width { get; }
    public int Height { get; }

    /// <summary>
    /// The chart as a standalone SVG document without an XML declaration: it can be saved as a .svg file or
    /// inlined into (X)HTML. Carries a viewBox (scales with CSS), a &lt;title&gt; and ids prefixed with <see cref="Id"/>.
    /// </summary>
    public string RenderSvg() => SvgMarkup.Normalize(RawSvg(), Id, Title, Width, Height);

    /// <summary>The chart as PNG bytes.</summary>
    public byte[] RenderPng() => RawPng();

    /// <summary>The SVG as the renderer writes it (before <see cref="SvgMarkup"/>); overridden by charts of several panels.</summary>
    protected virtual string RawSvg()
    {
        using var plot = Build();
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>The PNG bytes as the renderer writes them; overridden by charts of several panels.</summary>
    protected virtual byte[] RawPng()
    {
        using var plot = Build();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Adds the plottables, axis limits and labels; called on a fresh plot for each render.</summary>
    protected abstract void Draw(Plot plot);

    private Plot Build()
    {
        var plot = new Plot();
        Draw(plot);
        return plot;
    }
}
