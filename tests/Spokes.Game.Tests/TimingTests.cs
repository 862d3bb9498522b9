using System.Diagnostics;
using Xunit.Abstractions;

namespace Spokes.Game.Tests;

/// <summary>How long adjudication and the report take, written to the test log only: no test asserts wall-clock time.</summary>
public class TimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Adjudicating_every_turn_and_the_report_are_timed_for_the_log()
    {
        using var t = new TempStore();
        var (id, _) = GameTests.NewGame(t.Games);
        var times = new List<double>();
        for (int turn = 1; turn <= 7; turn++)
        {
            t.Games.Submit(id, "JPN", new Dictionary<string, double> { ["spendingTarget"] = 0.015 });
            var sw = Stopwatch.StartNew();
            t.Games.Adjudicate(id, GameSetup.Facilitator);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        var (setup, turns, results) = t.Games.Record(id, GameSetup.Facilitator);
        var report = Stopwatch.StartNew();
        string html = Spokes.Reports.Html.HtmlReport.Render(AfterActionReport.Build(id, setup, turns, results));
        output.WriteLine($"adjudication per turn (ms): {string.Join(", ", times.Select(x => x.ToString("F0")))}; after-action report of 7 turns: {report.Elapsed.TotalMilliseconds:F0} ms, {html.Length / 1024} KiB");
        Assert.True(t.Games.View(id, "JPN").Finished);
    }
}
