using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Model.Simulation;

/// <summary>
/// The yearly loop. Construction allocates everything a run needs (two states, the derived scratch, the trajectory);
/// <see cref="Run"/> then steps year by year without allocating. Same inputs and seed give bit-identical results.
/// Not thread-safe: use one instance per thread (an ensemble builds one per worker).
/// </summary>
public sealed class AllianceSimulation
{
    private Baseline _baseline;
    private readonly WorldState _start;
    private readonly StepContext<Scalar> _context;
    private readonly int _endYear;
    private Anchors? _anchors;
    private ParameterSet _p = null!;
    private LeverSchedule _levers = null!;
    private Exogenous _exogenous = null!;

    public AllianceSimulation(Baseline baseline, ParameterSet parameters, LeverSchedule levers, Exogenous exogenous, int endYear,
        IHostSupportNegotiation? negotiation = null)
    {
        if (baseline.Validate() is { } problem) throw new ArgumentException($"baseline {baseline.Name}: {problem}");
        if (endYear <= baseline.Year) throw new ArgumentException("the end year must come after the start year");
        _baseline = baseline;
        _endYear = endYear;
        int n = baseline.Spokes.Count, m = baseline.Threats.Count;
        _start = new WorldState(n, m);
        _context = new StepContext<Scalar>(new WorldState(n, m), new WorldState(n, m), new Derived(n, m));

        var ids = new List<string> { baseline.Hub.Id };
        var kinds = new List<RowKind> { RowKind.Hub };
        foreach (var s in baseline.Spokes) { ids.Add(s.Id); kinds.Add(RowKind.Spoke); }
        foreach (var t in baseline.Threats) { ids.Add(t.Id); kinds.Add(RowKind.Threat); }
        ids.Add(Trajectory.AllianceId);
        kinds.Add(RowKind.Alliance);
        Trajectory = new Trajectory(baseline.Year, endYear, ids, kinds);
        Reconfigure(parameters, levers, exogenous, negotiation);
    }

    /// <summary>
    /// Replaces the parameters, levers, exogenous drivers and negotiation of the next runs and keeps the baseline,
    /// the end year and every buffer, so an ensemble worker reuses one simulation for all its experiments instead of
    /// building one (about 40 KB) per experiment. A run after this gives, bit for bit, what a new simulation built
    /// with the same inputs gives (tested).
    /// </summary>
    public void Reconfigure(ParameterSet parameters, LeverSchedule levers, Exogenous exogenous, IHostSupportNegotiation? negotiation = null) =>
        Reconfigure(_baseline, parameters, levers, exogenous, negotiation);

    /// <summary>
    /// As <see cref="Reconfigure(ParameterSet, LeverSchedule, Exogenous, IHostSupportNegotiation?)"/>, with another
    /// baseline of the same year and shape (an ensemble sampling uncertain starting states).
    /// </summary>
    public void Reconfigure(Baseline baseline, ParameterSet parameters, LeverSchedule levers, Exogenous exogenous, IHostSupportNegotiation? negotiation = null)
    {
        if (baseline.Year != _baseline.Year || baseline.Spokes.Count != _baseline.Spokes.Count || baseline.Threats.Count != _baseline.Threats.Count)
            throw new ArgumentException("a new baseline must have the same year, spokes and threats");
        if (!ReferenceEquals(baseline, _baseline) && baseline.Validate() is { } problem) throw new ArgumentException($"baseline {baseline.Name}: {problem}");
        _baseline = baseline;
        if (levers.StartYear != _baseline.Year || levers.EndYear < _endYear || levers.SpokeCount != _baseline.Spokes.Count)
            throw new ArgumentException("the lever schedule must cover the run's years and spokes");
        if (exogenous.Paths is { } paths && (paths.StartYear != _baseline.Year || paths.EndYear < _endYear
                || paths.SpokeCount != _baseline.Spokes.Count || paths.ThreatCount != _baseline.Threats.Count))
            throw new ArgumentException("the exogenous paths must cover the run's years and actors");
        _p = parameters;
        _levers = levers;
        _exogenous = exogenous;
        if (_anchors is null) _anchors = new Anchors(_baseline, parameters);
        else _anchors.Update(_baseline, parameters);
        SetInitialState(_start, _baseline, _anchors, parameters);
        _context.Configure(_anchors, parameters, levers, exogenous, negotiation);
    }

