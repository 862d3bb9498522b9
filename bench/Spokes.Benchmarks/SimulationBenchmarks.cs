using BenchmarkDotNet.Attributes;
using Spokes.Model.Outputs;
using Spokes.Model.Simulation;
using Spokes.Scenarios;

namespace Spokes.Benchmarks;

/// <summary>
/// The yearly loop alone: one <see cref="AllianceSimulation"/> built once and reused, as an ensemble worker would.
/// Default scenario: 9 actors × 14 years = 126 actor-years per run (throughput = 126 / mean). The 60-year run
/// (9 × 60 = 540 actor-years) shows the per-year cost and that a run's allocation does not grow with its length.
/// The default scenario keeps its levers and public support from year to year after the first, so the simulation skips
/// the start-of-year derivation pass (docs/performance.md); the third case drifts public support every year, so no pass
/// is skipped: the cost of a scenario whose inputs change every year.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    public const int DefaultActorYears = 9 * 14;
    public const int LongActorYears = 9 * 60;

    private AllianceSimulation _default = null!;
    private AllianceSimulation _long = null!;
    private AllianceSimulation _drifting = null!;
    private int _seed;

    [GlobalSetup]
    public void Setup()
    {
        _default = ScenarioPlan.Build(ScenarioDefinition.Default).CreateSimulation();
        var definition = ScenarioDefinition.Default with { Name = "long", EndYear = ScenarioDefinition.Default.BaselineYear + 60 };
        _long = ScenarioPlan.Build(definition).CreateSimulation();
        var plan = ScenarioPlan.Build(ScenarioDefinition.Default);
        int years = plan.Definition.EndYear - plan.Baseline.Year + 1;
        var drift = Enumerable.Range(0, years).Select(k => plan.Baseline.Hub.PublicSupport - 0.01 * k).ToArray();
        _drifting = new AllianceSimulation(plan.Baseline, plan.Parameters, plan.Levers,
            new Spokes.Model.Policy.Exogenous(plan.Baseline.Year, drift, plan.Definition.Growth), plan.Definition.EndYear, plan.Negotiation);
        if (_default.Trajectory.YearCount != 15 || _long.Trajectory.YearCount != 61 || _drifting.Trajectory.YearCount != 15)
            throw new InvalidOperationException("unexpected run lengths");
    }

    [Benchmark(Baseline = true, Description = "default scenario, 9 actors x 14 years")]
    public Trajectory DefaultRun() => _default.Run(++_seed);

    [Benchmark(Description = "default, public support changing every year")]
    public Trajectory DriftingRun() => _drifting.Run(++_seed);

    [Benchmark(Description = "60-year run, 9 actors x 60 years")]
    public Trajectory SixtyYearRun() => _long.Run(++_seed);
}
