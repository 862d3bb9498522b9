using System.Collections.Concurrent;
using System.Runtime.Intrinsics;
using Spokes.Model.Lanes;
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
    // Lock-step simulations per policy (LockstepSimulation<Lane8> or <Lane16>), pooled as the single-run ones are.
    private readonly ConcurrentBag<object?[]> _lanePools = [];

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
        var (plan, p, baseline, parameters, exogenous) = Inputs(experiment);
        if (!_pool.TryTake(out var simulations)) simulations = new AllianceSimulation?[_plans.Length];
        var simulation = simulations[p];
        if (simulation is null)
            simulations[p] = simulation = new AllianceSimulation(baseline, parameters, plan.Levers, exogenous, plan.Definition.EndYear, plan.Negotiation);
        else
            simulation.Reconfigure(baseline, parameters, plan.Levers, exogenous, plan.Negotiation);
        simulation.Record = _record;
        var t = simulation.Run(ExperimentMatrix.SeedFor(_matrix.Design.Seed, experiment));
        Outcomes(t, scalars, series);
        _pool.Add(simulations); // the trajectory has been read: the simulations may run the next experiment
    }

    /// <summary>
    /// Whether <see cref="RunBlock"/> may run this design in SIMD lock-step (<see cref="LockstepObstacle"/> is null).
    /// </summary>
    public bool CanRunLockstep => LockstepObstacle is null;

    /// <summary>Experiments per lock-step block on this processor: 8 (<see cref="Lane8"/>, 512-bit vectors), 16
    /// (<see cref="Lane16"/>, four 256-bit vectors) or 0 (neither: no lock-step). Recorded with a run, since a resume or a
    /// silo must use the same lanes as the run it continues.</summary>
    public static int LockstepWidth => Vector512.IsHardwareAccelerated ? Lane8.Width : Vector256.IsHardwareAccelerated ? Lane16.Width : 0;

    /// <summary>
    /// Why this design cannot run in lock-step, or null when it can: the design must allow blocks
    /// (<see cref="BlockObstacle"/>), and the processor must have 256- or 512-bit vectors.
    /// </summary>
    public string? LockstepObstacle =>
        BlockObstacle("lock-step", "the lanes of a block") ?? (LockstepWidth == 0 ? "this processor has no 256-bit vectors" : null);

    /// <summary>Why this design cannot run on the GPU path (<see cref="GpuBlockRunner"/>), or null when it can: the same
    /// design limits as lock-step (<see cref="BlockObstacle"/>), whatever the processor.</summary>
    public string? GpuObstacle => BlockObstacle("the GPU path", "the experiments of a GPU ensemble");

    /// <summary>
    /// Why this design cannot run its experiments in blocks that share a plan (lock-step lanes, a GPU ensemble), or
    /// null: every outcome must be on the alliance row, no uncertainty may change the starting state (the experiments of
    /// a block share their baseline), no policy may negotiate host support (a per-ally call).
    /// </summary>
    private string? BlockObstacle(string path, string sharing) =>
        _matrix.Design.Outcomes.FirstOrDefault(o => o.Actor != Trajectory.AllianceId) is { } actor ? $"outcome '{actor.Name}' is an actor's, and {path} records the alliance row only"
        : _matrix.Design.Uncertainties.Where((u, j) => _starts[j] is not null).FirstOrDefault() is { } start ? $"uncertainty '{start.Name}' changes the starting state, which {sharing} share"
        : _matrix.Design.Policies.Where((p, j) => _plans[j].Negotiation is not null).FirstOrDefault() is { } negotiating ? $"policy '{negotiating.Name}' negotiates host support, a per-ally decision"
        : null;

    /// <summary>
    /// Runs experiments [first, first + count) in SIMD lock-step: each policy's experiments in blocks of 8 lanes
    /// (<see cref="Lane8"/>, with AVX-512) or 16 (<see cref="Lane16"/>, with AVX2), the blocks in parallel; experiment i's outcomes
    /// go to slot i of the buffers as <see cref="Run"/> writes them. A lane's results depend only on its own
    /// experiment, so they are the same at any thread count and block size; they agree with <see cref="Run"/> within
    /// the tolerance in docs/performance.md, not bit for bit.
    /// </summary>
    public void RunBlock(long first, int count, Span<double> scalars, Span<double> series, ParallelOptions parallel)
    {
        if (LockstepObstacle is { } why) throw new InvalidOperationException($"this design cannot run in lock-step: {why}");
        if (Vector512.IsHardwareAccelerated) RunBlock<Lane8>(first, count, scalars, series, parallel);
        else RunBlock<Lane16>(first, count, scalars, series, parallel);
    }

    private void RunBlock<T>(long first, int count, Span<double> scalars, Span<double> series, ParallelOptions parallel) where T : struct, ILane<T>
    {
        int w = T.Width, ns = _scalars.Length, nt = _series.Length * (_plans[0].Definition.EndYear - _plans[0].Baseline.Year);
        // Each policy's experiments, in index order, cut into lane blocks.
        var chunks = new List<(int Policy, int[] Slots)>();
        for (int p = 0; p < _plans.Length; p++)
        {
            var slots = new List<int>();
            for (int i = 0; i < count; i++)
                if (_matrix.Locate(first + i).Policy == p) slots.Add(i);
            for (int c = 0; c < slots.Count; c += w) chunks.Add((p, slots.Skip(c).Take(w).ToArray()));
        }
        var scalarBuffer = new double[count * ns];
        var seriesBuffer = new double[count * nt];
        Parallel.For(0, chunks.Count, parallel, c =>
        {
            var (p, slots) = chunks[c];
            if (!_lanePools.TryTake(out var blocks)) blocks = new object?[_plans.Length];
            var plan = _plans[p];
            var sim = blocks[p] as LockstepSimulation<T>;
            if (sim is null) blocks[p] = sim = new LockstepSimulation<T>(plan.Baseline, plan.Levers, plan.Exogenous, plan.Definition.EndYear) { AllYears = _record.AllYears };
            var parameters = new ParameterSet[w];
            var exogenous = new Exogenous[w];
            var seeds = new int[w];
            for (int k = 0; k < w; k++)
            {
                long e = first + slots[Math.Min(k, slots.Length - 1)]; // a short block repeats its last experiment
                (_, _, _, parameters[k], exogenous[k]) = Inputs(e);
                seeds[k] = ExperimentMatrix.SeedFor(_matrix.Design.Seed, e);
            }
            sim.Configure(parameters, exogenous);
            sim.Run(seeds);
            for (int k = 0; k < slots.Length; k++)
                Outcomes(sim.Lane(k), scalarBuffer.AsSpan(slots[k] * ns, ns), seriesBuffer.AsSpan(slots[k] * nt, nt));
            _lanePools.Add(blocks);
        });
        scalarBuffer.CopyTo(scalars);
        seriesBuffer.CopyTo(series);
    }

    /// <summary>The matrix this runner evaluates.</summary>
    internal ExperimentMatrix Matrix => _matrix;

    /// <summary>Policy <paramref name="policy"/>'s plan (shared read-only).</summary>
    internal ScenarioPlan Plan(int policy) => _plans[policy];

    /// <summary>What the outcomes read: every year or the end year, actor rows or not.</summary>
    internal RecordMask Record => _record;

    /// <summary>Reduces a trajectory (a single run's, or a block's alliance row for one experiment) to the outcomes, as
    /// <see cref="Run"/> writes them.</summary>
    internal void Outcomes(Trajectory t, Span<double> scalars, Span<double> series)
    {
        for (int o = 0; o < _scalars.Length; o++) scalars[o] = _scalars[o].Scalar(t);
        int years = t.EndYear - t.StartYear, k = 0;
        foreach (var o in _series)
        {
            int row = t.RowIndex(o.Actor);
            for (int y = t.StartYear + 1; y <= t.EndYear; y++) series[k++] = t[y, row, o.Variable];
        }
        if (k != _series.Length * years) throw new InvalidOperationException("series buffer mismatch");
    }

    /// <summary>The plan, policy index, baseline, parameters and exogenous drivers of one experiment.</summary>
    internal (ScenarioPlan Plan, int Policy, Spokes.Model.World.Baseline Baseline, ParameterSet Parameters, Exogenous Exogenous) Inputs(long experiment)
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
        return (plan, p, baseline, parameters, exogenous);
    }
}
