using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Spokes.Browser.Tests.Engines;
using Spokes.Reports;
using Spokes.Scenarios;

namespace Spokes.Browser.Tests;

/// <summary>
/// What every browser test shares: the dashboard on a free loopback port, the comparison and run reports written to a
/// temporary folder, one headless Debian Chromium driven by Playwright and one headless Debian firefox-esr driven over
/// WebDriver BiDi (no browser download for either). A missing browser is a failure, not a skip: CI must install both.
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
    private FirefoxBidi? _firefox;
    private string? _reports;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(StartError ?? "browser not started");

    /// <summary>Why Chromium did not start (reported by each test as a failure).</summary>
    public string? StartError { get; private set; }

    /// <summary>Why Firefox did not start (reported by each Firefox test as a failure).</summary>
    public string? FirefoxError { get; private set; }

    /// <summary>file:// addresses of the reports written for the tests, by name ("comparison", "run").</summary>
    public Dictionary<string, string> Reports { get; } = [];

    /// <summary>
    /// Where the tests save their screenshots (artefacts for people to look at, not compared): $SPOKES_SCREENSHOTS if
    /// set, else artifacts/screenshots/ at the repository root (ignored by git; docs/reports.md and docs/dashboard.md
    /// say so).
    /// </summary>
    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    private static string FindScreenshotDirectory()
    {
        string dir = Environment.GetEnvironmentVariable("SPOKES_SCREENSHOTS") is { Length: > 0 } env ? env : "";
        if (dir.Length == 0)
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Spokes.sln"))) d = d.Parent;
            dir = d is null ? Path.Combine(AppContext.BaseDirectory, "screenshots") : Path.Combine(d.FullName, "artifacts", "screenshots");
        }
        Directory.CreateDirectory(dir);
        return dir;
    }

    public async Task InitializeAsync()
    {
        _app = Spokes.Web.SpokesWeb.Build("http://127.0.0.1:0");
        await _app.StartAsync();
        BaseUrl = Spokes.Web.SpokesWeb.BoundUrls(_app).Single();

        _reports = Directory.CreateTempSubdirectory("spokes-browser-reports-").FullName;
        foreach (var (name, report) in new[] { ("comparison", ReportBuilder.ForComparison(ScenarioDefinition.Default)), ("run", ReportBuilder.ForRun(ScenarioDefinition.Default)) })
        {
            var path = Path.Combine(_reports, name + ".html");
            ReportWriter.WriteHtml(report, path);
            Reports[name] = new Uri(path).AbsoluteUri;
        }

        var chromium = StartChromium();
        var firefox = StartFirefox();
        await Task.WhenAll(chromium, firefox);
    }

    private async Task StartChromium()
    {
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

    private async Task StartFirefox()
    {
        if (!File.Exists(FirefoxBidi.FirefoxPath))
        {
            FirefoxError = $"Firefox not found at {FirefoxBidi.FirefoxPath}: install it with `apt-get install -y firefox-esr` (or set SPOKES_FIREFOX to a Firefox binary)";
            return;
        }
        try { _firefox = await FirefoxBidi.StartAsync(); }
        catch (Exception e) when (e is InvalidOperationException or System.Net.WebSockets.WebSocketException or System.ComponentModel.Win32Exception)
        {
            FirefoxError = "Firefox did not start: " + e.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (_firefox is not null) await _firefox.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_reports is not null) { try { Directory.Delete(_reports, recursive: true); } catch (IOException) { } }
    }

    /// <summary>A page of the named engine ("chromium" or "firefox") with the given viewport.</summary>
    public async Task<IEnginePage> OpenPage(string engine, int width, int height)
    {
        switch (engine)
        {
            case "chromium":
                if (StartError is not null) Assert.Fail(StartError);
                return await ChromiumPage.OpenAsync(Browser, width, height);
            case "firefox":
                if (FirefoxError is not null) Assert.Fail(FirefoxError);
                return await _firefox!.NewPageAsync(width, height);
            default:
                throw new ArgumentException($"unknown engine '{engine}'", nameof(engine));
        }
    }

    /// <summary>A fresh page on the dashboard, with console errors, page errors and off-host requests recorded.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenDashboard(string? url = null, int width = 1400, int height = 900)
    {
        if (StartError is not null) Assert.Fail(StartError);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
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

/// <summary>One fixture (one dashboard, one Chromium, one Firefox) for every browser test class.</summary>
[CollectionDefinition("browsers")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
