using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Gpu;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>`spokes explore`: run an experiment design (uncertainties × policies) and stream the results to disk.</summary>
internal static class ExploreCommands
{
    public static Command Explore(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML with an `experiments:` section (default: the built-in default and the default design)" };
        var sampler = new Option<string?>("--sampler") { Description = "mc, lhs, sobol, factorial, saltelli, morris (overrides the file)" };
        var n = new Option<long?>("--n") { Description = $"number of scenarios to sample, 1..{ExperimentSettings.MaxExperiments} (overrides the file; not with factorial, whose size is levels^inputs)" };
        var levels = new Option<int?>("--levels") { Description = "grid levels per input for factorial and morris, 2..100 (overrides the file)" };
        var seed = new Option<long?>("--seed") { Description = "master seed, 0..2147483647 (overrides the file)" };
        var threads = ThreadsOption.Create();
        threads.Description += "; not with --cluster, whose silos use every core";
        var output = OutFolder.Option("experiments.parquet, outcomes.parquet, series.parquet, metadata.json (default: out/explore-NAME-seedS)");
        var csv = new Option<bool>("--csv") { Description = "also write experiments.csv and outcomes.csv" };
        var checkpoint = new Option<double>("--checkpoint") { Description = "seconds between checkpoints, 0..3600: what a killed run loses (default 2; 0: after every block)", DefaultValueFactory = _ => 2 };
        var resume = new Option<bool>("--resume") { Description = "finish an interrupted run in --out (same scenario file and options)" };
        var lockstep = new Option<string>("--lockstep")
        {
            Description = "auto, on or off: run the experiments in SIMD lock-step (16 or 8 at once; results within 1e-12 relative of single runs, identical at any thread count). auto (the default) does from 10,000 experiments, where the design allows; on also below, and makes a design that cannot an error",
            DefaultValueFactory = _ => "auto",
        };
        var gpu = new Option<string>("--gpu")
        {
            Description = "off, on or emulate: run the experiments on a CUDA GPU (on: expected within 1e-12 relative of single runs, from the device's math emulated on the host; never yet run on a GPU) or, to check that path without one, the same kernel on ILGPU's CPU accelerator (emulate: slow, single runs' results bit for bit); not with --lockstep, --threads or --cluster",
            DefaultValueFactory = _ => "off",
        };
        var cluster = new Option<string?>("--cluster") { Description = "HOST:GATEWAYPORT[,…] of `spokes silo` gateways: run the blocks there (same results as a local run)" };
        var cmd = new Command("explore", "Sample the uncertainties, cross them with the policies, run every experiment in parallel and stream the results to Parquet; an interrupted run can be resumed.")
        {
            scenario, sampler, n, levels, seed, threads, output, csv, checkpoint, resume, lockstep, gpu, cluster,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var settings = Settings(parse.GetValue(scenario), parse.GetValue(sampler), parse.GetValue(n), parse.GetValue(seed), parse.GetValue(levels));
            int t = ThreadsOption.Resolve(parse.GetValue(threads));
            var hosts = parse.GetValue(cluster);
            if (hosts is not null && parse.GetResult(threads) is { Implicit: false })
                throw new InputException("--threads", 0, 0, "threads", "not with --cluster: the silos run each block on all their cores");
            long planned = UnitSample.Rows(settings) > ExperimentSettings.MaxExperiments ? long.MaxValue : UnitSample.Rows(settings) * settings.Design.Policies.Count;
            if (planned > ExperimentSettings.MaxExperiments)
                throw new InputException(settings.Design.Scenario.SourceFile, 0, 0, settings.Sampler == SamplerKind.FullFactorial ? "experiments.levels" : "experiments.n", $"the design would run more than {ExperimentSettings.MaxExperiments} experiments"
                    + (settings.Sampler == SamplerKind.FullFactorial ? $" (a full factorial has levels^inputs = {settings.Levels}^{settings.Design.Uncertainties.Count} scenarios per policy: lower the levels, or sample fewer inputs)" : ""));
            var matrix = new ExperimentMatrix(settings.Design, UnitSample.Draw(settings));
            string gpuMode = parse.GetValue(gpu)!;
            CheckGpu(gpuMode, matrix, hosts is not null, parse.GetResult(lockstep) is { Implicit: false }, parse.GetResult(threads) is { Implicit: false });
            int lanes = gpuMode == "off" ? Lanes(parse.GetValue(lockstep)!, matrix, stderr) : 0;
            // Opened before the output folder exists: `--gpu on` without a CUDA device leaves nothing behind.
            using var device = OpenDevice(gpuMode);
            var dir = OutFolder.Check(parse.GetValue(output)) ?? DefaultDirectory(settings.Design.Scenario.Name, settings.Seed);
            double every = parse.GetValue(checkpoint);
            if (!(every is >= 0 and <= 3600)) throw new InputException("--checkpoint", 0, 0, "checkpoint", $"{every} is outside 0..3600 seconds");
            using var writer = new ResultWriter(dir, settings.Design, parse.GetValue(csv), BlockSize, settings.Fingerprint(), parse.GetValue(resume), lanes,
                device is null ? null : GpuBlockRunner.Mode(device))
            {
                CheckpointInterval = TimeSpan.FromSeconds(every),
            };
            if (writer.CompletedExperiments > 0)
                stdout.WriteLine($"resuming: {Math.Min(writer.CompletedExperiments, matrix.ExperimentCount)} of {matrix.ExperimentCount} experiments already done");
            long start = Math.Min(writer.CompletedExperiments, RoundUp(matrix.ExperimentCount));
            var progress = Progress(stderr, matrix.ExperimentCount);
            TimeSpan elapsed;
            try
            {
                elapsed = hosts is not null
                    ? ClusterCommands.Evaluate(hosts, parse.GetValue(scenario), settings, matrix, writer, BlockSize, start, progress, stdout, stderr, lanes)
                    : new BlockEvaluator(new EvaluationOptions { Threads = t, BlockSize = BlockSize, Lockstep = lanes > 0, Gpu = device }).Evaluate(matrix, writer, progress, start: start);
            }
            catch (Exception e)
            {
                // A run that finished nothing (a cluster that never answered) leaves nothing behind to block the next;
                // one with finished blocks keeps them for --resume.
                writer.Abandon();
                // A device that fails during the run (out of memory, a launch error) is one line, not a stack trace.
                // Not reproducible without a GPU: untested on a real device failure.
                if (device is not null && e.GetType().Namespace?.StartsWith("ILGPU", StringComparison.Ordinal) == true)
                    throw new InputException("--gpu", 0, 0, "gpu", $"the device failed during the run ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}); finished blocks are kept for --resume");
                throw;
            }
            // The metadata first: the folder becomes complete only at the end of Complete(), so it never pairs new
            // results with an earlier run's metadata.
            RunMetadata.Write(dir, settings, matrix, t, elapsed, lanes, device);
            writer.Complete();
            stdout.WriteLine($"{matrix.ExperimentCount} experiments ({matrix.ScenarioCount} scenarios × {matrix.PolicyCount} policies, {settings.Sampler}, seed {settings.Seed}) in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s {(hosts is not null ? $"on the cluster at {hosts}" : device is not null ? $"on {device.Name}" : $"on {t} threads")}");
            stdout.WriteLine($"results in {dir}: {ResultWriter.ExperimentsFile}, {ResultWriter.OutcomesFile}{(settings.Design.SeriesOutcomeCount > 0 ? ", " + ResultWriter.SeriesFile : "")}, {RunMetadata.File}\n");
            var table = new TextTable("policy", "outcome", "mean", "sd", "min", "max");
            foreach (var row in writer.Summary)
                table.Add(row.Policy, row.Outcome, F(row.Mean), F(row.StandardDeviation), F(row.Min), F(row.Max));
            stdout.Write(table);
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>
    /// The lanes `--lockstep` asks for on this design and processor: 0 (single runs) with off; with auto also below
    /// <see cref="AutoLockstepExperiments"/> experiments, and where the design cannot run in lock-step (said in one
    /// line on <paramref name="stderr"/>); on is then an error.
    /// </summary>
    internal static int Lanes(string mode, ExperimentMatrix matrix, TextWriter stderr)
    {
        if (mode is not ("auto" or "on" or "off")) throw new InputException("--lockstep", 0, 0, "lockstep", $"'{mode}' must be auto, on or off");
        if (mode == "off" || mode == "auto" && matrix.ExperimentCount < AutoLockstepExperiments) return 0;
        if (new ModelRunner(matrix).LockstepObstacle is not { } why) return ModelRunner.LockstepWidth;
        if (mode == "on") throw new InputException("--lockstep", 0, 0, "lockstep", $"this design cannot run in lock-step: {why}");
        stderr.WriteLine($"lock-step: off, single runs instead ({why})");
        return 0;
    }

    /// <summary>
    /// Checks `--gpu` (off, on or emulate) and what it combines with: the GPU runs every block itself, so not with an
    /// explicit --lockstep or --threads, nor with --cluster; the design must allow blocks that share a plan.
    /// </summary>
    internal static void CheckGpu(string mode, ExperimentMatrix matrix, bool cluster, bool lockstep, bool threads)
    {
        if (mode is not ("off" or "on" or "emulate")) throw new InputException("--gpu", 0, 0, "gpu", $"'{mode}' must be off, on or emulate");
        if (mode == "off") return;
        if (cluster) throw new InputException("--gpu", 0, 0, "gpu", "not with --cluster: the silos run their blocks on their own processors");
        if (lockstep) throw new InputException("--gpu", 0, 0, "gpu", "not with --lockstep: the GPU path and lock-step are two ways to run a block; give one");
        if (threads) throw new InputException("--gpu", 0, 0, "gpu", "not with --threads: the device (or ILGPU's CPU accelerator) and the host's preparation use every core");
        if (new ModelRunner(matrix).GpuObstacle is { } why) throw new InputException("--gpu", 0, 0, "gpu", $"this design cannot run on the GPU path: {why}");
    }

    /// <summary>The device `--gpu` asks for: none (off), CUDA device 0 (on; without one, an error), or ILGPU's CPU
    /// accelerator (emulate).</summary>
    private static GpuDevice? OpenDevice(string mode)
    {
        if (mode == "off") return null;
        GpuDevice device;
        try { device = new GpuDevice(cpuOnly: mode == "emulate"); }
        catch (Exception e) when (e is not InputException)
        {
            throw new InputException("--gpu", 0, 0, "gpu", $"ILGPU could not open a device ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})");
        }
        if (mode == "on" && !device.IsGpu)
        {
            device.Dispose();
            throw new InputException("--gpu", 0, 0, "gpu", "no CUDA device found: run without --gpu, or with --gpu emulate to check the GPU path on ILGPU's CPU accelerator (slow)");
        }
        return device;
    }

    /// <summary>
    /// out/explore-NAME-seedS, with every character of the scenario's name other than letters, digits, '.', '-' and
    /// '_' replaced by '_': a name is text from the file, and "x/../../../tmp/y" must not write outside ./out.
    /// </summary>
    internal static string DefaultDirectory(string name, int seed)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        var dir = Path.Combine("out", $"explore-{safe}-seed{seed}");
        var root = Path.GetFullPath("out") + Path.DirectorySeparatorChar;
        return Path.GetFullPath(dir).StartsWith(root, StringComparison.Ordinal) ? dir
            : throw new InputException("name", 0, 0, "name", "the scenario name cannot make a folder under out/; give --out");
    }

    /// <summary>
    /// The smallest design `--lockstep auto` runs in lock-step. The lane code is compiled when first used (ReadyToRun
    /// cannot precompile it), which costs a fixed fraction of a second of CPU: lock-step took about the CPU of single
    /// runs at 2,000 experiments of the default design and less from 10,000 (docs/performance.md). A fixed size, not a
    /// timing, so the mode is a function of the design.
    /// </summary>
    internal const long AutoLockstepExperiments = 10_000;

    /// <summary>Experiments per durable block: a killed run loses at most one block.</summary>
    internal const int BlockSize = 1024;

    private static long RoundUp(long experiments) => (experiments + BlockSize - 1) / BlockSize * BlockSize;

    internal static ExperimentSettings Settings(string? file, string? sampler, long? n, long? seed, int? levels = null)
    {
        var scenario = SpokesCli.Load(file);
        var s = ExperimentSettings.From(scenario);
        if (sampler is not null) s = s with { Sampler = ExperimentSettings.ParseSampler(sampler) };
        if (n is { } size)
            s = s.Sampler == SamplerKind.FullFactorial
                ? throw new InputException("--n", 0, 0, "n", "a full factorial design has levels^inputs scenarios: give --levels, not --n")
                : size is >= 1 and <= ExperimentSettings.MaxExperiments ? s with { N = (int)size }
                : throw new InputException("--n", 0, 0, "n", $"{size} is outside 1..{ExperimentSettings.MaxExperiments}");
        if (levels is { } l)
            s = s.Sampler is not (SamplerKind.FullFactorial or SamplerKind.Morris)
                ? throw new InputException("--levels", 0, 0, "levels", $"only for the factorial and morris samplers (this design samples with {s.Sampler})")
                : l is >= 2 and <= 100 ? s with { Levels = l }
                : throw new InputException("--levels", 0, 0, "levels", $"{l} is outside 2..100");
        // The same range as `experiments.seed` in the file.
        if (seed is { } sd)
            s = sd is >= 0 and <= int.MaxValue ? s with { Seed = (int)sd, Design = s.Design with { Seed = (int)sd } }
                : throw new InputException("--seed", 0, 0, "seed", $"{sd} is outside 0..{int.MaxValue}");
        return s;
    }

    /// <summary>How often a progress line is written when standard error is not a terminal.</summary>
    internal static readonly TimeSpan ProgressLineInterval = TimeSpan.FromSeconds(5);

    /// <summary>Progress on standard error: a bar redrawn in place on a terminal; when standard error is redirected
    /// (a log, CI), one plain line every <see cref="ProgressLineInterval"/> and one at the end, so a long run is not
    /// silent. Nothing for a writer other than the console's (in-process callers and tests).</summary>
    internal static IProgress<long>? Progress(TextWriter stderr, long total, string what = "experiments")
    {
        if (!ReferenceEquals(stderr, Console.Error)) return null;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        return Progress(stderr, total, what, terminal: !Console.IsErrorRedirected, () => watch.Elapsed);
    }

    /// <summary>The progress reporter with the terminal test and the clock given (testable without waiting).</summary>
    internal static IProgress<long> Progress(TextWriter stderr, long total, string what, bool terminal, Func<TimeSpan> elapsed)
    {
        var gate = new object();
        TimeSpan? last = null;
        return new SynchronousProgress(done =>
        {
            lock (gate)
            {
                done = Math.Min(done, total);
                if (terminal) { stderr.Write(ProgressBar(done, total, elapsed(), what)); return; }
                var now = elapsed();
                if (done < total && last is { } l && now - l < ProgressLineInterval) return;
                if (done >= total && last == TimeSpan.MaxValue) return; // the final line once
                last = done >= total ? TimeSpan.MaxValue : now;
                stderr.Write(ProgressLine(done, total, now, what));
            }
        });
    }

    /// <summary>`progress:  45%  4500/10000 experiments  3.2 s` and a newline: the redirected form of the bar.</summary>
    internal static string ProgressLine(long done, long total, TimeSpan elapsed, string what) =>
        $"progress: {100 * (total > 0 ? (double)done / total : 1),3:0}%  {done}/{total} {what}  {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s\n";

    /// <summary>`\r[#########-----------]  45%  4500/10000 experiments  3.2 s`, with a newline when done.</summary>
    internal static string ProgressBar(long done, long total, TimeSpan elapsed, string what = "experiments")
    {
        const int width = 30;
        double share = total > 0 ? (double)done / total : 1;
        int filled = (int)Math.Round(share * width);
        return $"\r[{new string('#', filled)}{new string('-', width - filled)}] {100 * share,3:0}%  {done}/{total} {what}  {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
               + (done >= total ? "\n" : "");
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private static string F(double v) => v.ToString("G5", CultureInfo.InvariantCulture);
}
