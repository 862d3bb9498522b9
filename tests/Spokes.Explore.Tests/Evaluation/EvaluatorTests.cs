using MathNet.Numerics.Random;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Model.Outputs;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Evaluation;

/// <summary>Runs alone (no other test class in parallel): the memory test reads the whole process's managed heap, which
/// tests running beside it would fill.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(RunsAlone))]
public class EvaluatorTests
{
    private static UncertaintySpec Uniform(string name, double min, double max) =>
        new(name, "uniform", u => min + u * (max - min), min, max);

    private static ExperimentDesign Design(int endYear = 2022) => new()
    {
        Scenario = ScenarioDefinition.Default with { EndYear = endYear },
        Uncertainties = [Uniform("threatTalkWeight", 0.5, 4), Uniform("negotiatedSpending", 0, 0.8), Uniform(UncertaintySpec.PublicSupport, 0.3, 0.95)],
        Policies = [new PolicySpec("threaten", "threaten", []), new PolicySpec("commit-and-cooperate", "commit-and-cooperate", [])],
        Outcomes =
        [
            new OutcomeSpec("capability_per_dollar", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final),
            new OutcomeSpec("distancing_mean", Variable.Distancing, "ALLIANCE", OutcomeStat.Mean),
            new OutcomeSpec("jpn_spending_share", Variable.SpendingShare, "JPN", OutcomeStat.Series),
        ],
        Seed = 11,
    };

