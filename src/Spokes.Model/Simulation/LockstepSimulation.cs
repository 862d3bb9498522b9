using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Model.Simulation;

/// <summary>
/// <c>T.Width</c> experiments of one plan in lock-step: the same baseline, lever schedule, dated paths and decisions
/// (shared by the lanes), each lane with its own parameters, public support and seed. The yearly loop is
/// <see cref="Year"/>'s, the one a single run uses, over the lane type; the state is structure-of-arrays across the
/// experiments. It records the alliance row (every year, or the end year only), which is what an ensemble's alliance
/// outcomes read. Each lane's results depend on its own inputs only (no lane reads another), so they do not depend on
/// which experiments share a block. They agree with a single run of the same inputs within the tolerance of the
/// vectorised exp/log/pow/tanh (docs/performance.md; tested), not bit for bit. Not thread-safe: one per worker.
/// </summary>
public sealed class LockstepSimulation<T> where T : struct, ILane<T>
{
    private static readonly int VariableCount = Enum.GetValues<Variable>().Length;
    private readonly Baseline _baseline;
    private readonly LeverSchedule _levers;
    private readonly Exogenous _shared;
    private readonly int _endYear;
    private readonly WorldState _start;
    private readonly WorldState[] _laneStarts;
    private readonly Anchors[] _laneAnchors;
    private readonly Anchors _anchors;
    private readonly StepContext<T> _context;
    private readonly Exogenous[] _exogenous;
    private readonly ParameterSet[] _parameters;
    private readonly double[] _alliance;
    private readonly Trajectory[] _records;
    private bool _configured;

    /// <summary>A block over <paramref name="baseline"/> and <paramref name="levers"/> to <paramref name="endYear"/>;
    /// <paramref name="exogenous"/> gives the growth setting and dated paths every lane shares (each lane's public
    /// support is given to <see cref="Configure"/>).</summary>
    public LockstepSimulation(Baseline baseline, LeverSchedule levers, Exogenous exogenous, int endYear)
    {
        if (baseline.Validate() is { } problem) throw new ArgumentException($"baseline {baseline.Name}: {problem}");
        if (endYear <= baseline.Year) throw new ArgumentException("the end year must come after the start year");
        if (levers.StartYear != baseline.Year || levers.EndYear < endYear || levers.SpokeCount != baseline.Spokes.Count)
            throw new ArgumentException("the lever schedule must cover the run's years and spokes");
        _baseline = baseline;
        _levers = levers;
        _shared = exogenous;
        _endYear = endYear;
        int n = baseline.Spokes.Count, m = baseline.Threats.Count, w = T.Width;
        _start = new WorldState(n, m, w);
        _laneStarts = Enumerable.Range(0, w).Select(_ => new WorldState(n, m)).ToArray();
        _laneAnchors = new Anchors[w];
        _anchors = new Anchors(baseline, w);
        _exogenous = new Exogenous[w];
        _parameters = new ParameterSet[w];
        _context = new StepContext<T>(new WorldState(n, m, w), new WorldState(n, m, w), new Derived(n, m, w))
        {
            Lanes = w == 1 ? null : new RandomLanes(w), // width 1: the single-run stream (device and counting lanes)
        };
        int years = endYear - baseline.Year + 1;
        _alliance = new double[years * VariableCount * w];
        _records = Enumerable.Range(0, w)
            .Select(_ => new Trajectory(baseline.Year, endYear, [Trajectory.AllianceId], [RowKind.Alliance])).ToArray();
    }

    /// <summary>Experiments per block.</summary>
    public static int Width => T.Width;

    /// <summary>Record every year (true) or only the end year.</summary>
    public bool AllYears { get; set; } = true;

