using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Spokes.Browser.Tests;

/// <summary>
/// The dashboard on a free loopback port and one headless Debian Chromium driven by Playwright (no browser download).
/// Chromium missing is a failure, not a skip: CI must install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("SPOKES_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(StartError ?? "browser not started");

    /// <summary>Why the browser did not start (reported by each test as a failure).</summary>
    public string? StartError { get; private set; }

    public static string ScreenshotDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        _app = Spokes.Web.SpokesWeb.Build("http://127.0.0.1:0");
        await _app.StartAsync();
        BaseUrl = Spokes.Web.SpokesWeb.BoundUrls(_app).Single();
        if (!File.Exists(ChromiumPath))
        {
            StartError = $"Chromium not found at {ChromiumPath}: install it with `apt-get install -y chromium` (or set SPOKES_CHROMIUM to a Chromium binary)";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>A fresh page on the dashboard, with console errors, page errors and off-host requests recorded.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenDashboard(string? url = null)
    {
        if (StartError is not null) Assert.Fail(StartError);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"console: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) => { if (!r.Url.StartsWith(BaseUrl, StringComparison.Ordinal)) problems.Add("off-host request: " + r.Url); };
        await page.GotoAsync(url ?? BaseUrl + "/");
        // the first run draws every chart
        await page.WaitForSelectorAsync("#chart-alliance[data-hash]", new PageWaitForSelectorOptions { Timeout = 10_000 });
        return (page, problems);
    }
}
