using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Spokes.Browser.Tests;

[Collection("browsers")]
public sealed class DashboardTests(BrowserFixture fx, ITestOutputHelper output)
{
    private static readonly string[] Charts = ["chart-alignment", "chart-belief", "chart-spending", "chart-alliance"];

    private static Task<string?> Hash(IPage page, string chart) => page.GetAttributeAsync("#" + chart, "data-hash");

    private static async Task<long> WaitForHashChange(IPage page, string chart, string? before)
    {
        var sw = Stopwatch.StartNew();
        await page.WaitForFunctionAsync(
            "([id, h]) => document.getElementById(id).getAttribute('data-hash') !== h",
            new object?[] { chart, before },
            new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 20 }); // a wait, not a bound: slow machines pass
        return sw.ElapsedMilliseconds;
    }

    [Fact]
    public async Task Moving_the_rhetoric_slider_redraws_the_charts()
    {
        var (page, problems) = await fx.OpenDashboard();
        var before = new Dictionary<string, string?>();
        foreach (var c in Charts) before[c] = await Hash(page, c);
        var summaryBefore = await page.TextContentAsync("#summary");
        Assert.StartsWith("2030 under status-quo:", summaryBefore, StringComparison.Ordinal);
        Assert.Equal(6, await page.Locator("#chart-belief polyline").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-before.png"), FullPage = true });

        await page.Locator("#lever-rhetoric").FillAsync("1");
        long ms = await WaitForHashChange(page, "chart-alliance", before["chart-alliance"]);
        // Timed for the log only: no test asserts wall-clock time (a loaded 2-core runner failed such bounds).
        output.WriteLine($"alliance chart redrawn {ms} ms after rhetoric → 1 (150 ms of it is the debounce)");

        Assert.Equal("1.00", await page.TextContentAsync("#out-rhetoric"));
        Assert.NotEqual(before["chart-belief"], await Hash(page, "chart-belief"));
        Assert.NotEqual(summaryBefore, await page.TextContentAsync("#summary"));
        Assert.DoesNotContain("error", await page.TextContentAsync("#status") ?? "", StringComparison.Ordinal);

        var shot = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-rhetoric-1.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "screenshot too small to show the charts");
        output.WriteLine("screenshot: " + shot);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Choosing_a_posture_shows_its_lever_values_on_the_untouched_sliders()
    {
        var (page, problems) = await fx.OpenDashboard();
        Assert.Equal("0.00 (posture)", await page.TextContentAsync("#out-rhetoric"));
        await page.Locator("#posture").SelectOptionAsync("threaten");
        Assert.Equal("0.80 (posture)", await page.TextContentAsync("#out-rhetoric"));
        Assert.Equal("0.80 (posture)", await page.TextContentAsync("#out-demands"));
        Assert.Equal("0.8", await page.InputValueAsync("#lever-rhetoric"));
        await page.Locator("#posture").SelectOptionAsync("commit-and-cooperate");
        Assert.Equal("0.80 (posture)", await page.TextContentAsync("#out-exercises"));
        Assert.Equal("0.00 (posture)", await page.TextContentAsync("#out-rhetoric"));
        Assert.Contains("costly", await page.TextContentAsync("#help-exercises") ?? "");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_shared_link_reproduces_the_view_and_public_support_is_a_control()
    {
        var (page, problems) = await fx.OpenDashboard();
        await page.Locator("#posture").SelectOptionAsync("threaten");
        var h = await Hash(page, "chart-alliance");
        await page.Locator("#support").FillAsync("0.4");
        await WaitForHashChange(page, "chart-alliance", h);
        await page.Locator("#lever-exercises").FillAsync("0.6");
        await page.WaitForFunctionAsync("() => decodeURIComponent(location.hash).includes('\"exercises\":0.6')");
        string link = page.Url, summary = await page.TextContentAsync("#summary") ?? "";
        Assert.Contains("publicSupport", Uri.UnescapeDataString(link));

        var (second, more) = await fx.OpenDashboard(link);
        await second.WaitForFunctionAsync("s => document.getElementById('summary').textContent === s", summary);
        Assert.Equal("threaten", await second.InputValueAsync("#posture"));
        Assert.Equal("0.60", await second.TextContentAsync("#out-exercises"));
        Assert.Equal("0.40", await second.TextContentAsync("#out-support"));
        Assert.Empty(problems);
        Assert.Empty(more);
    }

    [Fact]
    public async Task Switching_a_lever_to_by_year_and_moving_one_period_redraws_the_charts()
    {
        var (page, problems) = await fx.OpenDashboard();
        Assert.True(await page.Locator("#periods-rhetoric").IsHiddenAsync());

        // constant 0.5 first, then by year: every period starts at 0.5, so the switch alone changes nothing
        var h = await Hash(page, "chart-alliance");
        await page.Locator("#lever-rhetoric").FillAsync("0.5");
        await WaitForHashChange(page, "chart-alliance", h);
        var constant = await Hash(page, "chart-alliance");
        var sentTask = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/run", StringComparison.Ordinal) && (r.PostData ?? "").Contains("\"from\":2021", StringComparison.Ordinal),
            new PageWaitForRequestOptions { Timeout = 5_000 });
        await page.SelectOptionAsync("#mode-rhetoric", "by-year");
        Assert.True(await page.Locator("#periods-rhetoric").IsVisibleAsync());
        Assert.True(await page.Locator("#lever-rhetoric").IsDisabledAsync());
        Assert.Equal(["2017–2020", "2021–2025", "2026–2030"],
            [(await page.TextContentAsync("#years-rhetoric-0"))!, (await page.TextContentAsync("#years-rhetoric-1"))!, (await page.TextContentAsync("#years-rhetoric-2"))!]);
        Assert.Equal("0.50", await page.TextContentAsync("#out-rhetoric-1"));
        var sent = await sentTask;
        Assert.Contains("\"rhetoric\":[{\"from\":2017,\"to\":2020,\"value\":0.5}", sent.PostData, StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(400);
        Assert.Equal(constant, await Hash(page, "chart-alliance"));

        // the middle period (2021–2025) to 1
        var before = new Dictionary<string, string?>();
        foreach (var c in Charts) before[c] = await Hash(page, c);
        await page.Locator("#lever-rhetoric-1").FillAsync("1");
        long ms = await WaitForHashChange(page, "chart-alliance", before["chart-alliance"]);
        output.WriteLine($"alliance chart redrawn {ms} ms after rhetoric 2021–2025 → 1");
        Assert.Equal("1.00", await page.TextContentAsync("#out-rhetoric-1"));
        Assert.NotEqual(before["chart-belief"], await Hash(page, "chart-belief"));
        Assert.DoesNotContain("error", await page.TextContentAsync("#status") ?? "", StringComparison.Ordinal);

        // a later end year relabels the periods
        h = await Hash(page, "chart-alliance");
        await page.Locator("#end").FillAsync("2046");
        await page.Locator("#end").DispatchEventAsync("change"); // the entry is committed (Enter or leaving the box)
        await WaitForHashChange(page, "chart-alliance", h);
        Assert.Equal("2027–2036", await page.TextContentAsync("#years-rhetoric-1"));

        var shot = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-rhetoric-by-year.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "screenshot too small to show the charts");
        output.WriteLine("screenshot: " + shot);

        // reset goes back to constant and the posture
        await page.ClickAsync("#reset");
        Assert.Equal("constant", await page.InputValueAsync("#mode-rhetoric"));
        Assert.True(await page.Locator("#periods-rhetoric").IsHiddenAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Posture_ally_end_year_and_compare_all_drive_the_api()
    {
        var (page, problems) = await fx.OpenDashboard();

        var h = await Hash(page, "chart-alliance");
        await page.SelectOptionAsync("#posture", "withdraw");
        await WaitForHashChange(page, "chart-alliance", h);
        Assert.StartsWith("2030 under withdraw:", await page.TextContentAsync("#summary"), StringComparison.Ordinal);

        h = await Hash(page, "chart-belief");
        await page.SelectOptionAsync("#ally", "KOR");
        await page.Locator("#lever-forcePosture").FillAsync("2");
        await WaitForHashChange(page, "chart-belief", h);

        h = await Hash(page, "chart-alliance");
        await page.Locator("#end").FillAsync("2045");
        await page.Locator("#end").DispatchEventAsync("change");
        await WaitForHashChange(page, "chart-alliance", h);
        Assert.Equal("2016-2045", await page.GetAttributeAsync("#chart-alliance", "data-years"));

        await page.ClickAsync("#compare-button");
        await page.WaitForSelectorAsync("#compare-mine");
        Assert.Equal(8, await page.Locator("#compare tr").CountAsync()); // header + six postures + your run

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-withdraw-kor-2045.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_status_quo_ghost_hover_values_axis_titles_and_the_posture_explanation_are_drawn()
    {
        var (page, problems) = await fx.OpenDashboard();
        Assert.Equal(0, await page.Locator("#chart-belief polyline[data-ghost]").CountAsync()); // the status quo has no ghost of itself
        Assert.Contains("start-year posture", await page.TextContentAsync("#posture-help") ?? "");
        var h = await Hash(page, "chart-alliance");
        await page.SelectOptionAsync("#posture", "threaten");
        await WaitForHashChange(page, "chart-alliance", h);
        Assert.Equal(6, await page.Locator("#chart-belief polyline[data-ghost]").CountAsync());
        Assert.Equal(4, await page.Locator("#chart-alliance polyline[data-ghost]").CountAsync());
        Assert.DoesNotContain("start-year posture", await page.TextContentAsync("#posture-help") ?? "");
        // one hover point per ally and year, with its value
        Assert.Equal(6 * 15, await page.Locator("#chart-belief circle.hover").CountAsync());
        Assert.Matches(@"^JPN 2016: \d\.\d{3}$", await page.Locator("#chart-belief circle.hover title").First.TextContentAsync() ?? "");
        Assert.Equal(["year", "belief (0..1)"], await page.Locator("#chart-belief text.axis-title").AllTextContentsAsync());
        Assert.Equal("force posture", await page.TextContentAsync("label[for=lever-forcePosture]"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Your_run_stays_current_in_the_comparison_table()
    {
        var (page, problems) = await fx.OpenDashboard();
        await page.ClickAsync("#compare-button");
        await page.WaitForSelectorAsync("#compare-mine");
        Assert.Equal("2030", await page.TextContentAsync("#compare th"));
        var mine = await page.TextContentAsync("#compare-mine");
        await page.Locator("#lever-rhetoric").FillAsync("1");
        await page.WaitForFunctionAsync("m => { const r = document.getElementById('compare-mine'); return r && r.textContent !== m; }", mine);
        await page.Locator("#end").FillAsync("2040");
        await page.Locator("#end").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => document.querySelector('#compare th').textContent === '2040' && document.getElementById('compare-mine')");
        // your run's row holds the summary's numbers
        var summary = await page.TextContentAsync("#summary") ?? "";
        var cells = await page.Locator("#compare-mine td").AllTextContentsAsync();
        Assert.Contains("discounting " + cells[1], summary);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Csv_and_png_downloads_carry_the_run_and_its_source()
    {
        var (page, problems) = await fx.OpenDashboard();
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var csvPath = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-download.csv");
        await csvDownload.SaveAsAsync(csvPath);
        var lines = await File.ReadAllLinesAsync(csvPath);
        Assert.StartsWith("# Spokes dashboard, posture status-quo; settings: http://127.0.0.1:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("year,JPN.", lines[1], StringComparison.Ordinal);
        Assert.Contains("ALLIANCE.discounting", lines[1], StringComparison.Ordinal);
        Assert.Equal(2 + 15, lines.Length); // comment, header, 2016..2030
        Assert.StartsWith("2030,", lines[^1], StringComparison.Ordinal);

        var pngDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-png"));
        var pngPath = Path.Combine(BrowserFixture.ScreenshotDirectory, "dashboard-download.png");
        await pngDownload.SaveAsAsync(pngPath);
        var bytes = await File.ReadAllBytesAsync(pngPath);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes.Take(4));
        Assert.True(bytes.Length > 20_000, $"the PNG is only {bytes.Length} bytes");
        Assert.Empty(problems);
    }
}
