using System.Diagnostics;
using System.Globalization;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Scenarios;

namespace Spokes.Benchmarks;

/// <summary>
/// The CPU an exploration costs with and without its results pipeline, for the issue-17 target ("explore at most
/// 1.2× the CPU of the in-memory ensemble"): <c>pipeline-cpu memory|disk[-lockstep|-gpu] N [THREADS] [DIR]</c> runs the default
/// explore design (the built-in scenario, <c>spokes explore</c>'s default uncertainties and outcomes) with N scenarios
/// (<c>-lockstep</c>: in SIMD lock-step; <c>-gpu</c>: on the GPU path, the device's compile included),
/// either into an <see cref="InMemorySink"/> or through <see cref="ResultWriter"/> to Parquet in DIR (the summary
/// table included), and prints wall time and the process's CPU time (user + system, all threads) for the evaluation
/// alone. Run it under <c>/usr/bin/time</c> for the whole process. Not a BenchmarkDotNet job: BenchmarkDotNet measures
/// wall time, and the target is CPU.
/// </summary>
public static class PipelineCpu
{
    public static void Run(string[] args)
    {
        // "memory-lockstep" / "disk-lockstep": the same with the experiments in SIMD lock-step, as `explore` runs
        // them by default from 10,000 experiments; "memory-gpu" / "disk-gpu": on the GPU path (`explore --gpu on`:
        // CUDA device 0, or ILGPU's CPU accelerator where there is none, as the first line says).
        bool lockstep = args[1].EndsWith("-lockstep", StringComparison.Ordinal);
        bool gpu = args[1].EndsWith("-gpu", StringComparison.Ordinal);
        string mode = lockstep ? args[1][..^"-lockstep".Length] : gpu ? args[1][..^"-gpu".Length] : args[1];
        int n = int.Parse(args[2], CultureInfo.InvariantCulture);
        int threads = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var settings = ExperimentSettings.From(ScenarioDefinition.Default) with { N = n };
        var matrix = new ExperimentMatrix(settings.Design, UnitSample.Draw(settings));
        using var device = gpu ? new Spokes.Gpu.GpuDevice() : null;
        if (device is not null) Console.WriteLine($"accelerator: {device.Name}");
        var options = new EvaluationOptions { Threads = threads, BlockSize = 1024, Lockstep = lockstep, Gpu = device };
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        long jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        long allocated = GC.GetTotalAllocatedBytes(precise: false);
        int collections = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        int rows;
        if (mode == "memory")
        {
            var sink = new InMemorySink();
            new BlockEvaluator(options).Evaluate(matrix, sink);
            rows = sink.Scalars.Count;
        }
        else if (mode == "writer")
        {
            // The writer alone, fed made-up outcomes: what the pipeline costs without the model.
            var dir = args.Length > 4 ? args[4] : Path.Combine(Path.GetTempPath(), $"spokes-pipeline-cpu-{Environment.ProcessId}");
            using var writer = new ResultWriter(dir, settings.Design, csv: false, blockSize: 1024, fingerprint: settings.Fingerprint());
            int ns = settings.Design.ScalarOutcomeCount;
            var random = new Random(1);
            var scalars = Enumerable.Range(0, 1024 * ns).Select(_ => random.NextDouble()).ToArray();
            for (long first = 0; first < matrix.ExperimentCount; first += 1024)
                writer.WriteBlock(matrix, first, (int)Math.Min(1024, matrix.ExperimentCount - first), scalars, []);
            writer.Complete();
            rows = writer.Summary.Count;
        }
        else
        {
            var dir = args.Length > 4 ? args[4] : Path.Combine(Path.GetTempPath(), $"spokes-pipeline-cpu-{Environment.ProcessId}");
            using var writer = new ResultWriter(dir, settings.Design, csv: false, blockSize: 1024, fingerprint: settings.Fingerprint());
            new BlockEvaluator(options).Evaluate(matrix, writer);
            writer.Complete();
            rows = writer.Summary.Count;
        }
        wall.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[1]}: {matrix.ExperimentCount} experiments on {threads} threads: wall {wall.Elapsed.TotalSeconds:0.000} s, CPU {used.TotalSeconds:0.000} s ({rows})"));
        if (OperatingSystem.IsLinux()) Console.WriteLine("  CPU by thread since start: " + ThreadTimes());
        // The JIT's share of that CPU (all threads): what a run pays to compile code that ReadyToRun did not cover, and
        // to recompile hot code at the optimised tier.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which JIT: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods, {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:0.000} s; allocated {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:0} MB, {GC.CollectionCount(0) - collections} collections"));
    }

    /// <summary>User + system seconds per thread name (Linux /proc; names cut to 15 characters by the kernel), largest first.</summary>
    private static string ThreadTimes()
    {
        double tick = 100; // USER_HZ on Linux
        var byName = new Dictionary<string, double>();
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                double seconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / tick;
                byName[name] = byName.GetValueOrDefault(name) + seconds;
            }
            catch (IOException) { }
        }
        return string.Join(", ", byName.Where(kv => kv.Value >= 0.01).OrderByDescending(kv => kv.Value)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:0.00}")));
    }
}
