using BenchmarkDotNet.Attributes;
using Spokes.Explore.Distributions;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Samplers;
using Spokes.Model.Parameters;
using Spokes.Scenarios;

namespace Spokes.Benchmarks;

/// <summary>
/// An ensemble end to end: 2,048 LHS scenarios of 3 uncertainties × 2 policies = 4,096 experiments (each on a pooled
/// <see cref="Spokes.Model.Simulation.AllianceSimulation"/> reconfigured for it, as <see cref="ModelRunner"/> does) through
/// <see cref="BlockEvaluator"/> into an <see cref="InMemorySink"/>, on 1 and 2 threads, as single runs and in SIMD lock-step.
/// </summary>
[MemoryDiagnoser]
public class EnsembleBenchmarks
{
    public const int Scenarios = 2048;
    public const int Experiments = Scenarios * 2;

    private ExperimentMatrix _matrix = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Single runs (bit for bit) or SIMD lock-step blocks (within 1e-12; docs/performance.md).</summary>
    [Params(false, true)]
    public bool Lockstep { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioDefinition.Default;
        var uncertainties = new[] { ParameterId.NegotiatedSpending, ParameterId.ThreatTalkWeight, ParameterId.CooperationSynergy }
            .Select(id => ParameterCatalog.Get(id))
            .Select(p => DesignReader.Parameter(p.Key, new Uniform(p.Min, p.Max), "uniform"))
            .ToList();
        var design = new ExperimentDesign
        {
            Scenario = scenario,
            Uncertainties = uncertainties,
            Policies = [new PolicySpec("status-quo", "status-quo", []), new PolicySpec("commit-and-cooperate", "commit-and-cooperate", [])],
            Outcomes = DesignReader.DefaultOutcomes,
            Seed = 1,
        };
        var samples = new LatinHypercubeSampler().Sample(Scenarios, uncertainties.Count, SeededRandom.Create(1));
        _matrix = new ExperimentMatrix(design, samples);
        if (_matrix.ExperimentCount != Experiments) throw new InvalidOperationException("unexpected experiment count");
    }

    [Benchmark(Description = "4,096 experiments (3 uncertainties x 2 policies), BlockEvaluator + InMemorySink")]
    public InMemorySink Ensemble()
    {
        var sink = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = Threads, Lockstep = Lockstep }).Evaluate(_matrix, sink);
        return sink;
    }
}
