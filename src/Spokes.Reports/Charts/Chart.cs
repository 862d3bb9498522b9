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

    /// <summary>
    /// The chart as PNG bytes with its title, caption and <paramref name="source"/> written below it, so that a PNG
    /// pasted into a memo still says what it shows and where it comes from. The caption is wrapped to the chart's width.
    /// </summary>
    public byte[] RenderCaptionedPng(string source)
    {
        using var chart = SkiaSharp.SKBitmap.Decode(RawPng());
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(ChartStyle.FontName);
        using var bold = SkiaSharp.SKTypeface.FromFamilyName(ChartStyle.FontName, SkiaSharp.SKFontStyle.Bold);
        using var font = new SkiaSharp.SKFont(typeface, 13);
        using var boldFont = new SkiaSharp.SKFont(bold, 13);
        const float margin = 10, line = 18;
        var lines = Wrap(Title + ". " + Caption, font, Width - 2 * margin);
        var sourceLines = Wrap(source, font, Width - 2 * margin);
        int height = chart.Height + (int)Math.Ceiling(margin + line * (lines.Count + sourceLines.Count) + margin);
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(chart.Width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SkiaSharp.SKColors.White);
        canvas.DrawBitmap(chart, 0, 0);
        using var ink = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        using var grey = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0x55, 0x55, 0x55), IsAntialias = true };
        float y = chart.Height + margin + 13;
        foreach (var l in lines) { canvas.DrawText(l, margin, y, font, ink); y += line; }
        foreach (var l in sourceLines) { canvas.DrawText(l, margin, y, font, grey); y += line; }
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static List<string> Wrap(string text, SkiaSharp.SKFont font, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > width) { lines.Add(current); current = word; }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

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
