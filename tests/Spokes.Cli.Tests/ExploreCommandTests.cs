namespace Spokes.Cli.Tests;

public class ExploreCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Scenario(string experiments)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-explore-cli-").FullName;
        var path = Path.Combine(dir, "design.yaml");
        File.WriteAllText(path, "name: design\nend: 2022\nexperiments:\n" + experiments);
        return path;
    }

    private const string Good = """
          sampler: lhs
          n: 24
          seed: 3
          uncertainties:
            - {name: threatTalkWeight}
            - {name: publicSupport, distribution: triangular, min: 0.5, mode: 0.89, max: 0.95}
          policies: [threaten, {name: soft, posture: reassure, levers: [{lever: cooperation, value: 0.4, from: 2018}]}]
          outcomes:
            - {name: cpd, variable: capability_per_us_dollar}
            - {variable: belief, actor: KOR, stat: mean}
            - {name: share, variable: spending_share, stat: series}
        """;

    [Fact]
    public void Explore_writes_results_and_metadata_identically_at_one_and_two_threads()
    {
        var path = Scenario(Good);
        var a = Path.Combine(Path.GetDirectoryName(path)!, "a");
        var b = Path.Combine(Path.GetDirectoryName(path)!, "b");
        var (code, output, err) = Spokes("explore", path, "--out", a, "--threads", "1", "--csv");
        Assert.True(code == 0, err);
        Assert.Contains("48 experiments (24 scenarios × 2 policies", output);
        Assert.Contains("kor_belief_mean", output);
        Assert.Equal(0, Spokes("explore", path, "--out", b, "--threads", "2", "--csv").Code);
        foreach (var f in new[] { "experiments.parquet", "outcomes.parquet", "series.parquet", "outcomes.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
        Assert.Contains("\"experiments\": 48", File.ReadAllText(Path.Combine(a, "metadata.json")));
    }

    [Theory]
    [InlineData("  sampler: magic\n", 4, "experiments.sampler")]
    [InlineData("  n: 0\n", 4, "experiments.n")]
    [InlineData("  shuffle: true\n", 4, "experiments.shuffle")]
    [InlineData("  uncertainties:\n    - {name: courage}\n", 5, "experiments.uncertainties.name")]
    [InlineData("  uncertainties:\n    - {name: threatTalkWeight, min: 9}\n", 5, "experiments.uncertainties.min")]
    [InlineData("  uncertainties:\n    - {name: threatTalkWeight, distribution: normal, mean: 2}\n", 5, "experiments.uncertainties.sd")]
    [InlineData("  policies: [appease]\n", 4, "experiments.policies")]
    [InlineData("  outcomes:\n    - {variable: happiness}\n", 5, "experiments.outcomes.variable")]
    [InlineData("  outcomes:\n    - {variable: belief, actor: IND}\n", 5, "experiments.outcomes.actor")]
    public void Bad_designs_exit_2_naming_line_and_field(string experiments, int line, string field)
    {
        var path = Scenario(experiments);
        var (code, output, err) = Spokes("explore", path, "--out", Path.Combine(Path.GetDirectoryName(path)!, "o"));
        Assert.Equal(2, code);
        Assert.Contains($"design.yaml:{line}:", err);
        Assert.Contains($"field '{field}'", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, "o")));
        Assert.Equal("", output);
    }

    [Fact]
    public void Command_line_overrides_are_checked()
    {
        Assert.Equal(2, Spokes("explore", "--sampler", "magic").Code);
        Assert.Equal(2, Spokes("explore", "--n", "0").Code);
        Assert.Equal(2, Spokes("explore", "--threads", "-1").Code);
    }
}

public class SensitivityCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static double Value(string output, string row, int column)
    {
        var line = output.Split('\n').First(l => l.StartsWith(row + " "));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[column], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Ishigami_indices_from_the_command_are_within_SALib_tolerance()
    {
        var (code, output, err) = Spokes("sensitivity", "--model", "ishigami", "--n", "1024");
        Assert.True(code == 0, err);
        double[] s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
        for (int j = 0; j < 3; j++)
        {
            Assert.InRange(Value(output, $"x{j + 1}", 1), s1[j] - 0.05 - 0.1 * s1[j], s1[j] + 0.05 + 0.1 * s1[j]);
            Assert.InRange(Value(output, $"x{j + 1}", 3), st[j] - 0.05 - 0.1 * st[j], st[j] + 0.05 + 0.1 * st[j]);
        }
    }

    [Fact]
    public void Morris_on_the_alliance_model_ranks_public_support_first_under_threaten()
    {
        var (code, output, err) = Spokes("sensitivity", Path.Combine(Cli.Root, "scenarios", "explore-remedy.yaml"),
            "--method", "morris", "--n", "20", "--policy", "threaten");
        Assert.True(code == 0, err);
        var section = output[output.IndexOf("capability_per_us_dollar", StringComparison.Ordinal)..];
        Assert.True(Value(section, "publicSupport", 2) > Value(section, "negotiatedSpending", 2),
            "threats are discounted by public support; negotiated spending plays no part without cooperation");
        Assert.Equal(0, Value(section, "negotiatedSpending", 2));
    }

    [Fact]
    public void Bad_options_exit_2()
    {
        Assert.Equal(2, Spokes("sensitivity", "--method", "guess").Code);
        Assert.Equal(2, Spokes("sensitivity", "--model", "lorenz").Code);
        Assert.Equal(2, Spokes("sensitivity", "--method", "morris", "--levels", "3").Code);
        Assert.Equal(2, Spokes("sensitivity", "--policy", "appease").Code);
    }

}

