using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Spokes.Game.Browser.Tests;

/// <summary>A real `spokes game serve` process on a fixed loopback port, killed and restarted as a crash would.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private Process? _process;

    public ServerProcess(string folder, int port)
    {
        Folder = folder;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Folder { get; }
    public string Url { get; }

    public static string Cli => Path.Combine(AppContext.BaseDirectory, "spokes.dll");

    /// <summary>Runs `spokes ARGS` to its end and returns its standard output.</summary>
    public static string RunCli(params string[] args)
    {
        var p = Process.Start(Info(args))!;
        string output = p.StandardOutput.ReadToEnd(), error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"spokes {string.Join(' ', args)} exited {p.ExitCode}: {error}");
        return output;
    }

    public async Task Start()
    {
        _process = Process.Start(Info(["game", "serve", "--out", Folder, "--listen", Url]))!;
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(line is not null && line.StartsWith("spokes game server on", StringComparison.Ordinal), $"server said: {line} {(_process.HasExited ? await _process.StandardError.ReadToEndAsync() : "")}");
    }

    /// <summary>SIGKILL: no shutdown, no flush; what the store committed must be all there is.</summary>
    public void Kill()
    {
        _process!.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) Kill();
        await Task.CompletedTask;
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}

/// <summary>
/// The seminar game as people play it: a facilitator and three players in separate Chromium contexts (Debian's
/// /usr/bin/chromium, driven by Playwright), against a real server process that is killed and restarted mid-game.
/// Screenshots go to artifacts/screenshots/ (or $SPOKES_SCREENSHOTS), for docs/game.md.
/// </summary>
public sealed class GameBrowserTests(ITestOutputHelper output)
{
    private static string ChromiumPath => Environment.GetEnvironmentVariable("SPOKES_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private static string Screenshots { get; } = FindScreenshots();

    private static string FindScreenshots()
    {
        string dir = Environment.GetEnvironmentVariable("SPOKES_SCREENSHOTS") ?? "";
        if (dir.Length == 0)
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d is not null && !File.Exists(Path.Combine(d.FullName, "Spokes.sln"))) d = d.Parent;
            dir = d is null ? Path.Combine(AppContext.BaseDirectory, "screenshots") : Path.Combine(d.FullName, "artifacts", "screenshots");
        }
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static async Task<IPage> Open(IBrowser browser, string link, List<string> problems, string who)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => problems.Add($"{who}: page error {e}");
        await page.GotoAsync(link);
        await page.WaitForFunctionAsync("() => document.getElementById('live').textContent === 'live'", null, new() { Timeout = 30_000 });
        return page;
    }

    private static Task WaitText(IPage page, string selector, string text) =>
        page.WaitForFunctionAsync("([s, t]) => (document.querySelector(s)?.textContent ?? '').includes(t)", new object[] { selector, text },
            new PageWaitForFunctionOptions { Timeout = 30_000 });

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name), FullPage = true });

    [Fact]
    public async Task Three_players_and_a_facilitator_play_live_through_a_server_crash_and_get_a_true_report()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium not found at {ChromiumPath}: apt-get install -y chromium");
        var folder = Directory.CreateTempSubdirectory("spokes-game-browser-").FullName;
        await using var server = new ServerProcess(folder, ServerProcess.FreePort());
        string created = ServerProcess.RunCli("game", "new", "default", "--roles", "USA,JPN,CHN", "--turn-years", "2", "--out", folder, "--url", server.Url);
        var links = Regex.Matches(created, @"^\s+(\w+): (http\S+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["facilitator", "USA", "JPN", "CHN"], links.Keys);
        string game = Regex.Match(links["facilitator"], "#g=([0-9a-f]+)&").Groups[1].Value;
        await server.Start();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true, Timeout = 60_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var problems = new List<string>();
        var fac = await Open(browser, links["facilitator"], problems, "facilitator");
        var usa = await Open(browser, links["USA"], problems, "USA");
        var jpn = await Open(browser, links["JPN"], problems, "JPN");
        var chn = await Open(browser, links["CHN"], problems, "CHN");
        await WaitText(jpn, "#turn", "Turn 1 of 7: years 2017–2018");
        // The facilitator sets a deadline; every player sees the countdown live.
        await fac.FillAsync("#deadline-minutes", "15");
        await fac.ClickAsync("#set-deadline");
        await WaitText(chn, "#deadline", "Orders close in 1");

        // Each player submits; the facilitator's page shows it live (no reload).
        await usa.FillAsync("#order-demands", "0.8");
        await usa.FillAsync("#order-reassurance", "0.2");
        await usa.ClickAsync("#submit");
        await jpn.FillAsync("#order-spendingTarget", "0.02");
        await jpn.FillAsync("#order-alignmentMove", "-0.5");
        await jpn.ClickAsync("#submit");
        await chn.FillAsync("#order-coercion", "0.7");
        await chn.ClickAsync("#submit");
        await WaitText(fac, "#submitted", "CHN, JPN, USA");
        await WaitText(fac, "#all-submitted", "every role has sent orders");
        await fac.SelectOptionAsync("#inject-event", "prk-icbm-2017");
        await fac.ClickAsync("#inject-shock");
        await WaitText(jpn, "#injects", "prk-icbm-2017");
        await Shot(fac, "game-facilitator-turn1.png");
        await fac.ClickAsync("#adjudicate");

        // Results reach every player live.
        foreach (var p in new[] { usa, jpn, chn }) await WaitText(p, "#turn", "Turn 2 of 7: years 2019–2020");
        await WaitText(jpn, "#results-year", "in 2018");
        // JPN sees its own belief; CHN sees no one's; the U.S. sees only its estimate.
        Assert.Equal(1, await jpn.Locator("#results tr[data-actor=JPN] td[data-key=belief]").CountAsync());
        Assert.NotEqual("", await jpn.Locator("#results tr[data-actor=JPN] td[data-key=belief]").TextContentAsync());
        Assert.Equal("", await jpn.Locator("#results tr[data-actor=KOR] td[data-key=belief]").TextContentAsync());
        Assert.Equal(0, await chn.Locator("#results td[data-key=belief]").CountAsync());
        Assert.Equal(0, await usa.Locator("#results td[data-key=belief]").CountAsync());
        Assert.NotEqual("", await usa.Locator("#results tr[data-actor=JPN] td[data-key=belief_estimate]").TextContentAsync());
        Assert.Equal(0, await jpn.Locator("#results tr[data-actor=ALLIANCE]").CountAsync());
        Assert.Equal(1, await fac.Locator("#results tr[data-actor=ALLIANCE]").CountAsync());
        Assert.False(await jpn.Locator("#facilitator-section").IsVisibleAsync());
        await Shot(jpn, "game-player-jpn-turn2.png");
        await Shot(usa, "game-player-usa-turn2.png");
        string jpnBelief = (await fac.Locator("#results tr[data-actor=JPN] td[data-key=belief]").TextContentAsync())!;

        // The server crashes (SIGKILL) mid-turn, after JPN's turn-2 orders; a restart resumes the game intact.
        await jpn.FillAsync("#order-hostSupportOffer", "1.5");
        await jpn.ClickAsync("#submit");
        await WaitText(fac, "#submitted", "JPN");
        server.Kill();
        await server.Start();
        await fac.WaitForFunctionAsync("() => document.getElementById('live').textContent === 'live'", null, new() { Timeout = 60_000 });
        var late = await Open(browser, links["CHN"], problems, "CHN after restart");
        await WaitText(late, "#turn", "Turn 2 of 7");
        await WaitText(fac, "#submitted", "JPN");
        Assert.Equal(jpnBelief, await fac.Locator("#results tr[data-actor=JPN] td[data-key=belief]").TextContentAsync());
        await fac.ClickAsync("#adjudicate");
        await WaitText(jpn, "#turn", "Turn 3 of 7: years 2021–2022");
        await WaitText(late, "#results-year", "in 2020");

        // The after-action report agrees with the stored turns.
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var req = new HttpRequestMessage(HttpMethod.Get, $"/api/games/{game}/report");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Regex.Match(links["facilitator"], "&t=(.+)$").Groups[1].Value);
        string html = await (await http.SendAsync(req)).Content.ReadAsStringAsync();
        var doc = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        string[][] Rows(string id) => doc.Descendants(x + "table").Single(t => (string?)t.Attribute("id") == id)
            .Element(x + "tbody")!.Elements(x + "tr").Select(r => r.Elements(x + "td").Select(c => c.Value).ToArray()).ToArray();
        using (var store = new GameStore(Path.Combine(folder, "games.db")))
        {
            var (_, turns, results) = new GameService(store).Record(game, GameSetup.Facilitator);
            Assert.Equal(2, turns.Count);
            var expected = turns.SelectMany(t => t.Orders.Select(o => new[] { t.Turn.ToString(), o.Key, string.Join("; ", o.Value.Select(kv => $"{kv.Key} = {kv.Value:G6}")) })).ToArray();
            Assert.Equal(expected, Rows(AfterActionReport.OrdersTableId));
            Assert.Contains(Rows(AfterActionReport.OrdersTableId), r => r[1] == "JPN" && r[2] == "hostSupportOffer = 1.5");
            var last = GameResult.FromJson(results[^1]);
            var indices = Rows(AfterActionReport.IndicesTableId);
            Assert.Equal(last.EndYear - last.StartYear + 1, indices.Length);
            foreach (var r in indices)
            {
                int y = int.Parse(r[0]);
                Assert.Equal(last.Get("ALLIANCE", "distancing", y)!.Value.ToString("F3"), r[2]);
            }
            Assert.Single(Rows(AfterActionReport.InjectsTableId));
        }
        var reportPage = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();
        await reportPage.SetContentAsync(html);
        await Shot(reportPage, "game-after-action-report.png");
        await Shot(fac, "game-facilitator-turn3.png");
        // A facilitator can also start a game on the page, on the server's own machine.
        var setupPage = await (await browser.NewContextAsync()).NewPageAsync();
        setupPage.PageError += (_, e) => problems.Add($"new game page: page error {e}");
        await setupPage.GotoAsync(server.Url + "/game");
        await setupPage.FillAsync("#new-roles", "KOR,PRK");
        await setupPage.ClickAsync("#create");
        await setupPage.WaitForSelectorAsync("#links a[data-role=KOR]");
        Assert.Equal(3, await setupPage.Locator("#links a").CountAsync());
        await Shot(setupPage, "game-new.png");
        await setupPage.ClickAsync("#links a[data-role=KOR]");
        await WaitText(setupPage, "#who", "you play KOR");
        await WaitText(setupPage, "#turn", "Turn 1 of 7");
        output.WriteLine("screenshots in " + Screenshots);
        Assert.Empty(problems);
        await server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }
}