    private static double[][] Random(int n, int d, int seed)
    {
        var r = new Xoshiro256StarStar(seed, threadSafe: false);
        return Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => r.NextDouble()).ToArray()).ToArray();
    }

    private static string RunToDisk(ExperimentMatrix m, int threads, int block, bool csv = true)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-explore-").FullName;
        var writer = new ResultWriter(dir, m.Design, csv, block);
        new BlockEvaluator(new EvaluationOptions { Threads = threads, BlockSize = block }).Evaluate(m, writer);
        writer.Complete();
        return dir;
    }

    [Fact]
    public void Results_are_byte_identical_at_one_two_and_eight_threads_and_any_block_size()
    {
        var m = new ExperimentMatrix(Design(), Random(150, 3, 1));
        var a = RunToDisk(m, threads: 1, block: 64);
        var b = RunToDisk(m, threads: 8, block: 64);
        var b2 = RunToDisk(m, threads: 2, block: 64);
        foreach (var f in new[] { ResultWriter.ExperimentsFile, ResultWriter.OutcomesFile, ResultWriter.SeriesFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b2, f)));
        var c = RunToDisk(m, threads: 2, block: 1000);
        foreach (var f in new[] { "experiments.csv", "outcomes.csv", ResultWriter.ExperimentsFile, ResultWriter.OutcomesFile, ResultWriter.SeriesFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
            if (f.EndsWith(".csv")) Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(c, f)));
        }
        Assert.False(Directory.Exists(Path.Combine(a, ResultWriter.PartialDirectory)));
    }

    /// <summary>Records the blocks it receives; fails on one of them; notices if two writes ever overlap.</summary>
    private sealed class CheckingSink(long failAt) : IResultSink
    {
        private int _writing;
        public List<long> Firsts { get; } = [];
        public bool Overlapped { get; private set; }

        public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
        {
            if (Interlocked.Exchange(ref _writing, 1) == 1) Overlapped = true;
            Thread.Sleep(5); // long enough for the next block's runs to finish meanwhile
            Firsts.Add(first);
            Volatile.Write(ref _writing, 0);
            if (first == failAt) throw new IOException($"disk full at block {first}");
        }
    }

    [Fact]
    public void Writes_overlap_the_next_blocks_runs_but_stay_one_at_a_time_in_order_and_a_failed_write_stops_the_run()
    {
        var m = new ExperimentMatrix(Design(endYear: 2018), Random(40, 3, 3)); // 80 experiments, blocks of 8
        var evaluator = new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 8 });
        var all = new CheckingSink(failAt: -1);
        evaluator.Evaluate(m, all);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => 8L * k), all.Firsts);
        Assert.False(all.Overlapped);

        var failing = new CheckingSink(failAt: 24);
        var e = Assert.Throws<IOException>(() => evaluator.Evaluate(m, failing));
        Assert.Contains("block 24", e.Message);
        Assert.Equal([0L, 8, 16, 24], failing.Firsts); // nothing after the failed block was handed over
        Assert.False(failing.Overlapped);
    }

    [Fact]
    public async Task A_cancelled_run_returns_only_after_the_write_in_progress_has_ended()
    {
        // Blocks of 6,000 experiments: block 1 takes tens of milliseconds to run, so the cancellation below lands
        // while the evaluator runs block 1 and the sink still holds block 0.
        var m = new ExperimentMatrix(Design(), Random(6000, 3, 4));
        using var cancel = new CancellationTokenSource();
        var sink = new HeldSink();
        var run = Task.Run(() => new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 6000 }).Evaluate(m, sink, cancel: cancel.Token));
        Assert.True(sink.Started.Wait(TimeSpan.FromSeconds(30)), "block 0 never reached the sink");
        cancel.Cancel();
        Assert.NotSame(run, await Task.WhenAny(run, Task.Delay(500)));
        // (had the run finished, it would have returned while block 0 was still being written)
        sink.Release.Set();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(1, sink.Writes);
    }

    /// <summary>Holds the first block it is given until released.</summary>
    private sealed class HeldSink : IResultSink
    {
        public ManualResetEventSlim Started { get; } = new();
        public ManualResetEventSlim Release { get; } = new();
        public int Writes { get; private set; }

        public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
        {
            Writes++;
            Started.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public void Experiments_cross_scenarios_with_policies_and_match_a_direct_run()
    {
        var design = Design();
        var m = new ExperimentMatrix(design, Random(4, 3, 2));
        Assert.Equal(8, m.ExperimentCount);
        Assert.Equal((2, 1), m.Locate(5));
        var sink = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 3 }).Evaluate(m, sink);
        // Experiment 5 = scenario 2 under commit-and-cooperate: run it by hand.
        var inputs = m.Inputs[2];
        var d = design.Scenario with
        {
            Posture = "commit-and-cooperate",
            PublicSupport = new Dictionary<int, double> { [2016] = inputs[2] },
            Parameters = new Dictionary<Spokes.Model.Parameters.ParameterId, double>
            {
                [Spokes.Model.Parameters.ParameterId.ThreatTalkWeight] = inputs[0],
                [Spokes.Model.Parameters.ParameterId.NegotiatedSpending] = inputs[1],
            },
        };
        var plan = ScenarioPlan.Build(d);
        var t = plan.CreateSimulation().Run(ExperimentMatrix.SeedFor(design.Seed, 5));
        Assert.Equal(t.Get(2022, "ALLIANCE", Variable.CapabilityPerDollar), sink.Column(m, 0)[5]);
    }

    [Fact]
    public void Seeds_depend_on_master_seed_and_index_only()
    {
        Assert.Equal(ExperimentMatrix.SeedFor(3, 77), ExperimentMatrix.SeedFor(3, 77));
        Assert.NotEqual(ExperimentMatrix.SeedFor(3, 77), ExperimentMatrix.SeedFor(3, 78));
        Assert.NotEqual(ExperimentMatrix.SeedFor(3, 77), ExperimentMatrix.SeedFor(4, 77));
    }

    [Fact]
    public void No_result_file_appears_under_its_final_name_before_completion()
    {
        var m = new ExperimentMatrix(Design(), Random(10, 3, 3));
        var dir = Directory.CreateTempSubdirectory("spokes-explore-").FullName;
        var writer = new ResultWriter(dir, m.Design, csv: true, blockSize: 4);
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 4 }).Evaluate(m, writer);
        writer.Dispose(); // the run dies here
        // Not completed: only the durable blocks (and the folder's lock file) exist, nothing under a final name.
        Assert.Equal([OutputLock.FileName, OutputLock.OwnerFile], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, ResultWriter.PartialDirectory)));
        var e = Assert.Throws<Spokes.InputException>(() => new ResultWriter(dir, m.Design, csv: true, blockSize: 4));
        Assert.Contains("an unfinished run is here", e.Message);
    }

    [Fact]
    public void A_resumed_run_ends_with_the_same_bytes_as_an_uninterrupted_one()
    {
        var m = new ExperimentMatrix(Design(), Random(40, 3, 6));
        var whole = RunToDisk(m, threads: 2, block: 8);
        var dir = Directory.CreateTempSubdirectory("spokes-resume-").FullName;
        // First attempt dies after three blocks (simulated by running only the first 24 experiments).
        var first = new ResultWriter(dir, m.Design, csv: true, blockSize: 8, fingerprint: "f");
        var partial = new ExperimentMatrix(Design(), Random(40, 3, 6));
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 8 }).Evaluate(partial, new StopAfter(first, 24));
        first.Dispose(); // the process dies: the kernel releases its lock
        var resumed = new ResultWriter(dir, m.Design, csv: true, blockSize: 8, fingerprint: "f", resume: true);
        Assert.Equal(24, resumed.CompletedExperiments);
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 8 }).Evaluate(m, resumed, start: resumed.CompletedExperiments);
        resumed.Complete();
        foreach (var f in new[] { "experiments.csv", "outcomes.csv", ResultWriter.ExperimentsFile, ResultWriter.OutcomesFile, ResultWriter.SeriesFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(dir, f)));
        var done = Assert.Throws<Spokes.InputException>(() => new ResultWriter(dir, m.Design, csv: true, blockSize: 8, fingerprint: "f", resume: true));
        Assert.Contains("already complete", done.Message);
    }

    [Fact]
    public void A_resume_with_another_design_is_refused()
    {
        var m = new ExperimentMatrix(Design(), Random(10, 3, 7));
        var dir = Directory.CreateTempSubdirectory("spokes-resume-").FullName;
        new ResultWriter(dir, m.Design, csv: false, blockSize: 8, fingerprint: "one").Dispose();
        var e = Assert.Throws<Spokes.InputException>(() => new ResultWriter(dir, m.Design, csv: false, blockSize: 8, fingerprint: "two", resume: true));
        Assert.Contains("another design", e.Message);
    }

    /// <summary>Passes blocks on until a limit, then drops them, as a run killed at that point would.</summary>
    private sealed class StopAfter(IResultSink inner, long limit) : IResultSink
    {
        public void WriteBlock(ExperimentMatrix matrix, long first, int count, double[] scalars, double[] series)
        {
            if (first + count <= limit) inner.WriteBlock(matrix, first, count, scalars, series);
        }
    }

    [Fact]
    public void A_hundred_thousand_experiments_keep_memory_flat()
    {
        var design = Design(endYear: 2017) with { Policies = [new PolicySpec("status-quo", "status-quo", [])] };
        design = design with { Outcomes = design.Outcomes.Where(o => !o.IsSeries).ToList() };
        var m = new ExperimentMatrix(design, Random(100_000, 3, 4));
        var dir = Directory.CreateTempSubdirectory("spokes-explore-").FullName;
        var samples = new List<long>();
        var writer = new ResultWriter(dir, design, csv: false, blockSize: 4096);
        var progress = new SynchronousProgress(done =>
        {
            if (done % 20_480 == 0) samples.Add(GC.GetTotalMemory(forceFullCollection: true));
        });
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = 4096 }).Evaluate(m, writer, progress);
        writer.Complete();
        Assert.True(samples.Count >= 4);
        long growth = samples[^1] - samples[1];
        Assert.True(growth < 8_000_000, $"managed memory grew by {growth} bytes between block {1} and the end");
        Assert.True(new FileInfo(Path.Combine(dir, ResultWriter.OutcomesFile)).Length > 100_000);
    }

    [Fact]
    public void Recording_only_the_final_alliance_row_gives_the_outcomes_a_full_record_gives()
    {
        // Final-year alliance outcomes alone let the runner record one row of one year; adding a mean and an actor's
        // outcome makes it record everything. The shared outcomes must agree bit for bit.
        var finals = Design().Outcomes.Where(o => o.Stat == OutcomeStat.Final).ToList();
        var lean = Design() with { Outcomes = finals };
        var full = Design() with { Outcomes = [.. finals, .. Design().Outcomes.Where(o => o.Stat != OutcomeStat.Final)] };
        var inputs = Random(20, 3, 5);
        var a = new ModelRunner(new ExperimentMatrix(lean, inputs));
        var b = new ModelRunner(new ExperimentMatrix(full, inputs));
        int years = 2022 - ScenarioDefinition.Default.BaselineYear;
        for (long e = 0; e < 40; e++)
        {
            var x = new double[finals.Count];
            var y = new double[full.Outcomes.Count(o => !o.IsSeries)];
            a.Run(e, x, []);
            b.Run(e, y, new double[years]);
            Assert.Equal(x, y.Take(finals.Count));
        }
    }

    private static ExperimentDesign AllianceDesign() => Design() with
    {
        Outcomes =
        [
            new OutcomeSpec("capability_per_dollar", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final),
            new OutcomeSpec("distancing_mean", Variable.Distancing, "ALLIANCE", OutcomeStat.Mean),
            new OutcomeSpec("burden_share", Variable.BurdenShare, "ALLIANCE", OutcomeStat.Series),
        ],
    };

    private static (double[] Scalars, double[] Series) InMemory(ExperimentMatrix m, int threads, int block, bool lockstep)
    {
        var sink = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = threads, BlockSize = block, Lockstep = lockstep }).Evaluate(m, sink);
        int years = 2022 - ScenarioDefinition.Default.BaselineYear;
        return (sink.Scalars.ToArray(), Enumerable.Range(0, years).SelectMany(y => sink.SeriesColumn(m, 0, y)).ToArray());
    }

    [Fact]
    public void Lockstep_results_are_identical_at_any_thread_count_and_block_size_and_within_tolerance_of_single_runs()
    {
        var m = new ExperimentMatrix(AllianceDesign(), Random(45, 3, 3)); // 90 experiments: short lane blocks included
        Assert.True(new ModelRunner(m).CanRunLockstep);
        var one = InMemory(m, threads: 1, block: 64, lockstep: true);
        var two = InMemory(m, threads: 2, block: 17, lockstep: true);
        Assert.Equal(one.Scalars.Select(BitConverter.DoubleToInt64Bits), two.Scalars.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(one.Series.Select(BitConverter.DoubleToInt64Bits), two.Series.Select(BitConverter.DoubleToInt64Bits));
        var scalar = InMemory(m, threads: 2, block: 64, lockstep: false);
        foreach (var (a, e) in one.Scalars.Concat(one.Series).Zip(scalar.Scalars.Concat(scalar.Series)))
            Assert.True(Math.Abs(a - e) <= 1e-12 * Math.Max(Math.Abs(e), 1e-3), $"lock-step {a:R}, single run {e:R}");
    }

    [Fact]
    public void A_design_with_an_actor_outcome_is_not_run_in_lockstep() =>
        Assert.False(new ModelRunner(new ExperimentMatrix(Design(), Random(4, 3, 3))).CanRunLockstep);

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
