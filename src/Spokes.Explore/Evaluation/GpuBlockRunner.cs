using Spokes.Explore.Experiments;
using Spokes.Gpu;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Explore.Evaluation;

/// <summary>
/// Runs a matrix's experiments on a <see cref="GpuDevice"/>: one <see cref="GpuEnsemble"/> per policy (its plan copied to
/// the device once, reused for every block), each experiment with the parameters, public support and seed
/// <see cref="ModelRunner.Run"/> would give it, its alliance rows reduced to the outcomes by the same code as single runs
/// and lock-step lanes. A block of the evaluator (1,024 experiments) is too small a launch for a GPU, so the runner
/// reads ahead: a call for experiments it has not run yet runs up to <see cref="ReadAhead"/> experiments from there at
/// once and serves the following blocks from them. Results depend only on each experiment's own inputs, so they do not
/// depend on the read-ahead or the block size. On ILGPU's CPU accelerator they are the single runs' bit for bit; on a
/// CUDA device within the device math's tolerance (docs/performance.md). Designs with a
/// <see cref="ModelRunner.GpuObstacle"/> are refused. Not thread-safe.
/// </summary>
public sealed class GpuBlockRunner : IDisposable
{
    /// <summary>Experiments run together when a block is not yet computed: by default a device launch of the ensemble's
    /// default size (<see cref="GpuEnsemble.DefaultBatch"/>); smaller in tests, to cross read-ahead boundaries.</summary>
    public int ReadAhead { get; init; } = GpuEnsemble.DefaultBatch;

    private readonly ModelRunner _runner;
    private readonly GpuDevice _device;
    private readonly GpuEnsemble?[] _ensembles;
    private readonly int _scalarCount, _seriesLength;
    private double[] _scalars = [], _series = [];
    private long _first;
    private int _count;

    /// <param name="device">the device the ensembles run on (owned by the caller, which disposes it after this runner).</param>
    public GpuBlockRunner(ModelRunner runner, GpuDevice device)
    {
        if (runner.GpuObstacle is { } why) throw new InvalidOperationException($"this design cannot run on the GPU path: {why}");
        _runner = runner;
        _device = device;
        var d = runner.Matrix.Design;
        _ensembles = new GpuEnsemble?[d.Policies.Count];
        _scalarCount = d.ScalarOutcomeCount;
        _seriesLength = d.SeriesOutcomeCount * d.Years;
    }

    /// <summary>A record of the alliance row alone, as a lock-step lane's (the outcomes read nothing else).</summary>
    private Trajectory NewRecord()
    {
        var plan = _runner.Plan(0);
        return new Trajectory(plan.Baseline.Year, plan.Definition.EndYear, [Trajectory.AllianceId], [RowKind.Alliance]);
    }

    /// <summary>How a run on <paramref name="device"/> is recorded (the resume manifest, metadata.json): "cuda" on a GPU,
    /// "emulated" on ILGPU's CPU accelerator.</summary>
    public static string Mode(GpuDevice device) => device.IsGpu ? "cuda" : "emulated";

    /// <summary>Writes the outcomes of experiments [first, first + count) to slot i of the buffers, as
    /// <see cref="ModelRunner.RunBlock"/> does.</summary>
    public void RunBlock(long first, int count, Span<double> scalars, Span<double> series, CancellationToken cancel = default)
    {
        if (first < _first || first + count > _first + _count)
            Compute(first, (int)Math.Min(Math.Max(count, ReadAhead), _runner.Matrix.ExperimentCount - first), cancel);
        int offset = (int)(first - _first);
        _scalars.AsSpan(offset * _scalarCount, count * _scalarCount).CopyTo(scalars);
        _series.AsSpan(offset * _seriesLength, count * _seriesLength).CopyTo(series);
    }

    private void Compute(long first, int count, CancellationToken cancel)
    {
        _count = 0; // nothing valid until the whole range is done (a cancellation may stop it half way)
        if (_scalars.Length < count * _scalarCount) _scalars = new double[count * _scalarCount];
        if (_series.Length < count * _seriesLength) _series = new double[count * _seriesLength];
        var matrix = _runner.Matrix;
        for (int p = 0; p < _ensembles.Length; p++)
        {
            cancel.ThrowIfCancellationRequested();
            var slots = new List<int>();
            for (int i = 0; i < count; i++)
                if (matrix.Locate(first + i).Policy == p) slots.Add(i);
            if (slots.Count == 0) continue;
            var parameters = new ParameterSet[slots.Count];
            var exogenous = new Exogenous[slots.Count];
            var seeds = new int[slots.Count];
            // The host's parts on every core (each experiment's inputs, then its outcomes, into its own slots), so that
            // with a GPU they do not run on one core while the others wait (not measured: no GPU was at hand).
            var parallel = new ParallelOptions { CancellationToken = cancel };
            Parallel.For(0, slots.Count, parallel, k =>
            {
                long e = first + slots[k];
                (_, _, _, parameters[k], exogenous[k]) = _runner.Inputs(e);
                seeds[k] = ExperimentMatrix.SeedFor(matrix.Design.Seed, e);
            });
            var table = Ensemble(p).Run(parameters, exogenous, seeds);
            Parallel.For(0, slots.Count, parallel, NewRecord, (k, _, record) =>
            {
                table.CopyTo(k, record);
                _runner.Outcomes(record, _scalars.AsSpan(slots[k] * _scalarCount, _scalarCount), _series.AsSpan(slots[k] * _seriesLength, _seriesLength));
                return record;
            }, _ => { });
        }
        _first = first;
        _count = count;
    }

    private GpuEnsemble Ensemble(int policy)
    {
        if (_ensembles[policy] is { } built) return built;
        var plan = _runner.Plan(policy);
        return _ensembles[policy] = new GpuEnsemble(_device, plan.Baseline, plan.Levers, plan.Exogenous, plan.Definition.EndYear)
        {
            AllYears = _runner.Record.AllYears,
        };
    }

    public void Dispose()
    {
        foreach (var e in _ensembles) e?.Dispose();
    }
}
