using System.Globalization;
using System.Xml.Linq;
using MathNet.Numerics.Random;
using Spokes.Explore.Discovery;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Model.Outputs;
using Spokes.Reports.Html;
using Spokes.Scenarios;

namespace Spokes.Reports.Tests;

/// <summary>A small exploration (40 scenarios × 2 policies, 2016–2020) written to a temporary folder once for all tests.</summary>
public sealed class ExplorationFixture : IDisposable
{
    public ExplorationFixture()
    {
        static UncertaintySpec Uniform(string name, double min, double max) => new(name, "uniform", u => min + u * (max - min), min, max);
        var design = new ExperimentDesign
        {
            Scenario = ScenarioDefinition.Default with { EndYear = 2020 },
            Uncertainties = [Uniform("threatTalkWeight", 0.5, 4), Uniform("negotiatedSpending", 0, 0.8), Uniform(UncertaintySpec.PublicSupport, 0.3, 0.95)],
            Policies = [new PolicySpec("threaten", "threaten", []), new PolicySpec("commit-and-cooperate", "commit-and-cooperate", [])],
            Outcomes =
            [
                new OutcomeSpec("capability_per_dollar", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final),
                new OutcomeSpec("distancing_mean", Variable.Distancing, "ALLIANCE", OutcomeStat.Mean),
            ],
            Seed = 11,
        };
        var r = new Xoshiro256StarStar(3, threadSafe: false);
        var units = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 3).Select(_ => r.NextDouble()).ToArray()).ToArray();
        var matrix = new ExperimentMatrix(design, units);
        Directory = System.IO.Directory.CreateTempSubdirectory("spokes-report-explore-").FullName;
        var writer = new ResultWriter(Directory, design, csv: false, blockSize: 32);
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 32 }).Evaluate(matrix, writer);
        writer.Complete();
        RunMetadata.Write(Directory, new ExperimentSettings { Design = design, N = 40, Seed = 11 }, matrix, 2, TimeSpan.FromSeconds(1));
        Report = ReportBuilder.ForExploration(Directory);
        Html = HtmlReport.Render(Report);
    }

    public string Directory { get; }
    public Report Report { get; }
    public string Html { get; }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}

