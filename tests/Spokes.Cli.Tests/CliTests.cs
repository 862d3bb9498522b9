namespace Spokes.Cli.Tests;

public class CliTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string TempFile(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("spokes-cli-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Default_run_prints_start_middle_and_final_year_and_the_alliance()
    {
        var (code, output, err) = Spokes("run");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        foreach (var s in new[] { "2016", "2023", "2030", "JPN", "KOR", "AUS", "PHL", "THA", "TWN", "aligned", "latent",
                     "discounting index", "distancing index", "duplication index", "U.S. net cost" })
            Assert.Contains(s, output);
    }

    [Fact]
    public void Run_writes_csv_and_json_that_are_identical_on_a_second_run()
    {
        var scenario = TempFile("w.yaml", "name: w\nposture: withdraw\nseed: 5\nend: 2026\n");
        var dir = Directory.CreateTempSubdirectory("spokes-out-").FullName;
        Assert.Equal(0, Spokes("run", scenario, "--out", Path.Combine(dir, "a")).Code);
        Assert.Equal(0, Spokes("run", scenario, "--out", Path.Combine(dir, "b")).Code);
        foreach (var f in new[] { "trajectory.csv", "trajectory.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a", f)), File.ReadAllBytes(Path.Combine(dir, "b", f)));
        Assert.StartsWith("scenario,year,actor,variable,value\nw,2016,", File.ReadAllText(Path.Combine(dir, "a", "trajectory.csv")));
    }

    [Fact]
    public void Compare_shows_the_six_presets_and_a_verdict_per_stylized_fact()
    {
        var (code, output, _) = Spokes("compare");
        Assert.Equal(0, code);
        foreach (var p in new[] { "status-quo", "threaten", "threaten-and-act", "reassure", "commit-and-cooperate", "withdraw" })
            Assert.Contains(p, output);
        foreach (var sf in new[] { "SF0", "SF1", "SF2", "SF3", "SF4", "SF5", "SF6" })
            Assert.Contains($"  {sf} ", output);
    }

    [Fact]
    public void Compare_selected_postures_and_rejects_an_unknown_one()
    {
        Assert.Equal(0, Spokes("compare", "--postures", "threaten,reassure").Code);
        var (code, _, err) = Spokes("compare", "--postures", "threaten,appease");
        Assert.Equal(2, code);
        Assert.Contains("unknown posture 'appease'", err);
    }

    [Fact]
    public void A_bad_scenario_exits_2_with_file_line_and_field_and_no_stack_trace()
    {
        var path = TempFile("bad.yaml", "name: x\nbaseline: 2016\nhorizon: 2030\n");
        var (code, output, err) = Spokes("run", path);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("bad.yaml:3:1: field 'horizon': unknown key", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void A_missing_scenario_file_exits_2()
    {
        var (code, _, err) = Spokes("run", "/nonexistent/none.yaml");
        Assert.Equal(2, code);
        Assert.Contains("scenario file not found", err);
    }

    [Fact]
    public void Output_to_an_unwritable_place_exits_2_without_a_stack_trace()
    {
        var file = TempFile("occupied", "x");
        var (code, _, err) = Spokes("run", "--out", file);
        Assert.Equal(2, code);
        Assert.StartsWith("error:", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("compare", "--help")]
    [InlineData("presets", "--help")]
    [InlineData("data", "--help")]
    [InlineData("bench", "--help")]
    public void Help_is_there_for_every_command(params string[] args)
    {
        var (code, output, _) = Spokes(args);
        Assert.Equal(0, code);
        Assert.Contains("Usage", output);
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var (code, output, _) = Spokes("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void Presets_lists_postures_levers_and_parameters()
    {
        var (code, output, _) = Spokes("presets");
        Assert.Equal(0, code);
        foreach (var s in new[] { "commit-and-cooperate", "forcePosture", "beliefStickiness" }) Assert.Contains(s, output);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("data", "--indicator", "politics")]
    [InlineData("data", "--indicator", "events")]
    [InlineData("data", "JPN", "--indicator", "milex_usd_bn")]
    public void Data_lines_stay_within_the_width_and_sources_wrap_whole(params string[] args)
    {
        var (code, output, _) = Spokes(args);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= SpokesCli.DataWidth, $"{l.Length} characters: {l[..Math.Min(40, l.Length)]}…"));
        // Wrapping loses nothing: every word of every actor's source is printed.
        var joined = string.Join(" ", lines.Select(l => l.Trim()));
        foreach (var a in global::Spokes.Scenarios.Data.ReferenceData.BuiltIn.Actors.Where(a => args.Length == 1))
            Assert.All(a.Source.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => Assert.Contains(w, joined));
    }

    [Fact]
    public void Presets_left_aligns_the_text_columns()
    {
        var (_, output, _) = Spokes("presets");
        var lines = output.Split('\n');
        // Every posture's description starts in the column of the "what it does" header (a long one wraps onto the next
        // lines of its row), and no line ends in spaces.
        static string Start(string text) => text[..Math.Min(20, text.Length)];
        int column = lines.First(l => l.StartsWith("posture", StringComparison.Ordinal)).IndexOf("what it does", StringComparison.Ordinal);
        foreach (var p in global::Spokes.Model.Policy.Presets.All)
            Assert.StartsWith(Start(p.Description), lines.First(l => l.StartsWith(p.Name + " ", StringComparison.Ordinal))[column..], StringComparison.Ordinal);
        int mechanism = lines.First(l => l.StartsWith("parameter ", StringComparison.Ordinal)).IndexOf("mechanism", StringComparison.Ordinal);
        foreach (var p in global::Spokes.Model.Parameters.ParameterCatalog.All)
            Assert.StartsWith(Start(p.Mechanism), lines.First(l => l.StartsWith(p.Key + " ", StringComparison.Ordinal))[mechanism..], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.EndsWith(' '));
    }

    [Fact]
    public void Data_lists_figures_with_sources_and_rejects_an_unknown_actor()
    {
        var (code, output, _) = Spokes("data", "JPN", "--year", "2016", "--indicator", "milex_usd_bn");
        Assert.Equal(0, code);
        Assert.Contains("46.4713", output);
        Assert.Contains("SIPRI", output);
        Assert.Equal(2, Spokes("data", "XYZ").Code);
    }

    [Fact]
    public void Bench_reports_time_and_allocations_per_run()
    {
        var (code, output, _) = Spokes("bench", "--runs", "50");
        Assert.Equal(0, code);
        Assert.Contains("µs per run", output);
        Assert.Contains("bytes allocated per run", output);
        Assert.Matches(@"= \d+\.\d\d million actor-years per second on one core", output);
        Assert.Equal(2, Spokes("bench", "--runs", "0").Code);
    }

    [Fact]
    public void Bench_lockstep_reports_the_lane_blocks_and_the_counted_operations()
    {
        var (code, output, _) = Spokes("bench", "--runs", "16", "--lockstep");
        Assert.Equal(0, code);
        Assert.Matches(@"lock-step \((8 lanes, Vector512|16 lanes, 4 × Vector256)\), one thread: \d+\.\d\d µs per run = \d+\.\d ns per actor-year", output);
        Assert.Matches(@"operations per actor-year \(counted\): \d+ arithmetic, \d\.\d\d exp/log/pow/tanh", output);
        // The thread's CPU time beside the wall time (Linux), the steadier figure on a shared machine.
        if (OperatingSystem.IsLinux()) Assert.Matches(@"  CPU time of the thread: \d+\.\d ns per actor-year \(single thread: \d+\.\d ns\)", output);
        // And the same blocks recording only the end year, what an ensemble of end-year outcomes pays.
        Assert.Matches(@"  recording the end year only \(an ensemble of end-year outcomes, as explore's default design\): \d+\.\d ns per actor-year", output);
    }

    [Fact]
    public void Unknown_options_are_rejected_not_ignored()
    {
        Assert.NotEqual(0, Spokes("run", "--runs", "5").Code);
    }
}
