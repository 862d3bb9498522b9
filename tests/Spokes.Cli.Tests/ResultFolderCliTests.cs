using System.Diagnostics;

namespace Spokes.Cli.Tests;

/// <summary>Issue 19, "results lost or mixed", through the CLI: the folder lock, readers that refuse an unfinished
/// folder, and a scenario name that tried to write outside ./out.</summary>
public class ResultFolderCliTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Scenario(string dir, string name, int n) =>
        WriteTo(Path.Combine(dir, "design.yaml"), $"name: \"{name}\"\nend: 2020\nexperiments:\n  n: {n}\n  uncertainties:\n    - {{name: threatTalkWeight}}\n  outcomes:\n    - {{name: cpd, variable: capability_per_us_dollar}}\n");

    private static string WriteTo(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Name_with_path_traversal_never_writes_outside_the_output_root()
    {
        var work = Directory.CreateTempSubdirectory("spokes-traversal-").FullName;
        var cwd = Directory.CreateDirectory(Path.Combine(work, "a", "b", "c", "d", "cwd")).FullName;
        var scenario = Scenario(work, "x/../../../../escaped", 8);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spokes.dll"));
        foreach (var a in new[] { "explore", scenario, "--threads", "1" }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, await err);
        Assert.True(Directory.Exists(Path.Combine(cwd, "out", "explore-x_.._.._.._.._escaped-seed1")));
        Assert.DoesNotContain(Directory.GetDirectories(work, "*escaped*", SearchOption.AllDirectories),
            d => !d.StartsWith(Path.Combine(cwd, "out") + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void Second_explore_is_refused_while_the_first_is_alive()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-lock-").FullName;
        var scenario = Scenario(dir, "long", 2_000_000);
        var output = Path.Combine(dir, "out");
        using var first = Cli.StartProcess("explore", scenario, "--out", output, "--threads", "1");
        try
        {
            // Wait until the first run holds the folder (its manifest is written after the lock is taken).
            var manifest = Path.Combine(output, ".partial", "manifest.json");
            for (int i = 0; i < 600 && !File.Exists(manifest) && !first.HasExited; i++) Thread.Sleep(100);
            Assert.True(File.Exists(manifest), "the first run never started writing");
            var (code, _, err) = Spokes("explore", scenario, "--out", output, "--resume", "--threads", "1");
            Assert.Equal(2, code);
            Assert.Contains("another spokes run is writing here (pid ", err);
            var read = Spokes("discover", output, "--outcome", "cpd");
            Assert.Equal(2, read.Code);
            Assert.Contains("a spokes run is writing here", read.Err);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }
        // Killed: its lock is gone with it, and the folder is resumable (a smaller n would be another design).
        var again = Spokes("discover", output, "--outcome", "cpd");
        Assert.Equal(2, again.Code);
        Assert.Contains("the run here is unfinished", again.Err);
    }

    [Fact]
    public void Readers_refuse_an_unfinished_folder()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-unfinished-").FullName;
        var scenario = Scenario(dir, "small", 16);
        var output = Path.Combine(dir, "out");
        Assert.Equal(0, Spokes("explore", scenario, "--out", output, "--threads", "1").Code);
        Assert.Equal(0, Spokes("discover", output, "--outcome", "cpd", "--threshold", "0.5", "--resample", "0").Code);
        // A later run over it that was killed mid-merge leaves `.partial/` beside the earlier run's files.
        Directory.CreateDirectory(Path.Combine(output, ".partial"));
        var discover = Spokes("discover", output, "--outcome", "cpd");
        Assert.Equal(2, discover.Code);
        Assert.Contains("the run here is unfinished", discover.Err);
        var report = Spokes("report", "--explore", output, "--out", Path.Combine(dir, "report"));
        Assert.Equal(2, report.Code);
        Assert.Contains("the run here is unfinished", report.Err);
    }
}
