using System.Text.Json;
using Spokes.Explore.Results;
using Spokes.Gpu;

namespace Spokes.Cli.Tests;

/// <summary>
/// `spokes explore --gpu`, run as a user runs it, without a GPU: `emulate` runs the GPU kernel on ILGPU's CPU
/// accelerator and must give the single runs' files bit for bit; `on` without a CUDA device, a design the GPU path
/// cannot run, a bad value or a clashing option stop with one line, exit code 2 and no output folder; the mode is
/// recorded, and a resume in another mode is refused.
/// </summary>
public class GpuCliTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    // Two policies and 40 scenarios: 80 experiments, a short run even on the CPU accelerator. Public support moves the
    // experiments apart; a series outcome reads every year.
    private static string Scenario(string outcomes = """
                - {name: cpd, variable: capability_per_us_dollar}
                - {name: risk, variable: proliferation_risk, stat: mean}
                - {name: share, variable: spending_share, stat: series}
        """, int n = 40) => Cli.WriteBlockDesign("gpu", n, seed: 9, outcomes);

    private static readonly string[] Files = ["experiments.parquet", "outcomes.parquet", "series.parquet", "experiments.csv", "outcomes.csv"];

    private static JsonElement Metadata(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, RunMetadata.File))).RootElement;

    /// <summary>Asserts a one-line usage error that names --gpu and leaves no output folder.</summary>
    private static void Refused((int Code, string Out, string Err) run, string output, string problem)
    {
        Assert.Equal(2, run.Code);
        var lines = run.Err.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: --gpu: field 'gpu': ", lines[0]);
        Assert.Contains(problem, lines[0]);
        Assert.False(Directory.Exists(output), "a refused run left its output folder");
    }

    [Fact]
    public void Emulate_gives_the_single_runs_files_bit_for_bit_and_records_its_mode()
    {
        var scenario = Scenario();
        var dir = Path.GetDirectoryName(scenario)!;
        var single = Path.Combine(dir, "single");
        var emulated = Path.Combine(dir, "emulated");
        var off = Spokes("explore", scenario, "--out", single, "--csv", "--lockstep", "off");
        Assert.True(off.Code == 0, off.Err);
        var gpu = Spokes("explore", scenario, "--out", emulated, "--csv", "--gpu", "emulate");
        Assert.True(gpu.Code == 0, gpu.Err);
        Assert.Contains("80 experiments", gpu.Out);
        Assert.Contains("on CPU accelerator (ILGPU, no GPU)", gpu.Out);
        foreach (var f in Files) Assert.Equal(File.ReadAllBytes(Path.Combine(single, f)), File.ReadAllBytes(Path.Combine(emulated, f)));
        Assert.Equal("emulated", Metadata(emulated).GetProperty("gpu").GetString());
        Assert.Equal(0, Metadata(emulated).GetProperty("lockstepLanes").GetInt32());
        Assert.Equal("off", Metadata(single).GetProperty("gpu").GetString());
    }

    [Fact]
    public void On_without_a_CUDA_device_a_design_it_cannot_run_bad_values_and_clashing_options_are_one_line_errors()
    {
        var scenario = Scenario();
        var dir = Path.GetDirectoryName(scenario)!;
        var output = Path.Combine(dir, "out");
        using (var device = new GpuDevice())
            if (!device.IsGpu) // on a machine with a GPU, `on` runs: nothing to refuse
                Refused(Spokes("explore", scenario, "--out", output, "--gpu", "on"), output, "no CUDA device found");
        Refused(Spokes("explore", scenario, "--out", output, "--gpu", "maybe"), output, "'maybe' must be off, on or emulate");
        Refused(Spokes("explore", scenario, "--out", output, "--gpu", "emulate", "--lockstep", "off"), output, "not with --lockstep");
        Refused(Spokes("explore", scenario, "--out", output, "--gpu", "emulate", "--threads", "1"), output, "not with --threads");
        Refused(Spokes("explore", scenario, "--out", output, "--gpu", "emulate", "--cluster", "127.0.0.1:1"), output, "not with --cluster");
        var actor = Scenario("""
                - {name: japan, actor: JPN, variable: spending_share}
        """);
        Refused(Spokes("explore", actor, "--out", output, "--gpu", "emulate"), output,
            "this design cannot run on the GPU path: outcome 'japan' is an actor's, and the GPU path records the alliance row only");
    }

    [Fact]
    public void A_resume_must_use_the_mode_the_run_was_started_with()
    {
        // Killed once its manifest is written, before the kernel is even compiled: 1,400 experiments are plenty.
        var scenario = Scenario(n: 700);
        var output = Path.Combine(Path.GetDirectoryName(scenario)!, "interrupted");
        using (var p = Cli.StartProcess("explore", scenario, "--out", output, "--gpu", "emulate", "--checkpoint", "0"))
        {
            var manifest = Path.Combine(output, ResultWriter.PartialDirectory, ResultWriter.ManifestFile);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(manifest) && !p.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(5);
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        Assert.True(Directory.Exists(Path.Combine(output, ResultWriter.PartialDirectory)), "killed once its manifest was written, long before its end");
        var refused = Spokes("explore", scenario, "--out", output, "--resume", "--lockstep", "off");
        Assert.Equal(2, refused.Code);
        Assert.Single(refused.Err.Trim().Split('\n'));
        Assert.Contains("was started with --gpu emulate (ILGPU's CPU accelerator) and this one would run lock-step off (single runs)", refused.Err);
        // The default (lock-step auto) is another mode too.
        var auto = Spokes("explore", scenario, "--out", output, "--resume");
        Assert.Equal(2, auto.Code);
        Assert.Contains("was started with --gpu emulate", auto.Err);
        Assert.True(Directory.Exists(Path.Combine(output, ResultWriter.PartialDirectory)), "a refused resume keeps the unfinished run");
        // The same mode finishes it, with the single runs' files.
        var resumed = Spokes("explore", scenario, "--out", output, "--resume", "--gpu", "emulate");
        Assert.True(resumed.Code == 0, resumed.Err);
        Assert.Equal("emulated", Metadata(output).GetProperty("gpu").GetString());
        var single = Path.Combine(Path.GetDirectoryName(scenario)!, "single");
        var off = Spokes("explore", scenario, "--out", single, "--lockstep", "off");
        Assert.True(off.Code == 0, off.Err);
        foreach (var f in Files.Take(3)) Assert.Equal(File.ReadAllBytes(Path.Combine(single, f)), File.ReadAllBytes(Path.Combine(output, f)));
    }
}
