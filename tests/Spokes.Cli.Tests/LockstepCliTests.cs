using System.Text.Json;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Results;

namespace Spokes.Cli.Tests;

/// <summary>
/// `spokes explore --lockstep`, run as a user runs it: lock-step results within the documented tolerance (1e-12
/// relative, absolute floor 1e-15) of single runs, byte-identical across thread counts and runs, the mode recorded so
/// a resume cannot mix modes, and `auto` falling back (in one line) where the design cannot run in lock-step.
/// </summary>
public class LockstepCliTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    // Two policies and 700 scenarios: 1,400 experiments, two blocks of 1,024, lane blocks cut short at each
    // policy's end. Public support moves the lanes apart; a series outcome reads every year.
    private static string Scenario(string outcomes = """
                - {name: cpd, variable: capability_per_us_dollar}
                - {name: distancing, variable: distancing, stat: mean}
                - {name: share, variable: spending_share, stat: series}
        """) => Cli.WriteBlockDesign("lanes", n: 700, seed: 5, outcomes);

    /// <summary>What explore wrote to stderr besides its progress lines.</summary>
    private static string Messages(string err) =>
        string.Join('\n', err.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith("progress", StringComparison.Ordinal)));

    private static readonly string[] Files = ["experiments.parquet", "outcomes.parquet", "series.parquet", "experiments.csv", "outcomes.csv"];

    private static int Lanes(string dir) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunMetadata.File))).RootElement.GetProperty("lockstepLanes").GetInt32();

    private static void Close(double expected, double actual, string what)
    {
        double tolerance = Math.Max(1e-12 * Math.Abs(expected), 1e-15);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: lock-step {actual:R}, single run {expected:R}");
    }

    [Fact]
    public void Lockstep_results_are_within_1e_12_of_single_runs_and_identical_across_threads_and_runs()
    {
        var scenario = Scenario();
        var dir = Path.GetDirectoryName(scenario)!;
        string Run(string name, params string[] more)
        {
            var output = Path.Combine(dir, name);
            var (code, _, err) = Spokes(["explore", scenario, "--out", output, "--csv", .. more]);
            Assert.True(code == 0, err);
            return output;
        }
        var single = Run("single", "--lockstep", "off", "--threads", "2");
        Assert.Equal(0, Lanes(single));
        if (ModelRunner.LockstepWidth == 0)
        {
            // No 256-bit vectors here: `on` is refused, `auto` runs single runs, bit for bit.
            var (code, _, err) = Spokes("explore", scenario, "--out", Path.Combine(dir, "on"), "--lockstep", "on");
            Assert.Equal(2, code);
            Assert.Contains("no 256-bit vectors", err);
            return;
        }
        var one = Run("one", "--lockstep", "on", "--threads", "1");
        var two = Run("two", "--lockstep", "on", "--threads", "2");
        var again = Run("again", "--lockstep", "on", "--threads", "2");
        Assert.Equal(ModelRunner.LockstepWidth, Lanes(one));
        foreach (var f in Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(one, f));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(two, f)));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(again, f)));
        }
        // auto, the default, runs a design this small as single runs: bit for bit the same as off.
        var auto = Run("auto", "--threads", "1");
        Assert.Equal(0, Lanes(auto));
        foreach (var f in Files) Assert.Equal(File.ReadAllBytes(Path.Combine(single, f)), File.ReadAllBytes(Path.Combine(auto, f)));
        // Same experiments; outcomes within the tolerance of the single runs.
        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "experiments.parquet")), File.ReadAllBytes(Path.Combine(one, "experiments.parquet")));
        var expected = ResultReader.Read(single);
        var actual = ResultReader.Read(one);
        Assert.Equal(1400, actual.OutcomeRows.Length);
        int differing = 0;
        for (int i = 0; i < expected.OutcomeRows.Length; i++)
            for (int o = 0; o < expected.Outcomes.Count; o++)
            {
                Close(expected.OutcomeRows[i][o], actual.OutcomeRows[i][o], $"experiment {i}, {expected.Outcomes[o]}");
                if (expected.OutcomeRows[i][o] != actual.OutcomeRows[i][o]) differing++;
            }
        var expectedSeries = SeriesReader.Read(single);
        var actualSeries = SeriesReader.Read(one);
        Assert.Equal(expectedSeries.Count, actualSeries.Count);
        for (int s = 0; s < expectedSeries.Count; s++)
            for (int p = 0; p < expectedSeries[s].Policies.Count; p++)
                for (int r = 0; r < expectedSeries[s].Policies[p].Runs.Count; r++)
                    for (int y = 0; y < expectedSeries[s].Policies[p].Runs[r].Length; y++)
                    {
                        double e = expectedSeries[s].Policies[p].Runs[r][y], a = actualSeries[s].Policies[p].Runs[r][y];
                        Close(e, a, $"{expectedSeries[s].Outcome}, {expectedSeries[s].Policies[p].Policy}, run {r}, year {y}");
                        if (e != a) differing++;
                    }
        // Lock-step really ran: its exp/log are not libm's, so some values differ in their last bits.
        Assert.True(differing > 0, "lock-step output equals the single runs bit for bit: did it run in lock-step?");
    }

    [Fact]
    public void A_resume_must_use_the_mode_the_run_was_started_with()
    {
        if (ModelRunner.LockstepWidth == 0) return; // nothing to mix without 256-bit vectors
        var scenario = Scenario();
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "interrupted");
        // Interrupt a lock-step run once its manifest is written.
        using (var p = Cli.StartProcess("explore", scenario, "--out", output, "--lockstep", "on", "--checkpoint", "0"))
        {
            var manifest = Path.Combine(output, ResultWriter.PartialDirectory, ResultWriter.ManifestFile);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(manifest) && !p.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(5);
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        Assert.True(Directory.Exists(Path.Combine(output, ResultWriter.PartialDirectory)), "killed once its manifest was written, long before its end");
        var (code, _, err) = Spokes("explore", scenario, "--out", output, "--resume", "--lockstep", "off");
        Assert.Equal(2, code);
        Assert.Contains($"was started with lock-step on ({ModelRunner.LockstepWidth} lanes) and this one would run lock-step off (single runs)", err);
        Assert.Single(err.Trim().Split('\n'));
        // So is auto, which runs a design this small as single runs.
        var auto = Spokes("explore", scenario, "--out", output, "--resume");
        Assert.Equal(2, auto.Code);
        Assert.Contains("would run lock-step off (single runs)", auto.Err);
        // The same mode finishes it.
        var resumed = Spokes("explore", scenario, "--out", output, "--resume", "--lockstep", "on");
        Assert.True(resumed.Code == 0, resumed.Err);
        Assert.Equal(ModelRunner.LockstepWidth, Lanes(output));
    }

    /// <summary>A design of 10,000 experiments (auto's threshold) of one simulated year each, quick to run.</summary>
    private static string Large(string outcomes)
    {
        var path = Scenario(outcomes);
        File.WriteAllText(path, File.ReadAllText(path).Replace("end: 2030", "end: 2017").Replace("n: 700", "n: 5000"));
        return path;
    }

    [Fact]
    public void Auto_runs_large_designs_in_lockstep_and_falls_back_in_one_line_where_the_design_cannot()
    {
        var large = Large("""
                - {name: cpd, variable: capability_per_us_dollar}
        """);
        var lanes = Spokes("explore", large, "--out", Path.Combine(Path.GetDirectoryName(large)!, "auto"), "--threads", "2");
        Assert.True(lanes.Code == 0, lanes.Err);
        Assert.Equal(ModelRunner.LockstepWidth, Lanes(Path.Combine(Path.GetDirectoryName(large)!, "auto")));
        Assert.Equal(ModelRunner.LockstepWidth == 0 ? "lock-step: off, single runs instead (this processor has no 256-bit vectors)" : "", Messages(lanes.Err));

        var scenario = Large("""
                - {name: cpd, variable: capability_per_us_dollar}
                - {name: japan, actor: JPN, variable: spending_share}
        """);
        var dir = Path.GetDirectoryName(scenario)!;
        var (code, output, err) = Spokes("explore", scenario, "--out", Path.Combine(dir, "auto"), "--threads", "2");
        Assert.True(code == 0, err);
        Assert.Equal("lock-step: off, single runs instead (outcome 'japan' is an actor's, and lock-step records the alliance row only)", Messages(err));
        Assert.Equal(0, Lanes(Path.Combine(dir, "auto")));
        Assert.Contains("10000 experiments", output);

        var on = Spokes("explore", scenario, "--out", Path.Combine(dir, "on"), "--lockstep", "on");
        Assert.Equal(2, on.Code);
        Assert.Equal("error: --lockstep: field 'lockstep': this design cannot run in lock-step: outcome 'japan' is an actor's, and lock-step records the alliance row only", on.Err.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir, "on")));

        var bad = Spokes("explore", scenario, "--out", Path.Combine(dir, "bad"), "--lockstep", "maybe");
        Assert.Equal(2, bad.Code);
        Assert.Contains("'maybe' must be auto, on or off", bad.Err);
    }
}
