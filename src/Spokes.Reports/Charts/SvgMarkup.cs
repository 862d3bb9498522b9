using Spokes.Reports.Html;
using System.Text;
using System.Text.RegularExpressions;

namespace Spokes.Reports.Charts;

/// <summary>
/// Post-processing of the SVG that SkiaSharp writes, so that charts inline safely into one XHTML page: drops the XML
/// declaration, renumbers element ids in order of appearance under the chart's own prefix (Skia numbers clip paths
/// from a process-wide counter, which would make output depend on what was rendered before and would collide
/// between charts on one page), removes the trailing separator SkiaSharp leaves in glyph-position lists (which
/// Firefox rejects) and the indentation it puts inside each text element (which Firefox draws as a space),
/// and adds a viewBox, an accessible role and a &lt;title&gt;.
/// </summary>
internal static partial class SvgMarkup
{
    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"<svg\b([^>]*)>")]
    private static partial Regex SvgOpen();

    /// <summary>A coordinate list attribute (x or y of a text element) that ends in a separator.</summary>
    [GeneratedRegex(@"\b([xy])=""([^""]*?)[,\s]+""")]
    private static partial Regex TrailingSeparator();

    /// <summary>The text of a &lt;text&gt; element with the indentation SkiaSharp puts around it.</summary>
    [GeneratedRegex(@"(<text\b[^>]*>)\s*([^<]*?)\s*(</text>)")]
    private static partial Regex PaddedText();

    public static string Normalize(string svg, string prefix, string title, int width, int height)
    {
        svg = XmlDeclaration().Replace(svg, "", 1);
        // SkiaSharp writes per-glyph positions as "x0, x1, …, xn, " — Firefox rejects the list with its trailing
        // separator and then places every glyph at 0 (bar labels inside bars, tick labels on the axis, cut titles).
        svg = TrailingSeparator().Replace(svg, "$1=\"$2\"");
        // SkiaSharp also indents the characters inside each <text> ("\n\t\t\t\t0.776\n\t\t"): Firefox lays the
        // collapsed trailing space out as one more glyph (labels 6 px wider than in Chromium and off centre).
        svg = PaddedText().Replace(svg, "$1$2$3");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, $"{prefix}-{ids.Count + 1}");
        if (ids.Count > 0)
        {
            var sb = new StringBuilder(svg);
            // Longest first, so that "cl_1" never rewrites part of "cl_12".
            foreach (var (old, fresh) in ids.OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                sb.Replace($"id=\"{old}\"", $"id=\"\u0001{fresh}\"");
                sb.Replace($"url(#{old})", $"url(#\u0001{fresh})");
                sb.Replace($"href=\"#{old}\"", $"href=\"#\u0001{fresh}\"");
            }
            svg = sb.Replace("\u0001", "").ToString();
        }
        string titleId = prefix + "-title";
        var open = SvgOpen().Match(svg);
        if (!open.Success) throw new InvalidOperationException("the renderer produced no <svg> element");
        var attributes = open.Groups[1].Value;
        var extra = new StringBuilder();
        if (!attributes.Contains("viewBox", StringComparison.Ordinal)) extra.Append($" viewBox=\"0 0 {width} {height}\"");
        extra.Append($" role=\"img\" aria-labelledby=\"{titleId}\"");
        var replacement = $"<svg{attributes}{extra}>\n\t<title id=\"{titleId}\">{Markup.Escape(title)}</title>";
        return svg[..open.Index] + replacement + svg[(open.Index + open.Length)..].TrimEnd() + "\n";
    }
}
