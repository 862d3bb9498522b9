using System.Globalization;
using System.Xml.Linq;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Reports.Html;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;
using Spokes.Scenarios.Export;

namespace Spokes.Reports.Tests.Html;

public sealed class HtmlReportTests(ReportFixture f) : IClassFixture<ReportFixture>
{
    private static readonly XNamespace X = HtmlReport.XhtmlNamespace;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var doc = XDocument.Parse(html);
        Assert.Equal(X + "html", doc.Root!.Name);
        return doc;
    }

    [Fact]
    public void Run_report_is_well_formed_xhtml_with_the_headline_first_and_details_collapsed_last()
    {
        var doc = Parse(f.RunHtml);
        var ids = doc.Descendants(X + "section").Select(s => (string?)s.Attribute("id")).ToList();
        Assert.Equal([HtmlReport.HeadlineId, HtmlReport.FindingsId + "-section", HtmlReport.ChartsId, HtmlReport.FactsId, HtmlReport.SourcesId], ids);
        // what was run and the sources are collapsed (<details> without "open")
        var details = doc.Descendants(X + "details").ToList();
        Assert.Equal([HtmlReport.FactsId, HtmlReport.SourcesId], details.Select(d => (string?)d.Element(X + "section")?.Attribute("id")));
        Assert.All(details, d => Assert.Null(d.Attribute("open")));
        Assert.Equal("Spokes report: default", doc.Descendants(X + "title").Single().Value);
    }

    [Fact]
    public void Run_report_contains_every_promised_chart_with_its_title()
    {
        var doc = Parse(f.RunHtml);
        Assert.Equal(5, f.Run.Charts.Count);
        Assert.Equal("trilemma", f.Run.Headline!.Chart!.Id);
        AssertCharts(doc, f.Run);
    }

    [Fact]
    public void Comparison_report_contains_every_promised_chart_with_its_title()
    {
        var doc = Parse(f.ComparisonHtml);
        // the trilemma in the headline; 4 small multiples, 5 indicators charted by posture, the 5 per-ally trajectories.
        Assert.Equal(14, f.Comparison.Charts.Count);
        Assert.Equal(5, f.Comparison.Charts.Count(c => c.Id.StartsWith("posture-", StringComparison.Ordinal)));
        Assert.Equal(["postures-alignment", "postures-belief", "postures-duplication", "postures-spending-share"],
            f.Comparison.Charts.Where(c => c.Id.StartsWith("postures-", StringComparison.Ordinal)).Select(c => c.Id));
        Assert.Equal("trilemma", f.Comparison.Headline!.Chart!.Id);
        AssertCharts(doc, f.Comparison);
    }

    private static void AssertCharts(XDocument doc, Report report)
    {
        var svgs = doc.Descendants(Svg + "svg").ToList();
        var all = report.AllCharts.ToList();
        Assert.Equal(all.Count, svgs.Count);
        var titles = svgs.Select(s => s.Element(Svg + "title")?.Value).ToList();
        Assert.Equal(all.Select(c => c.Title), titles);
        var figures = doc.Descendants(X + "figure").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.Equal(all.Select(c => "chart-" + c.Id), figures);
        Assert.All(doc.Descendants(X + "figcaption"), c => Assert.False(string.IsNullOrWhiteSpace(c.Value)));
    }

    [Fact]
    public void Element_ids_are_unique_across_the_page()
    {
        foreach (var html in new[] { f.RunHtml, f.ComparisonHtml })
        {
            var ids = Parse(html).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Page_is_self_contained_without_scripts_or_external_assets()
    {
        foreach (var html in new[] { f.RunHtml, f.ComparisonHtml })
        {
            var doc = Parse(html);
            Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
            Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
            Assert.All(doc.Descendants().Attributes().Where(a => a.Name.LocalName == "href"), a => Assert.StartsWith("#", a.Value, StringComparison.Ordinal));
            Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
            Assert.Contains("@media print", doc.Descendants(X + "style").Single().Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_key_findings_equal_the_csv_of_the_same_run()
    {
        var d = ScenarioDefinition.Default;
        var csv = Csv(ScenarioPlan.Build(d).Run(), d.Name);
        int cells = AssertFindingsMatch(Parse(f.RunHtml), run => run == d.Name ? csv : throw new InvalidOperationException(run));
        Assert.Equal(KeyFindings.Indicators.Count * 2, cells);
    }

    [Fact]
    public void Comparison_key_findings_equal_the_csv_of_each_posture_run()
    {
        var d = ScenarioDefinition.Default;
        var csvs = Presets.All.ToDictionary(p => p.Name, p => Csv(ScenarioPlan.Build(d with { Posture = p.Name, Levers = [] }).Run(), p.Name));
        int cells = AssertFindingsMatch(Parse(f.ComparisonHtml), run => csvs[run]);
        Assert.Equal(KeyFindings.Indicators.Count * Presets.All.Count, cells);
    }

    /// <summary>trajectory.csv of a run, keyed by (year, actor, variable), values as written.</summary>
    private static Dictionary<(int, string, string), string> Csv(Trajectory t, string scenario)
    {
        var w = new StringWriter();
        TrajectoryExport.WriteCsv(t, scenario, w);
        var rows = new Dictionary<(int, string, string), string>();
        foreach (var line in w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var c = line.Split(',');
            Assert.Equal(scenario, c[0]);
            rows.Add((int.Parse(c[1], CultureInfo.InvariantCulture), c[2], c[3]), c[4]);
        }
        return rows;
    }

    private static int AssertFindingsMatch(XDocument doc, Func<string, Dictionary<(int, string, string), string>> csvOf)
    {
        var table = doc.Descendants(X + "table").Single(t => (string?)t.Attribute("id") == HtmlReport.FindingsId);
        int cells = 0;
        var variables = new List<string>();
        foreach (var tr in table.Element(X + "tbody")!.Elements(X + "tr"))
        {
            string variable = (string)tr.Attribute("data-variable")!;
            variables.Add(variable);
            var indicator = KeyFindings.Indicators.Single(i => i.Key == variable);
            foreach (var td in tr.Elements(X + "td").Where(td => td.Attribute("data-run") is not null))
            {
                var csv = csvOf((string)td.Attribute("data-run")!);
                int year = (int)td.Attribute("data-year")!;
                double value = double.Parse(csv[(year, Trajectory.AllianceId, variable)], CultureInfo.InvariantCulture);
                Assert.Equal(value.ToString("F" + indicator.Digits, CultureInfo.InvariantCulture), td.Value);
                cells++;
            }
        }
        Assert.Equal(KeyFindings.Indicators.Select(i => i.Key), variables);
        return cells;
    }

    [Fact]
    public void Appendix_lists_every_baseline_figure_of_the_start_year_with_its_source()
    {
        var doc = Parse(f.RunHtml);
        var expected = ReferenceData.BuiltIn.Figures.Where(r => r.Year == 2016).ToList();
        Assert.NotEmpty(expected);
        var rows = doc.Descendants(X + "table").Single(t => (string?)t.Attribute("id") == "baseline-figures")
            .Element(X + "tbody")!.Elements(X + "tr").Select(tr => tr.Elements(X + "td").Select(td => td.Value).ToArray()).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].Actor, rows[i][0]);
            Assert.Equal(expected[i].Indicator, rows[i][1]);
            Assert.Equal(expected[i].Value, double.Parse(rows[i][2], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].Source, rows[i][4]);
        }
        var observed = doc.Descendants(X + "table").Single(t => (string?)t.Attribute("id") == "observed-series");
        Assert.Contains("SIPRI", observed.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void What_was_run_names_scenario_seed_baseline_years_and_version()
    {
        var facts = f.Run.Facts.ToDictionary(x => x.Label, x => x.Value);
        Assert.Equal("default", facts["scenario"]);
        Assert.Equal("<built-in>", facts["scenario file"]);
        Assert.Equal("1", facts["seed"]);
        Assert.Equal("baseline-2016 (start year 2016)", facts["baseline"]);
        Assert.Equal("2016–2030", facts["years"]);
        Assert.StartsWith("0.", facts["Spokes version"], StringComparison.Ordinal);
        // "<built-in>" reaches the page as text, not as a tag.
        var cells = Parse(f.RunHtml).Descendants(X + "td").Select(td => td.Value);
        Assert.Contains("<built-in>", cells);
    }

    [Fact]
    public void Every_inserted_text_is_escaped()
    {
        const string nasty = "x</td><script>alert('&')</script>\"";
        var d = ScenarioDefinition.Default with { Name = "evil<b>&amp;", Description = nasty, EndYear = 2018 };
        var html = HtmlReport.Render(ReportBuilder.ForRun(d));
        var doc = Parse(html);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "b");
        Assert.Equal("Spokes report: evil<b>&amp;", doc.Descendants(X + "title").Single().Value);
        Assert.Contains(nasty, doc.Descendants(X + "td").Select(td => td.Value));
        // Chart titles carry the scenario name into the SVG too.
        Assert.All(doc.Descendants(Svg + "title"), t => Assert.Contains("evil<b>&amp;", t.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_scenario_gives_byte_identical_pages()
    {
        Assert.Equal(f.RunHtml, HtmlReport.Render(ReportBuilder.ForRun(ScenarioDefinition.Default)));
    }

    [Fact]
    public void Write_html_goes_through_a_complete_file_and_png_directory_gets_one_valid_png_per_chart()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-report-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.html");
            ReportWriter.WriteHtml(f.Run, path);
            Assert.Equal(f.RunHtml, File.ReadAllText(path));
            var pngs = ReportWriter.WritePngs(f.Run, Path.Combine(dir.FullName, "png"));
            Assert.Equal(f.Run.AllCharts.Select(c => c.Id + ".png"), pngs.Select(Path.GetFileName));
            foreach (var p in pngs)
            {
                var bytes = File.ReadAllBytes(p);
                Assert.True(Png.HasSignature(bytes), p);
                // the chart, then its title, caption and source line below it (at least three lines of 18 px)
                var (w, h) = Png.Size(bytes);
                Assert.Equal(800, w);
                Assert.True(h >= 450 + 3 * 18, $"{p}: {w}×{h} has no room for caption and source");
                using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
                bool inked = false;
                for (int y = 460; y < h && !inked; y++)
                    for (int x = 0; x < 800 && !inked; x++) inked = bitmap.GetPixel(x, y).Red < 128;
                Assert.True(inked, $"{p}: nothing written below the chart");
            }
            Assert.StartsWith("Source: Spokes report: default", ReportWriter.Source(f.Run), StringComparison.Ordinal);
            // Nothing half-written left behind.
            Assert.Empty(Directory.EnumerateFiles(dir.FullName, "*.tmp-*", SearchOption.AllDirectories));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
