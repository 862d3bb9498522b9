using System.Globalization;

namespace Spokes.Cli.Tests;

/// <summary>
/// One grammar for every command (issue 16): usage errors exit 2 with one line and a hint, bad values are named in
/// plain words, `--out` is a folder created if missing, `--threads` wherever work is parallel, the bundled scenarios
/// are found from any folder, and each case a newcomer tripped over is fixed. Every case runs the command.
/// </summary>
public class CliGrammarTests
{
    private static void OneLine(int code, string err, string expected)
    {
        Assert.Equal(2, code);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: ", err);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("System.", err);
        Assert.DoesNotContain("Usage:", err);
    }

    [Theory]
    [InlineData(new[] { "run", "--bogus" }, "unknown option '--bogus' for 'spokes run' (see 'spokes run --help')")]
    [InlineData(new[] { "compare", "--bogus" }, "unknown option '--bogus' for 'spokes compare'")]
    [InlineData(new[] { "run", "--seed", "abc" }, "--seed: 'abc' is not a whole number")]
    [InlineData(new[] { "run", "--posterior", "x" }, "--posterior: 'x' is not a whole number")]
    [InlineData(new[] { "run", "a.yaml", "b.yaml" }, "unexpected argument 'b.yaml' for 'spokes run'")]
    [InlineData(new[] { "run", "--out" }, "'--out' (see 'spokes run --help')")]
    [InlineData(new[] { "frob" }, "unknown command 'frob' for 'spokes' (see 'spokes --help')")]
    [InlineData(new[] { "game", "frob" }, "unknown command 'frob' for 'spokes game' (see 'spokes game --help')")]
    [InlineData(new[] { "game" }, "give a command: new, serve (see 'spokes game --help')")]
    [InlineData(new string[0], "give a command: run, compare")]
    [InlineData(new[] { "hindcast", "--scenario", "x.yaml" }, "unknown option '--scenario' for 'spokes hindcast'")]
    [InlineData(new[] { "discover", "x.csv" }, "'--outcome'")]
    [InlineData(new[] { "run", "--threads", "-1" }, "--threads: field 'threads': -1: give 0 (all cores) or more")]
    [InlineData(new[] { "episodes", "--steps", "4" }, "--steps: field 'steps': 4: give at least 16")]
    public void Usage_errors_exit_2_with_one_line_and_a_hint(string[] args, string expected)
    {
        var (code, output, err) = Cli.Run(args);
        OneLine(code, err, expected);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_negative_number_is_still_a_value()
    {
        var (code, _, err) = Cli.Run("discover", TempCsv("a,y\n1,0\n2,1\n3,0\n4,1\n"), "--outcome", "y", "--threshold", "-0.5", "--resample", "0");
        Assert.True(code == 0, err);
    }

    [Fact]
    public void Help_still_prints_the_options()
    {
        var (code, output, _) = Cli.Run("report", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--out", output);
        Assert.Contains("created if missing", output);
    }

    public static TheoryData<string[], string> Writers => new()
    {
        { ["run", "--seed", "3"], "trajectory.csv" },
        { ["compare", "--shares", "0"], "trajectories.csv" },
        { ["report"], "report.html" },
        { ["hindcast"], "hindcast.csv" },
        { ["calibrate", "--params", "budgetAdjustment", "--starts", "1"], "calibrated-parameters.yaml" },
        { ["bargain", "scenarios/bargaining-ec.csv"], "rounds.csv" },
        { ["optimize", "--population", "8", "--generations", "1", "--scenarios", "2"], "pareto.csv" },
        { ["sensitivity", "--model", "ishigami", "--n", "64", "--bootstrap", "10"], "sensitivity.txt" },
        { ["discover", "CSV", "--outcome", "y", "--resample", "0"], "trajectory.csv" },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Out_is_a_folder_created_if_missing_and_a_file_is_refused(string[] args, string written)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-out-").FullName;
        args = args.Select(a => a == "CSV" ? TempCsv(Rows()) : a).ToArray();
        var folder = Path.Combine(dir, "new", "results");
        var (code, output, err) = Cli.Run([.. args, "--out", folder]);
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(folder, written)), $"{args[0]} --out did not write {written}");
        Assert.Contains(folder, output);

        var file = Path.Combine(dir, "a-file");
        File.WriteAllText(file, "x");
        var refused = Cli.Run([.. args, "--out", file]);
        OneLine(refused.Code, refused.Err, "is a file; --out names a folder");
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("run", "--posterior", "2")]
    [InlineData("compare", "--shares", "0")]
    [InlineData("hindcast")]
    [InlineData("optimize", "--population", "8", "--generations", "1", "--scenarios", "2")]
    [InlineData("episodes", "--draws", "2", "--walkers", "12", "--steps", "16")]
    public void Threads_is_taken_wherever_work_is_parallel(params string[] args)
    {
        var (code, _, err) = Cli.Run([.. args, "--threads", "1"]);
        Assert.True(code == 0, err);
        OneLine(Cli.Run([.. args, "--threads", "-2"]).Code, Cli.Run([.. args, "--threads", "-2"]).Err, "give 0 (all cores) or more");
    }

