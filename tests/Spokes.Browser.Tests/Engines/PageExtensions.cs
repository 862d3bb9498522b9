using System.Diagnostics;

namespace Spokes.Browser.Tests.Engines;

public static class PageExtensions
{
    /// <summary>Polls a JavaScript condition until it holds (a wait, not a time bound: slow machines pass).</summary>
    /// <exception cref="TimeoutException">it did not hold within <paramref name="timeoutMs"/>.</exception>
    public static async Task WaitForAsync(this IEnginePage page, string condition, int timeoutMs = 30_000)
    {
        var sw = Stopwatch.StartNew();
        while (true)
        {
            var v = await page.EvaluateAsync($"(() => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()");
            if (v.ValueKind == System.Text.Json.JsonValueKind.True) return;
            if (sw.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"{page.Engine}: '{condition}' did not hold within {timeoutMs} ms");
            await Task.Delay(50);
        }
    }

    public static async Task<string> TextAsync(this IEnginePage page, string selector) =>
        (await page.EvaluateAsync($"document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}).textContent")).GetString() ?? "";

    /// <summary>The page's width as laid out, against the viewport's: more means a horizontal scroll bar.</summary>
    public static async Task<(int Content, int Viewport)> WidthsAsync(this IEnginePage page)
    {
        var e = await page.EvaluateAsync("[document.documentElement.scrollWidth, window.innerWidth]");
        return (e[0].GetInt32(), e[1].GetInt32());
    }

    /// <summary>The elements whose right edge passes the window's (for the message of a failed width check).</summary>
    public static async Task<string> OverflowingAsync(this IEnginePage page) =>
        (await page.EvaluateAsync("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)" +
            ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')")).GetString() ?? "";

    public static string Shot(this IEnginePage page, string name) =>
        Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{page.Engine}.png");
}