    /// <summary>The record of the latest <see cref="Run"/>; overwritten by the next run.</summary>
    public Trajectory Trajectory { get; }

    /// <summary>The anchors of the current configuration (updated in place by <see cref="Reconfigure(ParameterSet, LeverSchedule, Exogenous, IHostSupportNegotiation?)"/>).</summary>
    public Anchors Anchors => _anchors!;

    /// <summary>What <see cref="Run"/> records (default: everything).</summary>
    public RecordMask Record { get; set; } = RecordMask.All;

    /// <summary>For tests, the reference the shortcuts are checked against: derive at the start of every year even
    /// when nothing it reads has changed, and forget the memoised terms before every derivation pass.</summary>
    internal bool NoShortcuts { get; set; }

    /// <summary>Runs from the start year to the end year with the given seed and returns the trajectory.</summary>
    public Trajectory Run(int seed)
    {
        var c = _context;
        c.Stream.Reset(seed);
        c.Now.CopyFrom(_start);
        c.Derived.ForgetMemos();
        c.LeverYear = _start.Year;
        DeriveAll(c);
        var mask = Record;
        if (mask.AllYears) Indices.Record(Trajectory, c.Now.Year, c, mask.ActorRows);
        for (int year = _start.Year + 1; year <= _endYear; year++)
        {
            c.LeverYear = year;
            // The derived quantities are a pure function of the state, the year's levers and public support. The state
            // is the one the end-of-year derivation below has just used for the record, so when this year's levers and
            // support equal last year's, bit for bit, the derived quantities are already this year's: skip the pass.
            // Players' decisions may differ from year to year: a year with any (or the year after one) derives afresh.
            if (NoShortcuts || Year.LeversOrDecisionsMayDiffer(_levers, c.Decisions, year)
                || BitConverter.DoubleToInt64Bits(_exogenous.PublicSupport(year)) != BitConverter.DoubleToInt64Bits(c.Derived.PublicSupport))
                DeriveAll(c);
            Step(c);
            c.Next.Year = year;
            (c.Now, c.Next) = (c.Next, c.Now);
            DeriveAll(c);
            if (mask.AllYears || year == _endYear) Indices.Record(Trajectory, year, c, mask.ActorRows);
        }
        return Trajectory;
    }

    private void DeriveAll(StepContext<Scalar> c)
    {
        if (NoShortcuts) c.Derived.ForgetMemos();
        c.Derived.PublicSupport = _exogenous.PublicSupport(c.LeverYear);
        Year.Derive(c);
    }

    private void Step(StepContext<Scalar> c)
    {
        Year.Step(c);
    }

    internal static void SetInitialState(WorldState s, Baseline b, Anchors a, ParameterSet p)
    {
        int n = b.Spokes.Count, m = b.Threats.Count;
        s.Year = b.Year;
        s.UsGdp = b.Hub.Gdp;
        s.UsSpending = b.Hub.Spending;
        double delta = p[ParameterId.CapitalDepreciation];
        Array.Clear(s.NuclearStageProbability);
        Array.Clear(s.TroopsMoved);
        for (int i = 0; i < n; i++)
        {
            var sp = b.Spokes[i];
            s.Gdp[i] = sp.Gdp; s.Spending[i] = sp.Spending; s.HostSupport[i] = sp.HostNationSupport;
            s.Belief[i] = sp.Belief; s.Entrapment[i] = sp.Entrapment; s.Independence[i] = sp.Independence;
            s.Alignment[i] = sp.Alignment; s.Duplication[i] = sp.Duplication; s.Troops[i] = sp.Troops;
            s.CapabilityStock[i] = a.Efficiency[i] * sp.Spending / delta;
            s.Latency[i] = sp.NuclearLatency;
            s.ThreatShock[i] = 0;
            s.NuclearStage[i] = (int)sp.NuclearStage;
            s.NuclearStageProbability[i * WorldState.StageCount + (int)sp.NuclearStage] = 1.0;
        }
        for (int k = 0; k < m; k++)
        {
            s.ThreatGdp[k] = b.Threats[k].Gdp;
            s.ThreatSpending[k] = b.Threats[k].Spending;
        }
    }
}
