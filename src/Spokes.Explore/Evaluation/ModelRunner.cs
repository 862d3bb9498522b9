using System.Collections.Concurrent;
using Spokes.Explore.Experiments;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Scenarios;

namespace Spokes.Explore.Evaluation;

/// <summary>
/// Runs one experiment of a matrix on the alliance model and reduces its trajectory to the outcomes. The per-policy
/// plans (baseline, lever schedule, exogenous drivers) are built once and shared read-only between threads. Thread-safe:
/// each call borrows a set of simulations (one per policy) from a pool and reconfigures one for the experiment, so a
/// worker reuses its buffers instead of building a simulation (about 40 KB) per experiment.
/// </summary>
public sealed class ModelRunner
{
    private readonly ExperimentMatrix _matrix;
    private readonly ScenarioPlan[] _plans;
    private readonly ParameterId?[] _targets;
    private readonly Spokes.Scenarios.Data.BaselineVariable?[] _starts;
    private readonly OutcomeSpec[] _scalars;
    private readonly OutcomeSpec[] _series;
    // The uncertainties that are model parameters: their input columns and ids (set with one copy per experiment).
    private readonly int[] _parameterColumns;
    private readonly ParameterId[] _parameterIds;
    private readonly RecordMask _record;
    private readonly ConcurrentBag<AllianceSimulation?[]> _pool = [];

    public ModelRunner(ExperimentMatrix matrix)
    {
        _matrix = matrix;
        var d = matrix.Design;
        _plans = d.Policies.Select(p => ScenarioPlan.Build(d.Scenario with { Posture = p.Posture, Levers = d.Scenario.Levers.Concat(p.Levers).ToList() })).ToArray();
        _starts = d.Uncertainties.Select(u => u.Name.StartsWith(Spokes.Scenarios.Data.BaselineVariable.Prefix, StringComparison.Ordinal)
            ? Spokes.Scenarios.Data.BaselineVariable.Parse(u.Name, _plans[0].Baseline, out var problem) ?? throw new ArgumentException($"uncertainty '{u.Name}': {problem}")
            : null).ToArray();
        _targets = d.Uncertainties.Select((u, j) => u.Name == UncertaintySpec.PublicSupport || _starts[j] is not null
            ? (ParameterId?)null
            : ParameterCatalog.Find(u.Name)?.Id ?? throw new ArgumentException($"unknown uncertainty '{u.Name}'")).ToArray();
        _scalars = d.Outcomes.Where(o => !o.IsSeries).ToArray();
        _series = d.Outcomes.Where(o => o.IsSeries).ToArray();
        _parameterColumns = Enumerable.Range(0, _targets.Length).Where(j => _targets[j] is not null).ToArray();
        _parameterIds = _parameterColumns.Select(j => _targets[j]!.Value).ToArray();
        // Record only what the outcomes read: every year only for statistics over years or series, actor rows only
        // for outcomes of an actor (the defaults are all final-year alliance indices).
        _record = new RecordMask(
            AllYears: d.Outcomes.Any(o => o.IsSeries || o.Stat != OutcomeStat.Final),
            ActorRows: d.Outcomes.Any(o => o.Actor != Trajectory.AllianceId));
    }

    /// <summary>Runs experiment <paramref name="experiment"/>; writes scalar outcomes and series (outcome-major, one value per simulated year).</summary>
    public void Run(long experiment, Span<double> scalars, Span<double> series)
    {
        var (s, p) = _matrix.Locate(experiment);
        var plan = _plans[p];
        var inputs = _matrix.Inputs[s];
        var parameters = plan.Parameters;
        var exogenous = plan.Exogenous;
        var baseline = plan.Baseline;
        if (_parameterIds.Length > 0)
        {
            Span<double> values = stackalloc double[_parameterIds.Length];
            for (int j = 0; j < values.Length; j++) values[j] = inputs[_parameterColumns[j]];
            parameters = parameters.With(_parameterIds, values);
        }
        for (int j = 0; j < inputs.Length; j++)
        {
            if (_targets[j] is not null) continue;
            if (_starts[j] is { } start) baseline = start.Apply(baseline, inputs[j]);
            else exogenous = new Exogenous(plan.Baseline.Year, Enumerable.Repeat(inputs[j], plan.Definition.EndYear - plan.Baseline.Year + 1).ToArray(),
                plan.Definition.Growth, plan.Exogenous.Paths);
        }
        if (!_pool.TryTake(out var simulations)) simulations = new AllianceSimulation?[_plans.Length];
        var simulation = simulations[p];
        if (simulation is null)
            simulations[p] = simulation = new AllianceSimulation(baseline, parameters, plan.Levers, exogenous, plan.Definition.EndYear, plan.Negotiation);
        else
            simulation.Reconfigure(baseline, parameters, plan.Levers, exogenous, plan.Negotiation);
        simulation.Record = _record;
        var t = simulation.Run(ExperimentMatrix.SeedFor(_matrix.Design.Seed, experiment));
        for (int o = 0; o < _scalars.Length; o++) scalars[o] = _scalars[o].Scalar(t);
        int years = t.EndYear - t.StartYear, k = 0;
        foreach (var o in _series)
        {
            int row = t.RowIndex(o.Actor);
            for (int y = t.StartYear + 1; y <= t.EndYear; y++) series[k++] = t[y, row, o.Variable];
        }
        _pool.Add(simulations); // the trajectory has been read: the simulations may run the next experiment
        if (k != _series.Length * years) throw new InvalidOperationException("series buffer mismatch");
    }
}
