using System.Text.Json;
using Microsoft.Playwright;

namespace Spokes.Browser.Tests.Engines;

/// <summary>
/// The few page operations the cross-engine tests use, the same in Chromium (Playwright) and Firefox (WebDriver BiDi),
/// so one test body checks both engines.
/// </summary>
public interface IEnginePage : IAsyncDisposable
{
    /// <summary>"chromium" or "firefox" (used in screenshot names and messages).</summary>
    string Engine { get; }

    Task GotoAsync(string url);

    Task SetViewportAsync(int width, int height);

    /// <summary>Evaluates a JavaScript expression (a promise is awaited); its JSON value comes back as a <see cref="JsonElement"/>.</summary>
    Task<JsonElement> EvaluateAsync(string expression);

    Task ScreenshotAsync(string path, bool fullPage);

    /// <summary>Console errors and page errors since the last call.</summary>
    List<string> TakeProblems();
}

/// <summary>A Chromium page through Playwright.</summary>
public sealed class ChromiumPage : IEnginePage
{
    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly List<string> _problems = [];

    private ChromiumPage(IBrowserContext context, IPage page)
    {
        _context = context;
        _page = page;
        page.Console += (_, m) => { if (m.Type == "error") lock (_problems) _problems.Add($"chromium console: {m.Text}"); };
        page.PageError += (_, e) => { lock (_problems) _problems.Add("chromium page error: " + e); };
    }

    public static async Task<ChromiumPage> OpenAsync(IBrowser browser, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return new ChromiumPage(context, await context.NewPageAsync());
    }

    public string Engine => "chromium";

    public async Task GotoAsync(string url) => await _page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    public Task SetViewportAsync(int width, int height) => _page.SetViewportSizeAsync(width, height);

    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var text = await _page.EvaluateAsync<string>($"async () => JSON.stringify(await ({expression}))");
        return JsonDocument.Parse(text ?? "null").RootElement.Clone();
    }

    public async Task ScreenshotAsync(string path, bool fullPage) =>
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });

    public List<string> TakeProblems()
    {
        lock (_problems)
        {
            var copy = _problems.ToList();
            _problems.Clear();
            return copy;
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
