using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.Intrinsics;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes bench`: times repeated runs of a scenario on one thread (after a warm-up) and in parallel, and counts the
/// bytes a run allocates, in the unit of the performance target: actor-years per second per core (actors × simulated
/// years per run ÷ time). A quick figure; the BenchmarkDotNet suite in bench/ is the careful one (docs/performance.md).
/// </summary>
internal static class BenchCommand
{
    /// <summary>Nanoseconds per actor-year of lock-step blocks of the scenario on one thread (every lane the scenario's
    /// inputs, each its own seed), after the same warm-up as the single runs; the alliance row recorded every year
    /// (<paramref name="allYears"/>, as a single run records) or at the end year only (as an ensemble whose outcomes are
    /// all end-year values, `spokes explore`'s default design among them).</summary>
    private static (double Wall, double? Cpu) LockstepNanoseconds<T>(ScenarioPlan plan, int runs, bool allYears) where T : struct, ILane<T>
    {
        var sim = new LockstepSimulation<T>(plan.Baseline, plan.Levers, plan.Exogenous, plan.Definition.EndYear) { AllYears = allYears };
        sim.Configure(Enumerable.Repeat(plan.Parameters, T.Width).ToArray(), Enumerable.Repeat(plan.Exogenous, T.Width).ToArray());
        var seeds = new int[T.Width];
        var warm = Stopwatch.StartNew();
        for (int i = 0; warm.Elapsed.TotalSeconds < WarmUpSeconds; i++) { seeds[0] = i; sim.Run(seeds); }
        int blocks = Math.Max(1, runs / T.Width);
        var cpu = ThreadCpu.Now();
        var watch = Stopwatch.StartNew();
        for (int b = 0; b < blocks; b++)
        {
            for (int k = 0; k < seeds.Length; k++) seeds[k] = b * T.Width + k;
            sim.Run(seeds);
        }
        double per = blocks * T.Width * (1.0 + plan.Baseline.Spokes.Count + plan.Baseline.Threats.Count) * (plan.Definition.EndYear - plan.Baseline.Year);
        return (watch.Elapsed.TotalNanoseconds / per, ThreadCpu.Since(cpu) / per);
    }

    /// <summary>
    /// CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)), in nanoseconds; null elsewhere.
    /// On a machine shared with other work the wall clock also counts the time the thread waited for a core; this
    /// does not, so it is the steadier figure there (it still pays for caches and cores shared with that work).
    /// </summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTime = 3;
        private struct Timespec { public long Seconds, Nanoseconds; }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        public static long? Now()
        {
            if (!OperatingSystem.IsLinux()) return null;
            try { return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1_000_000_000 + t.Nanoseconds : null; }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return null; }
        }

        public static double? Since(long? start) => start is { } s && Now() is { } now ? now - s : null;
    }

    /// <summary>Untimed warm-up; the tests shorten it through the environment variable SPOKES_BENCH_WARMUP_SECONDS.</summary>
    private static double WarmUpSeconds =>
        double.TryParse(Environment.GetEnvironmentVariable("SPOKES_BENCH_WARMUP_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 2.0;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string?, ScenarioDefinition> load)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the built-in default)" };
        var runs = new Option<int>("--runs") { Description = "timed runs per measurement", DefaultValueFactory = _ => 20_000 };
        var lockstep = new Option<bool>("--lockstep") { Description = "also time SIMD lock-step blocks (8 runs per Vector512, 16 per four Vector256) of the scenario" };
        var cmd = new Command("bench", "Time repeated runs of a scenario (single thread and all cores) and count allocations per run.")
        {
            scenario, runs, lockstep,
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
            var cpu = ThreadCpu.Now();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < n; i++) sim.Run(i);
            watch.Stop();
            double? singleCpu = ThreadCpu.Since(cpu);
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
            if (singleCpu is { } sc) stdout.WriteLine($"  CPU time of the thread: {F(sc / 1000 / n, "0.0")} µs per run = {F(sc / n / actorYears, "0.0")} ns per actor-year (wall time also counts waits for a core)");
            double runsPerSecond = n / parallel.Elapsed.TotalSeconds;
            stdout.WriteLine($"{Environment.ProcessorCount} threads: {F(runsPerSecond, "0")} runs per second = {F(runsPerSecond * actorYears / 1e6, "0.00")} million actor-years per second");
            if (parse.GetValue(lockstep))
            {
                if (plan.Negotiation is not null) throw new InputException("--lockstep", 0, 0, "negotiation", "a scenario with a host-support negotiation runs only as single runs");
                (double, double?) Lockstep(bool allYears) => Vector512.IsHardwareAccelerated
                    ? LockstepNanoseconds<Lane8>(plan, n, allYears) : LockstepNanoseconds<Lane16>(plan, n, allYears);
                var (ns, lockCpu) = Lockstep(allYears: true);
                string lanes = Vector512.IsHardwareAccelerated ? "8 lanes, Vector512" : "16 lanes, 4 × Vector256";
                stdout.WriteLine($"lock-step ({lanes}), one thread: {F(ns * actorYears / 1000, "0.00")} µs per run = {F(ns, "0.0")} ns per actor-year (single thread: {F(1000 * usPerRun / actorYears, "0.0")} ns)");
                if (lockCpu is { } lc && singleCpu is { } sc2)
                    stdout.WriteLine($"  CPU time of the thread: {F(lc, "0.0")} ns per actor-year (single thread: {F(sc2 / n / actorYears, "0.0")} ns)");
                // The same blocks recording the end year only: what an ensemble of end-year outcomes pays per actor-year.
                var (endNs, endCpu) = Lockstep(allYears: false);
                stdout.WriteLine($"  recording the end year only (an ensemble of end-year outcomes, as explore's default design): {F(endNs, "0.0")} ns per actor-year" +
                                 (endCpu is { } ec ? $", CPU time of the thread {F(ec, "0.0")} ns" : ""));
                // The operations of one run, counted on the generic mechanisms by the counting lane type.
                var counter = new LockstepSimulation<CountingLane>(plan.Baseline, plan.Levers, plan.Exogenous, plan.Definition.EndYear);
                counter.Configure([plan.Parameters], [plan.Exogenous]);
                CountingLane.Reset();
                counter.Run([1]);
                var (arithmetic, transcendental) = CountingLane.Counts;
                stdout.WriteLine($"operations per actor-year (counted): {F(arithmetic / actorYears, "0")} arithmetic, {F(transcendental / actorYears, "0.00")} exp/log/pow/tanh");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
