using System.Text.RegularExpressions;
using Spokes.Browser.Tests.Engines;
using Xunit.Abstractions;

namespace Spokes.Browser.Tests;

/// <summary>
/// The reports' charts in two engines: every label of every chart must lie where the other engine puts it, inside its
/// chart; a deliberately broken chart (the glyph-position lists SkiaSharp writes, with their trailing separator) must
/// be caught. Screenshots of each report's first screen at 1400 and 390 px are saved as artefacts.
/// </summary>
[Collection("browsers")]
public sealed partial class ReportRenderingTests(BrowserFixture fx, ITestOutputHelper output)
{
    // Both engines lay out the same per-glyph positions in the same font (DejaVu Sans); what differs is rounding and
    // the line box of the font's ascent and descent: measured up to PLACEHOLDER px here.
    private const double Tolerance = 3;

    private const string Charts = "figure svg";

    private async Task<List<TextBox>> Texts(string engine, string url, int width = 1400)
    {
        await using var page = await fx.OpenPage(engine, width, 900);
        await page.GotoAsync(url);
        var boxes = Geometry.Read(await page.EvaluateAsync(Geometry.Script(Charts)), out var svgs);
        Assert.Empty(page.TakeProblems());
        foreach (var (chart, w, h) in svgs) Assert.True(w > 100 && h > 50, $"{engine}: chart {chart} is {w}×{h} px");
        // Nothing cut: every label inside its chart (the title included).
        foreach (var b in boxes)
        {
            var (_, sw, sh) = svgs.First(s => s.Chart == b.Chart);
            Assert.True(b.X >= -1 && b.Y >= -1 && b.X + b.Width <= sw + 1 && b.Y + b.Height <= sh + 1,
                $"{engine}: '{b.Text}' of {b.Chart} at ({b.X:F1}, {b.Y:F1}) size {b.Width:F1}×{b.Height:F1} lies outside its {sw:F0}×{sh:F0} chart");
        }
        return boxes;
    }

    [Theory]
    [InlineData("comparison")]
    [InlineData("run")]
    public async Task Every_chart_label_lies_in_the_same_place_in_Chromium_and_Firefox(string report)
    {
        var chromium = await Texts("chromium", fx.Reports[report]);
        var firefox = await Texts("firefox", fx.Reports[report]);
        Assert.True(chromium.Count > 50, $"only {chromium.Count} chart texts in the {report} report");
        output.WriteLine($"{report}: {chromium.Count} chart texts, largest difference {Geometry.MaxDifference(chromium, firefox):F2} px");
        var diffs = Geometry.Differences(chromium, firefox, Tolerance);
        foreach (var d in diffs.Take(15)) output.WriteLine(d);
        Assert.Empty(diffs);
    }

    /// <summary>A trailing separator after the last number of a glyph-position list (what SkiaSharp writes).</summary>
    [GeneratedRegex(@"(<text\b[^>]*?\bx="")([^""]*,[^""]*)("")")]
    private static partial Regex PositionList();

    [Fact]
    public async Task The_comparison_catches_the_glyph_positions_Firefox_rejects()
    {
        var fixedHtml = await File.ReadAllTextAsync(new Uri(fx.Reports["comparison"]).LocalPath);
        var broken = PositionList().Replace(fixedHtml, "$1$2, $3");
        Assert.NotEqual(fixedHtml, broken);
        var path = Path.Combine(Path.GetTempPath(), $"spokes-broken-{Environment.ProcessId}.html");
        await File.WriteAllTextAsync(path, broken);
        try
        {
            var url = new Uri(path).AbsoluteUri;
            var chromium = await Texts("chromium", fx.Reports["comparison"]);
            await using var page = await fx.OpenPage("firefox", 1400, 900);
            await page.GotoAsync(url);
            var firefoxBroken = Geometry.Read(await page.EvaluateAsync(Geometry.Script(Charts)), out _);
            var diffs = Geometry.Differences(chromium, firefoxBroken, Tolerance);
            output.WriteLine($"the unfixed charts in Firefox: {diffs.Count} of {chromium.Count} labels misplaced, e.g. {diffs.FirstOrDefault()}");
            Assert.True(diffs.Count > chromium.Count / 2, $"only {diffs.Count} of {chromium.Count} labels misplaced by the broken lists");
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("chromium")]
    [InlineData("firefox")]
    public async Task Each_reports_first_screen_shows_the_headline_at_1400_and_390_px_without_sideways_scrolling(string engine)
    {
        foreach (var report in fx.Reports.Keys)
        foreach (var width in new[] { 1400, 390 })
        {
            await using var page = await fx.OpenPage(engine, width, width == 390 ? 844 : 900);
            await page.GotoAsync(fx.Reports[report]);
            var shot = page.Shot($"report-{report}-{width}");
            await page.ScreenshotAsync(shot, fullPage: false);
            Assert.True(new FileInfo(shot).Length > 5_000, $"{shot} is too small to show the report");
            output.WriteLine("screenshot: " + shot);
            // Usable on a phone: wide tables scroll inside their box, charts shrink; the page itself never scrolls sideways.
            var (content, viewport) = await page.WidthsAsync();
            Assert.True(content <= viewport, $"{engine}: the {report} report is {content} px wide in a {viewport} px window: {await page.OverflowingAsync()}");
            // The headline (question and verdicts) is on the first screen.
            var top = (await page.EvaluateAsync("document.querySelector('#headline ul.verdicts').getBoundingClientRect().top")).GetDouble();
            Assert.True(top < (width == 390 ? 844 : 900), $"{engine}: the verdicts start at {top} px, below the first screen");
            Assert.Empty(page.TakeProblems());
        }
    }
}
