using Spokes.Browser.Tests.Engines;
using Xunit.Abstractions;

namespace Spokes.Browser.Tests;

/// <summary>
/// The dashboard in both engines: the same model run draws the same charts and summary in Chromium and Firefox, a
/// posture change reruns it in each, and screenshots at 1400 and 390 px are saved as artefacts.
/// </summary>
[Collection("browsers")]
public sealed class DashboardEngineTests(BrowserFixture fx, ITestOutputHelper output)
{
    private const string Drawn = "document.querySelector('#chart-alliance[data-hash]')";

    private async Task<(string Summary, string Hashes)> Open(string engine, int width, int height)
    {
        await using var page = await fx.OpenPage(engine, width, height);
        await page.GotoAsync(fx.BaseUrl + "/");
        await page.WaitForAsync(Drawn);
        var summary = await page.TextAsync("#summary");
        var hashes = (await page.EvaluateAsync("[...document.querySelectorAll('#charts svg')].map(s => s.id + '=' + s.getAttribute('data-hash')).join(' ')")).GetString()!;
        // Usable on a phone: the page never scrolls sideways.
        var (content, viewport) = await page.WidthsAsync();
        Assert.True(content <= viewport, $"{engine}: the dashboard is {content} px wide in a {viewport} px window: {await page.OverflowingAsync()}");
        var shot = page.Shot($"dashboard-{width}");
        await page.ScreenshotAsync(shot, fullPage: false);
        Assert.True(new FileInfo(shot).Length > 5_000, $"{shot} is too small to show the dashboard");
        output.WriteLine($"{engine} {width} px: {summary}; screenshot {shot}");

        // A posture chosen as a person does (the select's change event) reruns the model.
        await page.EvaluateAsync("(() => { const s = document.getElementById('posture'); s.value = 'threaten'; s.dispatchEvent(new Event('change', { bubbles: true })); return 1; })()");
        await page.WaitForAsync("document.getElementById('summary').textContent.includes('under threaten')");
        Assert.Empty(page.TakeProblems());
        return (summary, hashes);
    }

    [Fact]
    public async Task Chromium_and_Firefox_draw_the_same_run_at_1400_and_390_px()
    {
        foreach (var (width, height) in new[] { (1400, 900), (390, 844) })
        {
            var chromium = await Open("chromium", width, height);
            var firefox = await Open("firefox", width, height);
            Assert.StartsWith("2030 under status-quo:", chromium.Summary, StringComparison.Ordinal);
            Assert.Equal(chromium, firefox);
        }
    }
}
