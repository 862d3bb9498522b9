namespace Spokes.Cli.Tests;

/// <summary>Issue 16, the `explore` cases: factorial sized by --levels (not --n), --resume with nothing to resume,
/// a failed --cluster run that leaves nothing behind, --out as a folder created if missing, and --threads refused
/// with --cluster. Each runs the command as a user would.</summary>
public class ExploreOptionsCliTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Scenario()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-explore-options-").FullName;
        var path = Path.Combine(dir, "design.yaml");
        File.WriteAllText(path, """
            name: design
            end: 2020
            experiments:
              n: 12
              uncertainties:
                - {name: threatTalkWeight}
                - {name: publicSupport, distribution: uniform, min: 0.5, max: 0.95}
              policies: [threaten, commit-and-cooperate]
              outcomes:
                - {name: cpd, variable: capability_per_us_dollar}
            """);
        return path;
    }

    private static void OneLineError(int code, string err, string expected)
    {
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Factorial_is_sized_by_levels_and_refuses_n()
    {
        var scenario = Scenario();
        var dir = Path.GetDirectoryName(scenario)!;
        var (code, output, err) = Spokes("explore", scenario, "--sampler", "factorial", "--levels", "3", "--out", Path.Combine(dir, "f3"), "--threads", "1");
        Assert.True(code == 0, err);
        Assert.Contains("18 experiments (9 scenarios × 2 policies, FullFactorial", output);

        var n = Spokes("explore", scenario, "--sampler", "factorial", "--n", "100", "--out", Path.Combine(dir, "fn"));
        OneLineError(n.Code, n.Err, "--n: field 'n': a full factorial design has levels^inputs scenarios: give --levels, not --n");
        Assert.False(Directory.Exists(Path.Combine(dir, "fn")));

        var lhs = Spokes("explore", scenario, "--levels", "3", "--out", Path.Combine(dir, "fl"));
        OneLineError(lhs.Code, lhs.Err, "--levels: field 'levels': only for the factorial and morris samplers");
        var range = Spokes("explore", scenario, "--sampler", "factorial", "--levels", "1", "--out", Path.Combine(dir, "fr"));
        OneLineError(range.Code, range.Err, "1 is outside 2..100");

        // A full factorial too large to sample is refused, and the message says what to lower.
        var big = Spokes("explore", "--sampler", "factorial", "--levels", "100", "--out", Path.Combine(dir, "fb"));
        OneLineError(big.Code, big.Err, "lower the levels");
        Assert.Contains("field 'experiments.levels'", big.Err);
    }

    [Fact]
    public void Resume_on_a_fresh_folder_is_refused_and_creates_nothing()
    {
        var scenario = Scenario();
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "fresh");
        var (code, _, err) = Spokes("explore", scenario, "--out", output, "--resume");
        OneLineError(code, err, "there is no interrupted run here to resume: run without --resume to start one");
        Assert.False(Directory.Exists(output));
        // A finished run is refused as such.
        Assert.Equal(0, Spokes("explore", scenario, "--out", output, "--threads", "1").Code);
        var again = Spokes("explore", scenario, "--out", output, "--resume");
        OneLineError(again.Code, again.Err, "the run here is already complete");
    }

    [Fact]
    public void A_failed_cluster_run_leaves_nothing_that_blocks_the_next_run()
    {
        var scenario = Scenario();
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "clustered");
        var (code, _, err) = Spokes("explore", scenario, "--out", output, "--cluster", "no-port-here");
        OneLineError(code, err, "--cluster: field 'cluster':");
        Assert.False(Directory.Exists(output));

        // Over a finished run: the failure leaves its results complete and readable, and a new run goes ahead.
        Assert.Equal(0, Spokes("explore", scenario, "--out", output, "--threads", "1").Code);
        var failed = Spokes("explore", scenario, "--out", output, "--cluster", "no-port-here");
        Assert.Equal(2, failed.Code);
        Assert.False(Directory.Exists(Path.Combine(output, ".partial")));
        Assert.Null(global::Spokes.Explore.Results.ResultWriter.Unfinished(output));
        Assert.Equal(24, global::Spokes.Explore.Results.ResultReader.Read(output).Policies.Length);
        var next = Spokes("explore", scenario, "--out", output, "--threads", "2");
        Assert.True(next.Code == 0, next.Err);
    }

    [Fact]
    public void Threads_with_cluster_is_refused()
    {
        var scenario = Scenario();
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "t");
        var (code, _, err) = Spokes("explore", scenario, "--out", output, "--cluster", "localhost:30000", "--threads", "2");
        OneLineError(code, err, "--threads: field 'threads': not with --cluster");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Checkpoint_interval_is_checked()
    {
        var scenario = Scenario();
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "c");
        var (code, _, err) = Spokes("explore", scenario, "--out", output, "--checkpoint", "-1");
        OneLineError(code, err, "--checkpoint: field 'checkpoint': -1 is outside 0..3600 seconds");
        Assert.False(Directory.Exists(output));
        Assert.Equal(0, Spokes("explore", scenario, "--out", output, "--checkpoint", "0", "--threads", "1").Code);
    }

    [Fact]
    public void Out_is_a_folder_created_if_missing_and_a_file_is_refused()
    {
        var scenario = Scenario();
        var root = Path.GetDirectoryName(scenario)!;
        var nested = Path.Combine(root, "a", "b", "c");
        var (code, output, err) = Spokes("explore", scenario, "--out", nested, "--threads", "1");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(nested, "outcomes.parquet")));
        Assert.Contains($"results in {nested}", output);

        var file = Path.Combine(root, "results.txt");
        File.WriteAllText(file, "not a folder");
        var refused = Spokes("explore", scenario, "--out", file);
        OneLineError(refused.Code, refused.Err, "is a file; --out names a folder");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }
}