public class ProgressBarTests
{
    [Fact]
    public void Progress_bar_fills_with_the_share_done_and_ends_the_line_when_complete()
    {
        var half = ExploreCommands.ProgressBar(50, 100, TimeSpan.FromSeconds(1.5));
        Assert.StartsWith("\r[" + new string('#', 15) + new string('-', 15) + "]", half);
        Assert.Contains(" 50%  50/100 experiments  1.5 s", half);
        Assert.EndsWith("\n", ExploreCommands.ProgressBar(100, 100, TimeSpan.Zero));
    }

    [Fact]
    public void Redirected_progress_writes_one_line_per_interval_and_one_at_the_end()
    {
        var log = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = ExploreCommands.Progress(log, 100, "experiments", terminal: false, () => now);
        foreach (var (done, seconds) in new[] { (1, 0.0), (10, 1.0), (20, 4.9), (30, 5.1), (40, 7.0), (50, 10.2), (100, 11.0), (100, 11.5) })
        {
            now = TimeSpan.FromSeconds(seconds);
            progress.Report(done);
        }
        Assert.Equal(
            ["progress:   1%  1/100 experiments  0.0 s", "progress:  30%  30/100 experiments  5.1 s",
             "progress:  50%  50/100 experiments  10.2 s", "progress: 100%  100/100 experiments  11.0 s"],
            log.ToString().TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("\r", log.ToString());
    }
}

public class DiscoverAndOptimizeCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Explored()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-discover-").FullName;
        var scenario = Path.Combine(dir, "s.yaml");
        File.WriteAllText(scenario, """
            name: s
            end: 2024
            experiments:
              sampler: lhs
              n: 300
              seed: 4
              uncertainties:
                - {name: publicSupport, distribution: uniform, min: 0.2, max: 0.95}
                - {name: bandwagonWeight}
                - {name: negotiatedSpending}
              policies: [threaten, commit-and-cooperate]
              outcomes:
                - {name: cpd, variable: capability_per_us_dollar}
            """);
        Assert.Equal(0, Spokes("explore", scenario, "--out", Path.Combine(dir, "r")).Code);
        return Path.Combine(dir, "r");
    }

    [Fact]
    public void Discover_finds_that_threats_backfire_where_public_support_is_low()
    {
        var dir = Explored();
        var (code, output, err) = Spokes("discover", dir, "--outcome", "cpd", "--policy", "threaten", "--threshold", "0.9", "--resample", "5");
        Assert.True(code == 0, err);
        Assert.Contains("publicSupport", output[output.IndexOf("Box ", StringComparison.Ordinal)..]);
        var (code3, output3, _) = Spokes("discover", dir, "--outcome", "cpd", "--policy", "threaten", "--threshold", "0.9", "--boxes", "2");
        Assert.Equal(0, code3);
        Assert.Contains("Covering", output3);
        Assert.Equal(2, Spokes("discover", dir, "--outcome", "cpd", "--policy", "threaten", "--boxes", "0").Code);
        var (code4, output4, _) = Spokes("discover", dir, "--outcome", "cpd", "--policy", "threaten", "--threshold", "0.9", "--box", "3", "--resample", "0");
        Assert.Equal(0, code4);
        Assert.Contains("Box 3 ", output4);
        Assert.Equal(2, Spokes("discover", dir, "--outcome", "cpd", "--policy", "threaten", "--threshold", "0.9", "--box", "9999").Code);
        var (code2, output2, _) = Spokes("discover", dir, "--outcome", "cpd", "--difference", "commit-and-cooperate,threaten");
        Assert.Equal(0, code2);
        // No threshold: the cases of interest are the scenarios at most the median difference, so there are some.
        Assert.Contains("(the median; --threshold sets another)", output2);
        Assert.DoesNotContain("no case of interest", output2);
    }

    [Fact]
    public void Discover_works_on_any_csv_and_rejects_bad_arguments()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-csv-").FullName;
        var csv = Path.Combine(dir, "data.csv");
        var rows = new List<string> { "a,b,y" };
        var r = new Random(5);
        for (int i = 0; i < 400; i++)
        {
            double a = r.NextDouble(), b = r.NextDouble();
            rows.Add($"{a.ToString(System.Globalization.CultureInfo.InvariantCulture)},{b.ToString(System.Globalization.CultureInfo.InvariantCulture)},{(a > 0.7 ? 1 : 0)}");
        }
        File.WriteAllLines(csv, rows);
        var (code, output, err) = Spokes("discover", csv, "--outcome", "y", "--threshold", "1", "--direction", "above", "--resample", "0");
        Assert.True(code == 0, err);
        Assert.Matches(@"a\s+lower\s+≥ 0\.[67]", output);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "nope").Code);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "y", "--direction", "sideways").Code);
        Assert.Equal(2, Spokes("discover", Path.Combine(dir, "missing"), "--outcome", "y").Code);
    }

    [Fact]
    public void Optimize_returns_the_categorical_commitment_as_labels_and_a_hypervolume()
    {
        var (code, output, err) = Spokes("optimize", "--population", "12", "--generations", "4", "--scenarios", "4", "--robustness", "regret1");
        Assert.True(code == 0, err);
        Assert.Contains("hypervolume", output);
        Assert.Matches(@"\n(keep|phase-out)\s", output);
        Assert.Equal(2, Spokes("optimize", "--robustness", "vibes").Code);
        Assert.Equal(2, Spokes("optimize", "--population", "2").Code);
    }
}
