using ScottPlot;
using SkiaSharp;

namespace Spokes.Reports.Charts;

/// <summary>
/// A chart of several small panels in a grid under one title (small multiples): each panel is an ordinary ScottPlot
/// plot rendered into its cell of one canvas, SVG or PNG, so every panel keeps the fixed look of <see cref="ChartStyle"/>.
/// </summary>
public abstract class PanelChart : Chart
{
    /// <summary>Height in pixels of the title strip above the panels.</summary>
    public const int TitleStrip = 34;

    protected PanelChart(string id, string title, string caption, int columns, int width, int height)
        : base(id, title, caption, width, height)
    {
        if (columns < 1) throw new ArgumentException("at least one column is needed", nameof(columns));
        Columns = columns;
    }

    public int Columns { get; }

    /// <summary>The panels, in reading order (left to right, top to bottom), each finished.</summary>
    protected abstract IReadOnlyList<Plot> Panels();

    /// <summary>Unused: a panel chart draws its panels, not one plot.</summary>
    protected sealed override void Draw(Plot plot) => throw new NotSupportedException("a panel chart renders its panels");

    protected sealed override string RawSvg()
    {
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), wstream))
            Paint(canvas);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    protected sealed override byte[] RawPng()
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        Paint(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private void Paint(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        using (var typeface = SKTypeface.FromFamilyName(ChartStyle.FontName, SKFontStyle.Bold))
        using (var font = new SKFont(typeface, ChartStyle.TitleSize))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            float w = font.MeasureText(Title);
            canvas.DrawText(Title, Math.Max(4, (Width - w) / 2), TitleStrip - 10, font, paint);
        }
        var panels = Panels();
        try
        {
            int rows = (panels.Count + Columns - 1) / Columns;
            float cellW = (float)Width / Columns, cellH = (float)(Height - TitleStrip) / rows;
            for (int i = 0; i < panels.Count; i++)
            {
                int r = i / Columns, c = i % Columns;
                var rect = new PixelRect(c * cellW, (c + 1) * cellW, TitleStrip + (r + 1) * cellH, TitleStrip + r * cellH);
                // ScottPlot draws a plot twice the first time (once more after fixing its layout): a first render in
                // memory at the cell's size leaves one pass for the canvas, so the SVG holds each text once.
                panels[i].RenderInMemory((int)cellW, (int)cellH);
                // ScottPlot clears the canvas before drawing: the clip keeps that to the panel's own cell.
                canvas.Save();
                canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
                panels[i].Render(canvas, rect);
                canvas.Restore();
            }
        }
        finally
        {
            foreach (var p in panels) p.Dispose();
        }
    }
}