public sealed class ExplorationReportTests(ExplorationFixture f) : IClassFixture<ExplorationFixture>
{
    private static readonly XNamespace X = HtmlReport.XhtmlNamespace;

    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        var doc = XDocument.Parse(html);
        Assert.Equal(X + "html", doc.Root!.Name);
        return doc;
    }

    private static XElement TableById(XDocument doc, string id) =>
        doc.Descendants(X + "table").Single(t => (string?)t.Attribute("id") == id);

    private static List<List<string>> BodyRows(XElement table) =>
        table.Element(X + "tbody")!.Elements(X + "tr").Select(tr => tr.Elements().Select(c => c.Value).ToList()).ToList();

    [Fact]
    public void Exploration_report_is_well_formed_xhtml_with_the_four_parts()
    {
        var doc = Parse(f.Html);
        var ids = doc.Descendants(X + "section").Select(s => (string?)s.Attribute("id")).ToList();
        Assert.Equal([HtmlReport.HeadlineId, HtmlReport.FindingsId + "-section", HtmlReport.ChartsId, HtmlReport.FactsId, HtmlReport.SourcesId], ids);
        Assert.Empty(doc.Descendants(X + "script"));
        Assert.Equal(f.Html, HtmlReport.Render(ReportBuilder.ForExploration(f.Directory)));
    }

    [Fact]
    public void Facts_show_the_fields_of_metadata_json()
    {
        var facts = f.Report.Facts.ToDictionary(x => x.Label, x => x.Value);
        Assert.Equal(f.Directory, facts["result folder"]);
        Assert.Equal("default", facts["scenario"]);
        Assert.Equal("11", facts["seed"]);
        Assert.Equal("80", facts["experiments"]);
        Assert.Equal("threaten; commit-and-cooperate", facts["policies"]);
        Assert.StartsWith("name: threatTalkWeight, distribution: uniform, min: 0.5, max: 4", facts["uncertainties"], StringComparison.Ordinal);
        var rendered = Parse(f.Html).Descendants(X + "table").Single(t => (string?)t.Attribute("class") == "facts")
            .Descendants(X + "tr").ToDictionary(tr => tr.Element(X + "th")!.Value, tr => tr.Element(X + "td")!.Value);
        Assert.Equal(facts, rendered);
    }

    [Fact]
    public void Summary_table_has_the_numbers_of_result_summary_formatted_as_spokes_explore_prints_them()
    {
        var summary = ResultSummary.Read(f.Directory);
        Assert.Equal(4, summary.Count);
        var rows = BodyRows(TableById(Parse(f.Html), ReportBuilder.ExplorationSummaryId));
        Assert.Equal(summary.Count, rows.Count);
        for (int i = 0; i < summary.Count; i++)
        {
            var s = summary[i];
            string G5(double v) => v.ToString("G5", CultureInfo.InvariantCulture);
            Assert.Equal([s.Policy, s.Outcome, s.Count.ToString(CultureInfo.InvariantCulture), G5(s.Mean), G5(s.StandardDeviation), G5(s.Min), G5(s.Max)], rows[i]);
            Assert.Equal(40, s.Count);
        }
        Assert.Null(f.Report.Findings);
    }

    [Fact]
    public void Report_has_the_prim_tradeoff_chart_and_the_chosen_box_for_the_median_of_the_first_outcome()
    {
        var doc = Parse(f.Html);
        var chart = Assert.Single(f.Report.Charts.OfType<Spokes.Reports.Charts.PrimTradeoffChart>());
        Assert.Contains(f.Report.Charts, c => c is Spokes.Reports.Charts.PrimBoxLimitsChart);
        Assert.Contains(f.Report.Charts, c => c is Spokes.Reports.Charts.ParallelCoordinatesChart);
        Assert.IsType<Spokes.Reports.Charts.PrimTradeoffChart>(chart);
        Assert.StartsWith("prim-tradeoff-capability-per-dollar-", chart.Id, StringComparison.Ordinal);
        var figure = doc.Descendants(X + "figure").Single(e => (string?)e.Attribute("id") == "chart-" + chart.Id);
        Assert.Single(figure.Elements(XNamespace.Get("http://www.w3.org/2000/svg") + "svg"));

        // The same search by hand: threaten's rows, threshold the median, at most.
        var table = ResultReader.Read(f.Directory);
        var idx = Enumerable.Range(0, table.Policies.Length).Where(i => table.Policies[i] == "threaten").ToList();
        var values = idx.Select(i => table.OutcomeRows[i][0]).ToList();
        var sorted = values.Order().ToList();
        double median = (sorted[19] + sorted[20]) / 2;
        var input = PrimInput.FromOutcome(Table.FromRows(table.Inputs.ToList(), idx.Select(i => table.InputRows[i]).ToList()), values, median, ThresholdDirection.AtMost);
        var result = Prim.Run(input, PrimOptions.Default);
        var box = result.Select(BoxSelection.BestF1)!;
        Assert.Equal(box.Box.Index, ((Spokes.Reports.Charts.PrimTradeoffChart)chart).Chosen);

        var rows = BodyRows(TableById(doc, ReportBuilder.PrimBoxId));
        Assert.Equal(box.QuasiP.Select(q => q.Dimension), rows.Select(r => r[0]));
        Assert.Equal(box.QuasiP.Select(q => ReportBuilder.PValue(q.PValue)), rows.Select(r => r[4]));
        // and in words, in the headline
        Assert.Contains(f.Report.Headline!.Verdicts, v => v.StartsWith("Under threaten, capability_per_dollar \u2264 ", StringComparison.Ordinal)
            && v.Contains($"(coverage: {box.Box.CasesOfInterest} of 20)", StringComparison.Ordinal) && v.Contains($"(density: {box.Box.CasesOfInterest} of {box.Box.Count})", StringComparison.Ordinal));
        Assert.Equal(box.QuasiP.Select(q => q.Limit), rows.Select(r => r[2]));
    }

    [Fact]
    public void Outcome_policy_and_direction_can_be_chosen()
    {
        var r = ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions
        {
            Outcome = "distancing_mean", Policy = "commit-and-cooperate", Direction = ThresholdDirection.AtLeast,
        });
        var chart = Assert.Single(r.Charts.OfType<Spokes.Reports.Charts.PrimTradeoffChart>());
        Assert.StartsWith("prim-tradeoff-distancing-mean-", chart.Id, StringComparison.Ordinal);
        Assert.Contains("commit-and-cooperate", chart.Caption, StringComparison.Ordinal); // the title stays short (it was cut off)
        Parse(HtmlReport.Render(r));
    }

    [Fact]
    public void No_or_every_case_of_interest_is_said_instead_of_a_chart()
    {
        var every = ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions { Threshold = 1e12 });
        Assert.Empty(every.Charts.OfType<Spokes.Reports.Charts.PrimTradeoffChart>());
        Assert.Contains("Every case is of interest", Assert.Single(every.ChartNotes), StringComparison.Ordinal);
        Assert.Contains("Every case is of interest", HtmlReport.Render(every), StringComparison.Ordinal);
        var none = ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions { Threshold = -1e12 });
        Assert.Empty(none.Charts.OfType<Spokes.Reports.Charts.PrimTradeoffChart>());
        Assert.Contains("No case is of interest", Assert.Single(none.ChartNotes), StringComparison.Ordinal);
        Parse(HtmlReport.Render(none));
    }

    [Fact]
    public void Data_sources_are_the_baseline_of_the_default_scenario_when_the_scenario_file_is_built_in()
    {
        var s = f.Report.Sources;
        Assert.NotNull(s);
        Assert.Equal(2016, s.Year);
        Assert.NotEmpty(s.Figures);
        Assert.Empty(s.Observed);
    }

    [Fact]
    public void A_bad_outcome_policy_or_folder_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions { Outcome = "nope" }));
        Assert.Contains("capability_per_dollar", e.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions { Policy = "withdraw" }));
        Assert.Throws<InputException>(() => ReportBuilder.ForExploration(f.Directory, new ExplorationReportOptions { Threshold = double.NaN }));
        Assert.Throws<InputException>(() => ReportBuilder.ForExploration(Path.Combine(f.Directory, "missing")));
        var empty = Directory.CreateTempSubdirectory("spokes-report-empty-").FullName;
        try
        {
            Assert.Throws<InputException>(() => ReportBuilder.ForExploration(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void P_values_read_as_less_than_a_thousandth_or_three_decimals()
    {
        Assert.Equal("< 0.001", ReportBuilder.PValue(7.91e-37));
        Assert.Equal("< 0.001", ReportBuilder.PValue(0.00099));
        Assert.Equal("0.012", ReportBuilder.PValue(0.0123));
        Assert.Equal("1.000", ReportBuilder.PValue(1));
    }

    [Fact]
    public void Paired_comparisons_count_each_scenario_under_both_policies()
    {
        var table = ResultReader.Read(f.Directory);
        var pairs = ReportBuilder.PairedComparisons(table);
        Assert.Equal(2, pairs.Count); // one pair of policies, two outcomes
        for (int o = 0; o < 2; o++)
        {
            int a = 0, b = 0;
            var diffs = new List<double>();
            for (int s = 0; s < 40; s++)
            {
                int ra = Enumerable.Range(0, table.Policies.Length).Single(i => table.Scenarios[i] == s && table.Policies[i] == "threaten");
                int rb = Enumerable.Range(0, table.Policies.Length).Single(i => table.Scenarios[i] == s && table.Policies[i] == "commit-and-cooperate");
                double va = table.OutcomeRows[ra][o], vb = table.OutcomeRows[rb][o];
                if (va > vb) a++;
                if (vb > va) b++;
                diffs.Add(va - vb);
            }
            var p = pairs[o];
            Assert.Equal(("threaten", "commit-and-cooperate", table.Outcomes[o]), (p.A, p.B, p.Outcome));
            Assert.Equal((a, b, 40), (p.AHigher, p.BHigher, p.Count));
            var sorted = diffs.Order().ToArray();
            Assert.Equal((sorted[19] + sorted[20]) / 2, p.Median, 12);
        }
        // the essay's remedy: commit-and-cooperate gives more capability per dollar in every scenario here
        Assert.Equal(40, pairs[0].BHigher);
        Assert.Contains("commit-and-cooperate gives a higher capability_per_dollar than threaten in 40 of 40 scenarios", f.Report.Headline!.Verdicts[0], StringComparison.Ordinal);
        var win = Assert.IsType<Spokes.Reports.Charts.WinRateChart>(f.Report.Headline.Chart);
        Assert.Contains(">0 of 40</text>", win.RenderSvg(), StringComparison.Ordinal);
        var rows = BodyRows(TableById(Parse(f.Html), ReportBuilder.PairedId));
        Assert.Equal(["capability_per_dollar", "threaten", "commit-and-cooperate", "0", "40", "40"], rows[0].Take(6));
    }

    [Fact]
    public void Metadata_and_report_give_the_sampled_range_of_the_design_not_the_valid_range()
    {
        // publicSupport is valid on 0..1; the design samples 0.4..0.95 (as scenarios/explore-remedy.yaml does)
        var design = new ExperimentDesign
        {
            Scenario = ScenarioDefinition.Default with { EndYear = 2018 },
            Uncertainties = [DesignReader.Parameter(UncertaintySpec.PublicSupport, new Spokes.Explore.Distributions.Uniform(0.4, 0.95), "uniform")],
            Policies = [new PolicySpec("threaten", "threaten", [])],
            Outcomes = [new OutcomeSpec("distancing", Variable.Distancing, "ALLIANCE", OutcomeStat.Final)],
            Seed = 3,
        };
        var units = Enumerable.Range(0, 12).Select(i => new[] { (i + 0.5) / 12 }).ToArray();
        var matrix = new ExperimentMatrix(design, units);
        var dir = Directory.CreateTempSubdirectory("spokes-report-sampled-").FullName;
        try
        {
            var writer = new ResultWriter(dir, design, csv: false, blockSize: 32);
            new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 32 }).Evaluate(matrix, writer);
            writer.Complete();
            RunMetadata.Write(dir, new ExperimentSettings { Design = design, N = 12, Seed = 3 }, matrix, 1, TimeSpan.FromSeconds(1));
            using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunMetadata.File)));
            var u = meta.RootElement.GetProperty("uncertainties")[0];
            Assert.Equal((0.4, 0.95, 0.0, 1.0), (u.GetProperty("min").GetDouble(), u.GetProperty("max").GetDouble(), u.GetProperty("validMin").GetDouble(), u.GetProperty("validMax").GetDouble()));
            var html = HtmlReport.Render(ReportBuilder.ForExploration(dir));
            var row = Assert.Single(BodyRows(TableById(Parse(html), ReportBuilder.SampledId)));
            Assert.Equal(["publicSupport", "uniform", "0.4 – 0.95", "0 – 1"], row);
            // every experiment's value lies in the sampled range
            Assert.All(ResultReader.Read(dir).InputRows, r => Assert.InRange(r[0], 0.4, 0.95));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_saltelli_exploration_gets_a_sobol_chart_per_outcome_from_its_own_experiments()
    {
        static UncertaintySpec Uniform(string name, double min, double max) => new(name, "uniform", u => min + u * (max - min), min, max);
        var design = new ExperimentDesign
        {
            Scenario = ScenarioDefinition.Default with { EndYear = 2018 },
            Uncertainties = [Uniform("threatTalkWeight", 0.5, 4), Uniform(UncertaintySpec.PublicSupport, 0.3, 0.95)],
            Policies = [new PolicySpec("threaten", "threaten", [])],
            Outcomes = [new OutcomeSpec("distancing", Variable.Distancing, "ALLIANCE", OutcomeStat.Final)],
            Seed = 5,
        };
        var matrix = new ExperimentMatrix(design, Spokes.Explore.Samplers.SaltelliDesign.Create(8, 2, secondOrder: true));
        var dir = Directory.CreateTempSubdirectory("spokes-report-saltelli-").FullName;
        try
        {
            var writer = new ResultWriter(dir, design, csv: false, blockSize: 32);
            new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 32 }).Evaluate(matrix, writer);
            writer.Complete();
            RunMetadata.Write(dir, new ExperimentSettings { Design = design, N = 8, Seed = 5, Sampler = SamplerKind.Saltelli }, matrix, 1, TimeSpan.FromSeconds(1));
            var report = ReportBuilder.ForExploration(dir);
            var sobol = Assert.Single(report.Charts.OfType<Spokes.Reports.Charts.SobolChart>());
            Assert.StartsWith("sobol-distancing", sobol.Id, StringComparison.Ordinal);
            // the same indices as the analysis on the experiments in design order
            var table = ResultReader.Read(dir);
            var y = Enumerable.Range(0, table.Policies.Length).OrderBy(i => table.Scenarios[i]).Select(i => table.OutcomeRows[i][0]).ToArray();
            var expected = Spokes.Explore.Sensitivity.SobolAnalysis.Analyze(y, 2, true, 100, 1);
            Assert.Equal(Spokes.Reports.Charts.SobolChart.From("x", table.Inputs, expected).Order, sobol.Order);
            Assert.True(expected.ST.All(double.IsFinite));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
