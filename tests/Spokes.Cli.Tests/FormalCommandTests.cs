namespace Spokes.Cli.Tests;

public class FormalCommandTests
{
    private static readonly string Root = Cli.Root;


    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    [Fact]
    public void Bargain_reproduces_the_published_European_Community_mean_after_ten_rounds()
    {
        var (code, output, err) = Spokes("bargain", Path.Combine(Root, "scenarios", "bargaining-ec.csv"), "--rounds", "10", "--mode", "scholz");
        Assert.True(code == 0, err);
        Assert.Matches(@"\n10\s+7\.2421\s", output);
        Assert.Contains("1.4057", output);
    }

    [Fact]
    public void Bargain_writes_csv_and_rejects_bad_input()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var outFile = Path.Combine(dir, "b", "rounds.csv");
        Assert.Equal(0, Spokes("bargain", Path.Combine(Root, "scenarios", "bargaining-ec.csv"), "--out", Path.Combine(dir, "b")).Code);
        Assert.True(File.ReadAllLines(outFile).Length > 2);
        var bad = Path.Combine(dir, "bad.csv");
        File.WriteAllText(bad, "actor,capability,position,salience\nA,0.5,4,80\nB,lots,7,40\n");
        var (code, _, err) = Spokes("bargain", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.csv:3", err);
        Assert.DoesNotContain("   at ", err);
        Assert.NotEqual(0, Spokes("bargain", bad, "--mode", "wishful").Code);
    }

    [Fact]
    public void Blocs_finds_the_two_bloc_configuration_of_the_Asian_actors()
    {
        var (code, output, err) = Spokes("blocs", Path.Combine(Root, "scenarios", "landscape-asia.csv"));
        Assert.True(code == 0, err);
        Assert.Contains("USA JPN KOR AUS PHL THA TWN", output);
        Assert.Contains("CHN PRK", output);
    }
}

public class AllianceBlocsTests
{
    // Modelled drivers: the postures compared other things equal (the observed 2022 Philippine government change
    // would otherwise pull the Philippines back toward the U.S. whatever the posture).
    private static Spokes.Model.Outputs.Trajectory Run(string posture) =>
        Spokes.Scenarios.ScenarioPlan.Build(Spokes.Scenarios.ScenarioDefinition.Default with { Posture = posture, ObservedDrivers = false }).Run();

    [Fact]
    public void At_the_start_every_spoke_sits_in_the_US_bloc_and_the_threats_outside()
    {
        var b = Spokes.Scenarios.Baselines.Year2016;
        var blocs = Spokes.Formal.Links.AllianceBlocs.Predict(b, Run("status-quo"), 2016);
        Assert.All(b.Spokes, s => Assert.True(blocs[s.Id], s.Id));
        Assert.False(blocs["CHN"]);
        Assert.False(blocs["PRK"]);
    }

    [Fact]
    public void Withdrawal_pushes_the_exposed_spokes_into_the_adversary_bloc_first()
    {
        var b = Spokes.Scenarios.Baselines.Year2016;
        var t = Run("withdraw");
        int FirstYearOutside(string id) =>
            Enumerable.Range(2017, 14).First(y => !Spokes.Formal.Links.AllianceBlocs.Predict(b, t, y)[id]);
        Assert.True(FirstYearOutside("PHL") < FirstYearOutside("JPN"), $"PHL leaves in {FirstYearOutside("PHL")}, JPN in {FirstYearOutside("JPN")}");
        Assert.True(FirstYearOutside("THA") < FirstYearOutside("AUS"));
        var reassure = Spokes.Formal.Links.AllianceBlocs.Predict(b, Run("reassure"), 2030);
        Assert.True(reassure["PHL"], "reassurance keeps the Philippines in the U.S. bloc");
    }

    [Fact]
    public void Run_prints_the_blocs_on_request()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, SpokesCli.Run(["run", "--blocs"], stdout, new StringWriter()));
        Assert.Contains("predicted blocs", stdout.ToString());
        Assert.Contains("U.S. bloc (aligned)", stdout.ToString());
    }
}

public class ReportCommandTests
{
    [Fact]
    public void Report_writes_a_self_contained_html_file_and_pngs()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-report-").FullName;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SpokesCli.Run(["report", "--compare", "--out", Path.Combine(dir, "r"), "--png", Path.Combine(dir, "png"), "--svg", Path.Combine(dir, "svg")], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var html = File.ReadAllText(Path.Combine(dir, "r", "report.html"));
        Assert.Equal(15, System.Text.RegularExpressions.Regex.Matches(html, "<svg").Count); // the headline trilemma, 4 small multiples, 5 by posture, 5 per ally
        Assert.DoesNotContain("<script", html);
        Assert.Equal(15, Directory.GetFiles(Path.Combine(dir, "png"), "*.png").Length);
        var svgs = Directory.GetFiles(Path.Combine(dir, "svg"), "*.svg");
        Assert.Equal(15, svgs.Length);
        Assert.All(svgs, f => Assert.Equal("svg", System.Xml.Linq.XDocument.Load(f).Root!.Name.LocalName));
        Assert.Equal(2, SpokesCli.Run(["report", "/nonexistent.yaml", "--out", Path.Combine(dir, "x")], new StringWriter(), new StringWriter()));
        Assert.False(Directory.Exists(Path.Combine(dir, "x")), "a failed report left its --out folder behind");
    }
}

public class ExplorationReportCommandTests
{
    [Fact]
    public void Report_from_an_exploration_folder_holds_the_summary_and_the_PRIM_chart()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-xreport-").FullName;
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, "name: s\nend: 2022\nexperiments:\n  n: 60\n  policies: [threaten, reassure]\n");
        Assert.Equal(0, Cli.Run("explore", scenario, "--out", Path.Combine(dir, "r")).Code);
        var (code, _, err) = Cli.Run("report", "--explore", Path.Combine(dir, "r"), "--out", Path.Combine(dir, "page"));
        Assert.True(code == 0, err);
        var html = File.ReadAllText(Path.Combine(dir, "page", "report.html"));
        Assert.Contains("prim-tradeoff", html);
        Assert.Contains("capability_per_us_dollar", html);
        Assert.Equal(2, Cli.Run("report", "--explore", Path.Combine(dir, "missing"), "--out", Path.Combine(dir, "x")).Code);
        Assert.Equal(2, Cli.Run("report", "--explore", Path.Combine(dir, "r"), "--outcome", "nope", "--out", Path.Combine(dir, "x")).Code);
    }
}
