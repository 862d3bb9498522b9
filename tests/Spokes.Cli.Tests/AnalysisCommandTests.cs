using System.Globalization;
using System.Text.RegularExpressions;

namespace Spokes.Cli.Tests;

/// <summary>`spokes score` and the discovery methods on CSVs whose answer is known.</summary>
public class AnalysisCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    /// <summary>A CSV of ten inputs x0..x9 uniform in [0, 1] (plus a run id) and outcomes computed from them.</summary>
    internal static string TenInputCsv(int n, int seed, params (string Name, Func<double[], double> F)[] outcomes)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-analysis-").FullName;
        var path = Path.Combine(dir, "runs.csv");
        var r = new Random(seed);
        var lines = new List<string> { "run," + string.Join(",", Enumerable.Range(0, 10).Select(j => $"x{j}")) + "," + string.Join(",", outcomes.Select(o => o.Name)) };
        for (int i = 0; i < n; i++)
        {
            var x = Enumerable.Range(0, 10).Select(_ => r.NextDouble()).ToArray();
            lines.Add($"r{i}," + string.Join(",", x.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))
                + "," + string.Join(",", outcomes.Select(o => o.F(x).ToString("R", CultureInfo.InvariantCulture))));
        }
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string[] RankedInputs(string output) =>
        Regex.Matches(output, @"^\s*\d+\s+(x\d)\s", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

    [Theory]
    [InlineData("extra-trees")]
    [InlineData("random-forest")]
    [InlineData("fastforest")]
    [InlineData("f")]
    public void Score_ranks_the_two_inputs_the_outcome_depends_on_first(string method)
    {
        var csv = TenInputCsv(400, 1, ("y", x => 2 * x[3] + x[6] * x[6]));
        var (code, output, err) = Spokes("score", csv, "--outcome", "y", "--method", method, "--ignore", "run", "--trees", "40", "--resamples", "4");
        Assert.True(code == 0, err);
        var ranked = RankedInputs(output);
        Assert.Equal(10, ranked.Length);
        Assert.Equal(new[] { "x3", "x6" }, ranked.Take(2).Order());
    }

    [Fact]
    public void Score_chi2_needs_a_threshold_and_then_finds_the_inputs()
    {
        var csv = TenInputCsv(500, 2, ("y", x => x[1] + x[8]));
        Assert.Equal(2, Spokes("score", csv, "--outcome", "y", "--method", "chi2", "--ignore", "run").Code);
        var (code, output, err) = Spokes("score", csv, "--outcome", "y", "--method", "chi2", "--ignore", "run", "--threshold", "1.3", "--direction", "above", "--resamples", "0");
        Assert.True(code == 0, err);
        Assert.Equal(new[] { "x1", "x8" }, RankedInputs(output).Take(2).Order());
    }

    [Fact]
    public void Score_is_the_same_at_one_and_two_threads()
    {
        var csv = TenInputCsv(200, 3, ("y", x => x[0] * x[9]));
        var a = Spokes("score", csv, "--outcome", "y", "--ignore", "run", "--trees", "20", "--resamples", "3", "--threads", "1");
        var b = Spokes("score", csv, "--outcome", "y", "--ignore", "run", "--trees", "20", "--resamples", "3", "--threads", "2");
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }

    [Theory]
    [InlineData("--method", "magic")]
    [InlineData("--trees", "0")]
    [InlineData("--resamples", "-1")]
    [InlineData("--max-features", "1.5")]
    [InlineData("--direction", "sideways")]
    [InlineData("--ignore", "nosuch")]
    [InlineData("--threads", "-1")]
    public void Score_usage_errors_exit_2_with_one_line(string option, string value)
    {
        var csv = TenInputCsv(20, 4, ("y", x => x[0]));
        var (code, _, err) = Spokes("score", csv, "--outcome", "y", option, value);
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }

    private static readonly Func<double[], double> InBox = x => x[0] > 0.2 && x[0] <= 0.6 && x[1] > 0.5 ? 1 : 0;

    [Fact]
    public void Discover_reads_a_binary_outcome_directly_with_every_prim_flag()
    {
        var csv = TenInputCsv(1000, 5, ("hit", InBox), ("score", x => x[0] + x[1]));
        var (code, output, err) = Spokes("discover", csv, "--outcome", "hit", "--ignore", "run,score", "--resample", "0", "--objective", "lenient1",
            "--peel-alpha", "0.1", "--paste-alpha", "0.1", "--min-mass", "0.05", "--paste", "ema", "--density-threshold", "0.95");
        Assert.True(code == 0, err);
        Assert.Contains("0/1 outcome (1 = of interest)", output);
        Assert.Contains("objective Lenient1", output);
        Assert.Matches(@"x0\s+lower\s+≥ 0\.[12]", output);
        Assert.Matches(@"x1\s+lower\s+≥ 0\.[45]", output);
    }

    [Fact]
    public void Discover_inspect_shows_what_dropping_a_restriction_costs()
    {
        var csv = TenInputCsv(1000, 6, ("hit", InBox));
        var (code, output, err) = Spokes("discover", csv, "--outcome", "hit", "--ignore", "run", "--inspect", "20");
        Assert.True(code == 0, err);
        Assert.Contains("Dropping one restriction", output);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "hit", "--inspect", "9999").Code);
    }

    [Fact]
    public void Discover_out_writes_the_trajectory_limits_and_pairs_scatter_points()
    {
        var csv = TenInputCsv(1000, 6, ("hit", InBox));
        var dir = Path.Combine(Directory.CreateTempSubdirectory("spokes-discover-out-").FullName, "new", "folder");
        var (code, output, err) = Spokes("discover", csv, "--outcome", "hit", "--ignore", "run", "--inspect", "20", "--out", dir);
        Assert.True(code == 0, err);
        Assert.Contains($"wrote trajectory.csv, box-20-limits.csv and box-20-points.csv to {dir}", output);
        var points = File.ReadAllLines(Path.Combine(dir, "box-20-points.csv"));
        Assert.Equal(1001, points.Length);
        Assert.StartsWith("row,", points[0]);
        Assert.EndsWith(",of_interest,in_box", points[0]);
        Assert.StartsWith("input,kind,lower,upper", File.ReadAllLines(Path.Combine(dir, "box-20-limits.csv"))[0]);
        Assert.True(File.ReadAllLines(Path.Combine(dir, "trajectory.csv")).Length > 21);

        string other = Path.Combine(dir, "other");
        foreach (var args in new[] { new[] { "--out", other, "--method", "cart" }, new[] { "--out", other, "--boxes", "2" }, new[] { "--out", csv } })
        {
            var (c, _, e) = Spokes([.. new[] { "discover", csv, "--outcome", "hit", "--ignore", "run" }, .. args]);
            Assert.Equal(2, c);
            Assert.Single(e.Trim().Split('\n'));
        }
        Assert.False(Directory.Exists(other));
    }

    [Fact]
    public void Discover_cart_prints_the_box_as_a_rule_and_regresses_a_continuous_outcome()
    {
        var csv = TenInputCsv(1000, 7, ("hit", InBox), ("level", x => x[4] > 0.7 ? 5 : 1));
        var (code, output, err) = Spokes("discover", csv, "--outcome", "hit", "--method", "cart", "--ignore", "run,level");
        Assert.True(code == 0, err);
        Assert.Matches(@"\n\s+1\s+1\.000\s+1\.000\s.*0\.\d+ < x0 ≤ 0\.\d+ and x1 > 0\.\d+", output);
        var (code2, output2, err2) = Spokes("discover", csv, "--outcome", "level", "--method", "cart", "--max-depth", "1", "--ignore", "run,hit");
        Assert.True(code2 == 0, err2);
        Assert.Contains("CART (regression): 2 boxes", output2);
        Assert.Matches(@"\n\s+1\s+5\s.*x4 > 0\.[67]", output2);
    }

    [Fact]
    public void Discover_logit_selects_inputs_or_uses_the_given_ones()
    {
        var r = new Random(3);
        var csv = TenInputCsv(2000, 8, ("hit", x => r.NextDouble() < 1 / (1 + Math.Exp(-(-2 + 4 * x[5]))) ? 1 : 0));
        var (code, output, err) = Spokes("discover", csv, "--outcome", "hit", "--method", "logit", "--ignore", "run");
        Assert.True(code == 0, err);
        Assert.Contains("forward selection by BIC", output);
        Assert.Matches(@"\n\s+1\s+x5\s", output);
        var (code2, output2, _) = Spokes("discover", csv, "--outcome", "hit", "--method", "logit", "--inputs", "x5,x2");
        Assert.Equal(0, code2);
        Assert.Contains("best F1 at threshold", output2);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "hit", "--method", "logit", "--inputs", "nope").Code);
    }

    [Fact]
    public void Discover_mean_runs_prim_in_regression_mode()
    {
        var csv = TenInputCsv(1500, 10, ("level", x => (x[0] > 0.2 && x[0] <= 0.6 && x[1] > 0.5 ? 3 : 0) + x[9]));
        var (code, output, err) = Spokes("discover", csv, "--outcome", "level", "--ignore", "run", "--mean", "raise", "--box", "30");
        Assert.True(code == 0, err);
        Assert.Contains("regression mode, raising the mean", output);
        Assert.Matches(@"Box 30 \(peel\): mean \d", output);
        Assert.Matches(@"x0\s+lower\s+≥ 0\.[12]\d*\s.*—", output);
        var (code2, output2, _) = Spokes("discover", csv, "--outcome", "level", "--ignore", "run", "--mean", "raise", "--inspect", "30");
        Assert.Equal(0, code2);
        Assert.Contains("Δ mean", output2);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "level", "--ignore", "run", "--mean", "up").Code);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "level", "--ignore", "run", "--mean", "raise", "--threshold", "1").Code);
        Assert.Equal(2, Spokes("discover", csv, "--outcome", "level", "--ignore", "run", "--mean", "raise", "--boxes", "2").Code);
    }

    [Theory]
    [InlineData("--method", "svm")]
    [InlineData("--objective", "greedy")]
    [InlineData("--peel-alpha", "0.6")]
    [InlineData("--paste-alpha", "0")]
    [InlineData("--min-mass", "1")]
    [InlineData("--paste", "glue")]
    [InlineData("--density-threshold", "1.5")]
    [InlineData("--max-depth", "0")]
    public void Discover_usage_errors_exit_2_with_one_line(string option, string value)
    {
        var csv = TenInputCsv(50, 9, ("hit", InBox));
        var (code, _, err) = Spokes("discover", csv, "--outcome", "hit", option, value);
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Optimize_honours_constraints_writes_the_set_and_reevaluate_runs_it_on_fresh_scenarios()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-reevaluate-").FullName;
        var set = Path.Combine(dir, "pareto.csv");
        var (code, output, err) = Spokes("optimize", "--population", "12", "--generations", "3", "--scenarios", "4",
            "--constraint", "distancing<=0.5", "--constraint", "capability>=1", "--out", dir);
        Assert.True(code == 0, err);
        Assert.Contains("ε-progress", output);
        var lines = File.ReadAllLines(set);
        Assert.StartsWith("commitment,rhetoric,demands", lines[0]);
        Assert.True(lines.Length >= 2);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            Assert.True(double.Parse(f[^2], CultureInfo.InvariantCulture) <= 0.5);
            Assert.True(double.Parse(f[^3], CultureInfo.InvariantCulture) >= 1);
        }
        var (code2, output2, err2) = Spokes("reevaluate", set, "--scenarios", "6");
        Assert.True(code2 == 0, err2);
        Assert.Contains($"re-evaluation of {lines.Length - 1} policies", output2);
        Assert.Matches(@"\np1\s+(keep|phase-out)\s", output2);
        // Regret is measured against the best of the set, so some policy has zero regret on each outcome's worst scenario.
        Assert.Contains("0.000", output2);

        // The worst-case search: for each policy a capability no better than its mean over the sample, reproducibly.
        var (code5, output5, err5) = Spokes("reevaluate", set, "--scenarios", "6", "--worst-case", "3");
        Assert.True(code5 == 0, err5);
        Assert.Contains("worst cases found by searching the", output5);
        var means = Regex.Matches(output5, @"^p\d+\s+(?:keep|phase-out)\s+(\S+)", RegexOptions.Multiline).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        var worst = Regex.Matches(output5, @"^p\d+\s+(\S+) \(", RegexOptions.Multiline).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(means.Length, worst.Length);
        for (int i = 0; i < means.Length; i++) Assert.True(worst[i] <= means[i], $"policy {i + 1}: worst {worst[i]} vs mean {means[i]}");
        Assert.Equal(output5, Spokes("reevaluate", set, "--scenarios", "6", "--worst-case", "3").Out);
        Assert.Equal(2, Spokes("reevaluate", set, "--worst-case", "-1").Code);

        var (code3, output3, _) = Spokes("optimize", "--population", "8", "--generations", "1", "--scenarios", "2", "--constraint", "distancing<=-5");
        Assert.Equal(0, code3);
        Assert.Contains("no policy met every constraint", output3);
        Assert.Equal(2, Spokes("optimize", "--constraint", "happiness>=1").Code);
        Assert.Equal(2, Spokes("optimize", "--constraint", "distancing=1").Code);

        var bad = Path.Combine(dir, "bad.csv");
        File.WriteAllText(bad, lines[0] + "\n" + lines[1].Replace("keep,", "maybe,").Replace("phase-out,", "maybe,") + "\n");
        var (code4, _, err4) = Spokes("reevaluate", bad);
        Assert.Equal(2, code4);
        Assert.Contains("bad.csv:2:1: field 'commitment'", err4);
    }

    [Fact]
    public void Optimize_reads_constraints_from_the_scenario_file_and_names_the_line_of_a_bad_one()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-constraints-").FullName;
        var scenario = Path.Combine(dir, "bounded.yaml");
        File.WriteAllText(scenario, "end: 2020\nexperiments:\n  constraints: [distancing<=0.5, capability>=1]\n");
        var (code, output, err) = Spokes("optimize", scenario, "--population", "12", "--generations", "3", "--scenarios", "4");
        Assert.True(code == 0, err);
        Assert.Contains("constraints: distancing<=0.5, capability>=1", output);
        // Table rows: commitment, ten levers, then mean capability, distancing and spending.
        var rows = Regex.Matches(output, @"^(?:keep|phase-out)\s.*$", RegexOptions.Multiline).Select(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.NotEmpty(rows);
        foreach (var f in rows)
        {
            Assert.True(double.Parse(f[^2], CultureInfo.InvariantCulture) <= 0.5, string.Join(" ", f));
            Assert.True(double.Parse(f[^3], CultureInfo.InvariantCulture) >= 1, string.Join(" ", f));
        }

        File.WriteAllText(scenario, "end: 2020\nexperiments:\n  constraints:\n    - distancing<=0.5\n    - happiness>=1\n");
        var (code2, _, err2) = Spokes("optimize", scenario, "--population", "8", "--generations", "1", "--scenarios", "2");
        Assert.Equal(2, code2);
        Assert.Single(err2.Trim().Split('\n'));
        Assert.Contains("bounded.yaml:5:7: field 'experiments.constraints': unknown outcome 'happiness'", err2);

        File.WriteAllText(scenario, "end: 2020\nexperiments:\n  constraints: [distancing<0.5]\n");
        var (code3, _, err3) = Spokes("optimize", scenario);
        Assert.Equal(2, code3);
        Assert.Contains("bounded.yaml:3:17: field 'experiments.constraints': 'distancing<0.5' must read OUTCOME<=VALUE", err3);
    }

    [Fact]
    public void Reevaluate_is_the_same_at_one_and_two_threads_and_refuses_a_negative_count()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-reevaluate-threads-").FullName;
        var set = Cli.WritePolicies(dir, Cli.KeepPolicy, Cli.PhaseOutPolicy, "keep,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,1.2,-0.5");
        var one = Spokes("reevaluate", set, "--scenarios", "5", "--worst-case", "2", "--threads", "1");
        var two = Spokes("reevaluate", set, "--scenarios", "5", "--worst-case", "2", "--threads", "2");
        Assert.True(one.Code == 0, one.Err);
        Assert.Contains("re-evaluation of 3 policies", one.Out);
        Assert.Equal(one.Out, two.Out);
        var (code, _, err) = Spokes("reevaluate", set, "--threads", "-1");
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }
}