    [Fact]
    public void Optimize_gives_the_same_policies_at_any_thread_count()
    {
        string[] args = ["optimize", "--population", "8", "--generations", "2", "--scenarios", "2"];
        var one = Cli.Run([.. args, "--threads", "1"]);
        var two = Cli.Run([.. args, "--threads", "2"]);
        Assert.Equal(0, one.Code);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void Bundled_scenarios_are_found_from_any_working_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("spokes-cwd-").FullName;
        var hindcast = Cli.RunIn(elsewhere, "hindcast");
        Assert.True(hindcast.Code == 0, hindcast.Err);
        Assert.Contains("pooled", hindcast.Out);
        var calibrate = Cli.RunIn(elsewhere, "calibrate", "--params", "budgetAdjustment", "--starts", "1");
        Assert.True(calibrate.Code == 0, calibrate.Err);
        var named = Cli.RunIn(elsewhere, "run", "scenarios/threaten.yaml");
        Assert.True(named.Code == 0, named.Err);
        Assert.Contains("posture threaten", named.Out);
        var positional = Cli.RunIn(elsewhere, "hindcast", "scenarios/history-2017-2024.yaml");
        Assert.Equal(hindcast.Out, positional.Out);
    }

    [Fact]
    public void Data_year_must_have_data()
    {
        var (code, _, err) = Cli.Run("data", "--year", "2020");
        OneLine(code, err, "2020: no baseline figures in that year (baselines: 1969, 1990, 2010, 2016, 2024)");
        Assert.Equal(0, Cli.Run("data", "--year", "2010").Code);
        OneLine(Cli.Run("data", "--indicator", "milex_usd_bn", "--year", "1900").Code, Cli.Run("data", "--indicator", "milex_usd_bn", "--year", "1900").Err,
            "1900: no figures in that year");
        var series = Cli.Run("data", "--indicator", "milex_usd_bn", "--year", "2020");
        Assert.Equal(0, series.Code);
        Assert.Contains("2020", series.Out);
        var (help, _, _) = (Cli.Run("data", "--help").Out, 0, 0);
        Assert.Contains("1969, 1990, 2010, 2016, 2024", help);
    }

    [Fact]
    public void Data_indicator_lists_the_series_without_the_actors_table()
    {
        var (code, output, _) = Cli.Run("data", "--indicator", "milex_usd_bn", "JPN");
        Assert.Equal(0, code);
        Assert.StartsWith("series milex_usd_bn", output);
        Assert.DoesNotContain("Treaty", output);
        Assert.Contains("Treaty", Cli.Run("data", "JPN").Out);
    }

    [Fact]
    public void Compare_names_each_scenarios_own_final_year()
    {
        var (code, output, err) = Cli.Run("compare", Path.Combine(Cli.Root, "scenarios", "from-2024.yaml"), Path.Combine(Cli.Root, "scenarios", "threaten.yaml"), "--shares", "0");
        Assert.True(code == 0, err);
        Assert.Contains("final years: from-2024 2035, threaten 2030", output);
        OneLine(Cli.Run("compare", "a.yaml", "b.yaml", "--postures", "threaten").Code, Cli.Run("compare", "a.yaml", "b.yaml", "--postures", "threaten").Err,
            "give one scenario file");
    }

    /// <summary>Rows of a plain CSV with a row id: y is 1 where x1 &gt; 0.6, and x2 is noise.</summary>
    private static string Rows()
    {
        var random = new Random(3);
        var lines = new List<string> { "id,x1,x2,y" };
        for (int i = 0; i < 200; i++)
        {
            double x1 = random.NextDouble(), x2 = random.NextDouble();
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{i},{x1},{x2},{(x1 > 0.6 ? 10 + x2 : x2)}"));
        }
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Discover_on_a_plain_csv_leaves_out_the_id_refuses_policy_and_defaults_to_the_median()
    {
        var csv = TempCsv(Rows());
        var (code, output, err) = Cli.Run("discover", csv, "--outcome", "y", "--direction", "above", "--resample", "0");
        Assert.True(code == 0, err);
        Assert.Contains("left out 'id': a row identifier", output);
        Assert.Contains("(the median; --threshold sets another)", output);
        Assert.DoesNotContain("no case of interest", output);
        Assert.Contains("x1", output);
        Assert.DoesNotMatch(@"\bid\s*[<>≤≥]", output);
        OneLine(Cli.Run("discover", csv, "--outcome", "y", "--policy", "threaten").Code, Cli.Run("discover", csv, "--outcome", "y", "--policy", "threaten").Err,
            "only for an exploration folder");
        OneLine(Cli.Run("discover", csv, "--outcome", "y", "--difference", "a,b").Code, Cli.Run("discover", csv, "--outcome", "y", "--difference", "a,b").Err,
            "only for an exploration folder");
    }

    private static string TempCsv(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("spokes-csv-").FullName, "rows.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
