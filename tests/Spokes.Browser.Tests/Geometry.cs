using System.Text.Json;

namespace Spokes.Browser.Tests;

/// <summary>
/// Where one text of a chart lies, in CSS pixels relative to its &lt;svg&gt; element: its box, and the baseline points
/// where its first glyph starts and its last glyph ends.
/// </summary>
public sealed record TextBox(string Chart, string Text, double X, double Y, double Width, double Height,
    double StartX, double StartY, double EndX, double EndY);

/// <summary>
/// Text geometry of inline SVG charts, read in a browser and compared between browsers. A chart whose glyph positions a
/// browser rejects draws each label's glyphs on top of one another at the start of the line: the label's end moves,
/// which is what this comparison catches (bar labels inside bars, tick labels on the axis, cut titles).
/// </summary>
public static class Geometry
{
    /// <summary>JavaScript: every &lt;text&gt; of every SVG chart matched by <paramref name="selector"/>, with its geometry.</summary>
    public static string Script(string selector) => $$"""
        [...document.querySelectorAll({{JsonSerializer.Serialize(selector)}})].flatMap(svg => {
          const r = svg.getBoundingClientRect();
          const id = svg.id || (svg.closest('figure') || {}).id || '';
          return [...svg.querySelectorAll('text')].filter(t => t.getNumberOfChars() > 0).map(t => {
            const b = t.getBoundingClientRect(), m = t.getScreenCTM(), n = t.getNumberOfChars();
            const at = p => { const q = new DOMPoint(p.x, p.y).matrixTransform(m); return [q.x - r.left, q.y - r.top]; };
            const s = at(t.getStartPositionOfChar(0)), e = at(t.getEndPositionOfChar(n - 1));
            return { chart: id, text: t.textContent, x: b.left - r.left, y: b.top - r.top, w: b.width, h: b.height,
                     sx: s[0], sy: s[1], ex: e[0], ey: e[1], svgW: r.width, svgH: r.height };
          });
        })
        """;

    public static List<TextBox> Read(JsonElement e, out List<(string Chart, double Width, double Height)> svgs)
    {
        var boxes = new List<TextBox>();
        svgs = [];
        foreach (var t in e.EnumerateArray())
        {
            string chart = t.GetProperty("chart").GetString()!;
            double D(string name) => t.GetProperty(name).GetDouble();
            boxes.Add(new TextBox(chart, t.GetProperty("text").GetString()!, D("x"), D("y"), D("w"), D("h"), D("sx"), D("sy"), D("ex"), D("ey")));
            if (svgs.Count == 0 || svgs[^1].Chart != chart) svgs.Add((chart, D("svgW"), D("svgH")));
        }
        return boxes;
    }

    /// <summary>
    /// The texts whose first-glyph start or last-glyph end lie more than <paramref name="tolerance"/> pixels apart
    /// between two engines; both lists must hold the same texts in the same order. Boxes are not compared: their
    /// height is the font's line box, which each engine takes from its own ascent and descent (2–3 px apart).
    /// </summary>
    public static List<string> Differences(IReadOnlyList<TextBox> a, IReadOnlyList<TextBox> b, double tolerance)
    {
        var diffs = new List<string>();
        if (a.Count != b.Count) return [$"{a.Count} texts against {b.Count}"];
        for (int i = 0; i < a.Count; i++)
        {
            var (p, q) = (a[i], b[i]);
            if (p.Chart != q.Chart || p.Text != q.Text) { diffs.Add($"text {i}: '{p.Chart}/{p.Text}' against '{q.Chart}/{q.Text}'"); continue; }
            if (Delta(p, q) > tolerance)
                diffs.Add($"{p.Chart} '{p.Text}': from ({p.StartX:F1}, {p.StartY:F1}) to ({p.EndX:F1}, {p.EndY:F1}) against ({q.StartX:F1}, {q.StartY:F1}) to ({q.EndX:F1}, {q.EndY:F1})");
        }
        return diffs;
    }

    private static double Delta(TextBox p, TextBox q) =>
        Math.Max(Math.Max(Math.Abs(p.StartX - q.StartX), Math.Abs(p.StartY - q.StartY)), Math.Max(Math.Abs(p.EndX - q.EndX), Math.Abs(p.EndY - q.EndY)));

    /// <summary>The largest difference over all texts (for the log).</summary>
    public static double MaxDifference(IReadOnlyList<TextBox> a, IReadOnlyList<TextBox> b) =>
        a.Zip(b).Select(z => Delta(z.First, z.Second)).DefaultIfEmpty(0).Max();
}
