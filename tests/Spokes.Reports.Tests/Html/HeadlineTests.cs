using System.Globalization;
using System.Xml.Linq;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Reports.Charts;
using Spokes.Reports.Html;
using Spokes.Scenarios;

namespace Spokes.Reports.Tests.Html;

/// <summary>The headline block: question, verdicts with the trajectories' own numbers, the trilemma, changes and caveat.</summary>
public sealed class HeadlineTests(ReportFixture f) : IClassFixture<ReportFixture>
{
    private static readonly XNamespace X = HtmlReport.XhtmlNamespace;

    private static Trajectory Run(string posture) =>
        ScenarioPlan.Build(ScenarioDefinition.Default with { Posture = posture, Levers = [] }).Run();

    private static string Change(double d, int digits) =>
        (d < 0 ? "\u2212" : "+") + Math.Abs(d).ToString("F" + digits, CultureInfo.InvariantCulture);

    [Fact]
    public void The_comparison_opens_with_the_question_the_verdicts_and_the_trilemma()
    {
        var doc = XDocument.Parse(f.ComparisonHtml);
        var body = doc.Root!.Element(X + "body")!;
        var first = body.Elements().Skip(1).First(); // after the header
        Assert.Equal(HtmlReport.HeadlineId, (string?)first.Attribute("id"));
        Assert.EndsWith("?", first.Elements(X + "p").First().Value, StringComparison.Ordinal);
        Assert.Equal("chart-trilemma", (string?)first.Element(X + "figure")!.Attribute("id"));
        Assert.Contains(first.Elements(X + "p"), p => (string?)p.Attribute("class") == "caveat" && p.Value.Contains("by definition", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_postures_verdict_gives_its_changes_against_the_status_quo_from_the_trajectories()
    {
        var sq = Run("status-quo");
        int end = sq.EndYear;
        double Get(Trajectory t, Variable v) => t.Get(end, Trajectory.AllianceId, v);
        var verdicts = f.Comparison.Headline!.Verdicts;
        foreach (var p in Presets.All.Where(p => p.Name != "status-quo"))
        {
            var t = Run(p.Name);
            string expected = $"{p.Name} vs status-quo: discounting {Change(Get(t, Variable.Discounting) - Get(sq, Variable.Discounting), 3)}, " +
                $"distancing {Change(Get(t, Variable.Distancing) - Get(sq, Variable.Distancing), 3)}, " +
                $"duplication {Change(Get(t, Variable.Duplication) - Get(sq, Variable.Duplication), 3)}; ";
            Assert.Contains(verdicts, v => v.StartsWith(expected, StringComparison.Ordinal));
        }
        // SF4 at the defaults: threaten lowers discounting and raises the other two (docs/model.md)
        var threaten = Run("threaten");
        Assert.True(Get(threaten, Variable.Discounting) < Get(sq, Variable.Discounting));
        Assert.Contains(verdicts, v => v.StartsWith("threaten vs status-quo: discounting \u2212", StringComparison.Ordinal));
    }

    [Fact]
    public void The_change_table_marks_one_best_and_one_worst_per_row_in_the_better_direction()
    {
        var t = f.Comparison.Headline!.Changes!;
        Assert.Equal(["indicator", "better", "status-quo"], t.Header.Take(3));
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var classes = t.Classes![r];
            Assert.Equal(1, classes.Count(c => c == "best"));
            Assert.Equal(1, classes.Count(c => c == "worst"));
        }
        // discounting: lower is better, and withdraw's 0 is the lowest
        var row = t.Rows[0];
        Assert.StartsWith("discounting index", row[0], StringComparison.Ordinal);
        Assert.Equal("\u2190 lower", row[1]);
        int withdraw = t.Header.ToList().FindIndex(h => h.StartsWith("withdraw", StringComparison.Ordinal));
        Assert.Equal("best", t.Classes![0][withdraw]);
    }

    [Fact]
    public void The_run_headline_gives_start_and_end_values()
    {
        var t = Run("status-quo");
        var h = f.Run.Headline!;
        double a = t.Get(t.StartYear, Trajectory.AllianceId, Variable.Distancing), z = t.Get(t.EndYear, Trajectory.AllianceId, Variable.Distancing);
        Assert.Contains(h.Verdicts, v => v.StartsWith($"Distancing index: {a.ToString("F3", CultureInfo.InvariantCulture)} in {t.StartYear} \u2192 {z.ToString("F3", CultureInfo.InvariantCulture)} in {t.EndYear}", StringComparison.Ordinal));
        Assert.True(((TrilemmaChart)h.Chart!).Points.Count >= 2);
    }

    [Fact]
    public void Index_charts_use_the_fixed_unit_scale_with_a_better_cue()
    {
        foreach (var c in f.Comparison.Charts.OfType<PostureComparisonChart>().Where(c => c.Id is "posture-discounting" or "posture-distancing" or "posture-duplication" or "posture-burden-share"))
        {
            var svg = c.RenderSvg();
            Assert.Contains(">1</text>", svg, StringComparison.Ordinal);
            Assert.DoesNotContain(">1.1</text>", svg, StringComparison.Ordinal);
            Assert.Contains("better", svg, StringComparison.Ordinal);
        }
        var trilemma = f.Comparison.Headline!.Chart!.RenderSvg();
        Assert.Contains("desirable", trilemma, StringComparison.Ordinal);
        Assert.DoesNotContain(">1.2</text>", trilemma, StringComparison.Ordinal);
        Assert.DoesNotContain(">-0.1</text>", trilemma, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_multiples_draw_every_posture_and_ally()
    {
        var c = f.Comparison.Charts.OfType<PostureSmallMultiplesChart>().First();
        Assert.Equal(Presets.All.Select(p => p.Name), c.Runs.Select(r => r.Posture));
        Assert.Equal(6 * 6, c.Lines().Count());
        var svg = c.RenderSvg();
        foreach (var p in Presets.All) Assert.Contains(">" + p.Name + "</text>", svg, StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(svg, ">JPN</text>").Count);
    }
}
