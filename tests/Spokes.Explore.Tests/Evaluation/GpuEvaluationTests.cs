using MathNet.Numerics.Random;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Gpu;
using Spokes.Model.Outputs;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Evaluation;

/// <summary>
/// The evaluator's GPU path (<see cref="GpuBlockRunner"/>) on ILGPU's CPU accelerator, which runs the kernel as .NET
/// code (no GPU needed): every outcome equals the single runs' bit for bit, whatever the thread count, block size and
/// read-ahead; designs the path cannot run are refused.
/// </summary>
public class GpuEvaluationTests : IClassFixture<GpuEvaluationTests.Device>
{
    /// <summary>One CPU accelerator for the class (the kernel is compiled once per context).</summary>
    public sealed class Device : IDisposable
    {
        public GpuDevice Gpu { get; } = new(cpuOnly: true);
        public void Dispose() => Gpu.Dispose();
    }

    private readonly GpuDevice _device;
    public GpuEvaluationTests(Device fixture) => _device = fixture.Gpu;

    private static UncertaintySpec Uniform(string name, double min, double max) =>
        new(name, "uniform", u => min + u * (max - min), min, max);

    private const int End = 2022;

    /// <summary>Two policies; a parameter and public support uncertain; a final, a mean and a series outcome of the
    /// alliance row.</summary>
    private static ExperimentDesign Design(params OutcomeSpec[] extra) => new()
    {
        Scenario = ScenarioDefinition.Default with { EndYear = End },
        Uncertainties = [Uniform("threatTalkWeight", 0.5, 4), Uniform("bandwagonWeight", 0, 2), Uniform(UncertaintySpec.PublicSupport, 0.3, 0.95)],
        Policies = [new PolicySpec("threaten", "threaten", []), new PolicySpec("commit-and-cooperate", "commit-and-cooperate", [])],
        Outcomes =
        [
            new OutcomeSpec("capability_per_dollar", Variable.CapabilityPerDollar, "ALLIANCE", OutcomeStat.Final),
            new OutcomeSpec("distancing_mean", Variable.Distancing, "ALLIANCE", OutcomeStat.Mean),
            new OutcomeSpec("burden_share", Variable.BurdenShare, "ALLIANCE", OutcomeStat.Series),
            .. extra,
        ],
        Seed = 13,
    };

    private static double[][] Random(int n, int d, int seed)
    {
        var r = new Xoshiro256StarStar(seed, threadSafe: false);
        return Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => r.NextDouble()).ToArray()).ToArray();
    }

    private static long[] Bits(IEnumerable<double> values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    private static (long[] Scalars, long[] Series) InMemory(ExperimentMatrix m, EvaluationOptions options)
    {
        var sink = new InMemorySink();
        new BlockEvaluator(options).Evaluate(m, sink);
        return (Bits(sink.Scalars), Bits(Enumerable.Range(0, m.Design.Years).SelectMany(y => sink.SeriesColumn(m, 0, y))));
    }

    [Fact]
    public void The_GPU_path_on_the_CPU_accelerator_gives_the_single_runs_outcomes_bit_for_bit()
    {
        var m = new ExperimentMatrix(Design(), Random(45, 3, 4)); // 90 experiments
        Assert.Null(new ModelRunner(m).GpuObstacle);
        var single = InMemory(m, new EvaluationOptions { Threads = 2, BlockSize = 64 });
        var gpu = InMemory(m, new EvaluationOptions { Threads = 2, BlockSize = 17, Gpu = _device });
        Assert.Equal(single.Scalars, gpu.Scalars);
        Assert.Equal(single.Series, gpu.Series);

        // Blocks that straddle read-ahead ranges, served in order as the evaluator asks for them.
        var runner = new ModelRunner(m);
        using var blocks = new GpuBlockRunner(runner, _device) { ReadAhead = 32 };
        int ns = m.Design.ScalarOutcomeCount, nt = m.Design.SeriesOutcomeCount * m.Design.Years;
        var scalars = new double[m.ExperimentCount * ns];
        var series = new double[m.ExperimentCount * nt];
        for (long first = 0; first < m.ExperimentCount; first += 10)
        {
            int count = (int)Math.Min(10, m.ExperimentCount - first);
            blocks.RunBlock(first, count, scalars.AsSpan((int)first * ns, count * ns), series.AsSpan((int)first * nt, count * nt));
        }
        Assert.Equal(single.Scalars, Bits(scalars));
        // The sink's series are year-major; these are experiment-major, one outcome.
        Assert.Equal(single.Series, Bits(Enumerable.Range(0, m.Design.Years).SelectMany(y => Enumerable.Range(0, (int)m.ExperimentCount).Select(e => series[e * nt + y]))));
    }

    [Fact]
    public void Designs_the_GPU_path_cannot_run_are_refused_with_the_reason()
    {
        var actor = new ExperimentMatrix(Design(new OutcomeSpec("jpn", Variable.SpendingShare, "JPN", OutcomeStat.Final)), Random(3, 3, 1));
        Assert.Equal("outcome 'jpn' is an actor's, and the GPU path records the alliance row only", new ModelRunner(actor).GpuObstacle);
        var e = Assert.Throws<InvalidOperationException>(() => new BlockEvaluator(new EvaluationOptions { Gpu = _device }).Evaluate(actor, new InMemorySink()));
        Assert.Contains("cannot run on the GPU path", e.Message);
        Assert.Throws<ArgumentException>(() => new BlockEvaluator(new EvaluationOptions { Gpu = _device, Lockstep = true }));
    }
}