    /// <summary>Sets each lane's parameters and public support (<paramref name="exogenous"/>[k] must have the shared
    /// growth setting and paths; only its public support is read).</summary>
    public void Configure(ReadOnlySpan<ParameterSet> parameters, ReadOnlySpan<Exogenous> exogenous)
    {
        if (parameters.Length != T.Width || exogenous.Length != T.Width) throw new ArgumentException("one parameter set and one exogenous driver per lane");
        for (int k = 0; k < T.Width; k++)
        {
            if (exogenous[k].Growth != _shared.Growth || !ReferenceEquals(exogenous[k].Paths, _shared.Paths))
                throw new ArgumentException("the lanes of a block share growth and the dated paths");
            if (_laneAnchors[k] is null) _laneAnchors[k] = new Anchors(_baseline, parameters[k]);
            else _laneAnchors[k].Update(_baseline, parameters[k]);
            AllianceSimulation.SetInitialState(_laneStarts[k], _baseline, _laneAnchors[k], parameters[k]);
            _parameters[k] = parameters[k];
            _exogenous[k] = exogenous[k];
        }
        _anchors.Interleave(_laneAnchors);
        _start.Interleave(_laneStarts);
        _context.Configure(_anchors, _parameters, _levers, _shared, negotiation: null);
        _configured = true;
    }

    /// <summary>Runs every lane from the start year to the end year, lane k with seed <paramref name="seeds"/>[k].</summary>
    public void Run(ReadOnlySpan<int> seeds)
    {
        if (!_configured) throw new InvalidOperationException("configure the lanes first");
        if (seeds.Length != T.Width) throw new ArgumentException("one seed per lane");
        var c = _context;
        if (c.Lanes is { } lanes)
            for (int k = 0; k < T.Width; k++) lanes.Reset(k, seeds[k]);
        else c.Stream.Reset(seeds[0]);
        c.Now.CopyFrom(_start);
        c.Derived.ForgetMemos();
        c.LeverYear = _start.Year;
        DeriveAll(c);
        if (AllYears) Record(c, 0);
        for (int year = _start.Year + 1; year <= _endYear; year++)
        {
            c.LeverYear = year;
            // As in a single run: skip the start-of-year pass when nothing it reads has changed since the end-of-year one.
            if (Year.LeversOrDecisionsMayDiffer(_levers, c.Decisions, year) || SupportChanged(year))
                DeriveAll(c);
            Year.Step(c);
            c.Next.Year = year;
            (c.Now, c.Next) = (c.Next, c.Now);
            DeriveAll(c);
            if (AllYears || year == _endYear) Record(c, year - _start.Year);
        }
        var alliance = Indices.AllianceRow;
        for (int k = 0; k < T.Width; k++)
        {
            var t = _records[k];
            for (int y = AllYears ? 0 : _endYear - _start.Year; y <= _endYear - _start.Year; y++)
            {
                // A row at a time (its year checked once), not value by value through the indexer: this copies
                // 12 values × every lane × every year of every block.
                var row = t.Row(_start.Year + y, 0);
                int at = y * VariableCount * T.Width + k;
                foreach (var v in alliance) row[v] = _alliance[at + (int)v * T.Width];
            }
        }
    }

    /// <summary>Lane <paramref name="lane"/>'s record of the latest <see cref="Run"/>: the alliance row only (the
    /// years not recorded keep older values); overwritten by the next run.</summary>
    public Trajectory Lane(int lane) => _records[lane];

    private bool SupportChanged(int year)
    {
        var support = _context.Derived.Support;
        for (int k = 0; k < T.Width; k++)
            if (BitConverter.DoubleToInt64Bits(_exogenous[k].PublicSupport(year)) != BitConverter.DoubleToInt64Bits(support[k])) return true;
        return false;
    }

    private void DeriveAll(StepContext<T> c)
    {
        for (int k = 0; k < T.Width; k++) c.Derived.Support[k] = _exogenous[k].PublicSupport(c.LeverYear);
        Year.Derive(c);
    }

    private void Record(StepContext<T> c, int yearIndex)
    {
        var host = new HostStepContext<T>(c);
        var row = Indices.Alliance<T, HostStepContext<T>, HostColumn<T>>(ref host);
        var into = System.Runtime.InteropServices.MemoryMarshal.Cast<double, T>(_alliance.AsSpan(yearIndex * VariableCount * T.Width, VariableCount * T.Width));
        row.CopyTo(into);
    }
}
