using System.Diagnostics;

namespace Spokes.Cli.Tests;

/// <summary>
/// An exploration killed (SIGKILL) at random moments and resumed each time ends with the same files as a run that was
/// never interrupted. Runs the real `spokes` program in a child process.
/// </summary>
public class KillAndResumeTests
{

    private static Process Start(params string[] args) => Cli.StartProcess(args);

    private static int RunToEnd(params string[] args)
    {
        using var p = Start(args);
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode;
    }

    /// <param name="lockstep">single runs, and SIMD lock-step (where the processor has 256-bit vectors).</param>
    [Theory]
    [InlineData("off")]
    [InlineData("on")]
    public void A_run_killed_at_random_points_and_resumed_equals_an_uninterrupted_run(string lockstep)
    {
        if (lockstep == "on" && Spokes.Explore.Evaluation.ModelRunner.LockstepWidth == 0) return; // no lock-step here
        var dir = Directory.CreateTempSubdirectory("spokes-kill-").FullName;
        var scenario = Path.Combine(dir, "design.yaml");
        File.WriteAllText(scenario, """
            name: kill
            end: 2030
            experiments:
              sampler: lhs
              n: 4000
              seed: 9
              uncertainties:
                - {name: threatTalkWeight}
                - {name: bandwagonWeight}
                - {name: publicSupport, distribution: uniform, min: 0.3, max: 0.95}
              policies: [threaten, commit-and-cooperate]
              outcomes:
                - {name: cpd, variable: capability_per_us_dollar}
                - {name: share, variable: spending_share, stat: series}
            """);
        var whole = Path.Combine(dir, "whole");
        Assert.Equal(0, RunToEnd("explore", scenario, "--out", whole, "--csv", "--lockstep", lockstep));

        var killed = Path.Combine(dir, "killed");
        var random = new Random(20261128);
        int kills = 0;
        for (int attempt = 0; attempt < 12; attempt++)
        {
            bool started = Directory.Exists(Path.Combine(killed, ".partial"));
            if (!started && File.Exists(Path.Combine(killed, "outcomes.parquet"))) break;
            // A checkpoint after every block, so kills land between checkpoints, while a row group is being written
            // over the last checkpoint's footer, and during checkpoints, not only before the first one.
            var args = new List<string> { "explore", scenario, "--out", killed, "--csv", "--checkpoint", "0", "--lockstep", lockstep };
            if (started) args.Add("--resume");
            using var p = Start([.. args]);
            if (attempt < 4 && !p.WaitForExit(random.Next(300, 1500)))
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit();
                kills++;
                continue;
            }
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, p.StandardError.ReadToEnd());
        }
        Assert.True(kills >= 1, "at least one run was killed mid-way");
        Assert.False(Directory.Exists(Path.Combine(killed, ".partial")));
        foreach (var f in new[] { "experiments.parquet", "outcomes.parquet", "series.parquet", "experiments.csv", "outcomes.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(killed, f)));
    }
}
