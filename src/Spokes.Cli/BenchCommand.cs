using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes bench`: times repeated runs of a scenario on one thread (after a warm-up) and in parallel, and counts the
/// bytes a run allocates, in the unit of the performance target: actor-years per second per core (actors × simulated
/// years per run ÷ time). A quick figure; the BenchmarkDotNet suite in bench/ is the careful one (docs/performance.md).
/// </summary>
internal static class BenchCommand
{
    /// <summary>Untimed warm-up; the tests shorten it through the environment variable SPOKES_BENCH_WARMUP_SECONDS.</summary>
    private static double WarmUpSeconds =>
        double.TryParse(Environment.GetEnvironmentVariable("SPOKES_BENCH_WARMUP_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 2.0;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string?, ScenarioDefinition> load)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the built-in default)" };
        var runs = new Option<int>("--runs") { Description = "timed runs per measurement", DefaultValueFactory = _ => 20_000 };
        var cmd = new Command("bench", "Time repeated runs of a scenario (single thread and all cores) and count allocations per run.")
        {
            scenario, runs,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            int n = parse.GetValue(runs);
            if (n < 1) throw new InputException("--runs", 0, 0, "runs", "must be at least 1");
            var plan = ScenarioPlan.Build(load(parse.GetValue(scenario)));
            var sim = plan.CreateSimulation();
            // Warm-up for two seconds: tiered compilation (with dynamic PGO) needs time to reach optimised code.
            var warm = Stopwatch.StartNew();
            for (int i = 0; warm.Elapsed.TotalSeconds < WarmUpSeconds; i++) sim.Run(i);
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < n; i++) sim.Run(i);
            watch.Stop();
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            int years = plan.Definition.EndYear - plan.Baseline.Year;
            int actors = 1 + plan.Baseline.Spokes.Count + plan.Baseline.Threats.Count;
            double usPerRun = watch.Elapsed.TotalMicroseconds / n;

            var parallel = Stopwatch.StartNew();
            Parallel.For(0, Environment.ProcessorCount, new ParallelOptions(), worker =>
            {
                var local = plan.CreateSimulation();
                for (int i = worker; i < n; i += Environment.ProcessorCount) local.Run(i);
            });
            parallel.Stop();

            string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
            stdout.WriteLine($"scenario {plan.Definition.Name}: {actors} actors × {years} years, {n} runs");
            double actorYears = actors * years;
            stdout.WriteLine($"single thread: {F(usPerRun, "0.0")} µs per run, {F(1000 * usPerRun / years, "0")} ns per simulated year, {F(bytes / (double)n, "0")} bytes allocated per run");
            stdout.WriteLine($"  = {F(actorYears / usPerRun, "0.00")} million actor-years per second on one core");
            double runsPerSecond = n / parallel.Elapsed.TotalSeconds;
            stdout.WriteLine($"{Environment.ProcessorCount} threads: {F(runsPerSecond, "0")} runs per second = {F(runsPerSecond * actorYears / 1e6, "0.00")} million actor-years per second");
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
