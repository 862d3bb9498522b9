using System.Diagnostics;
using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Simulation;

/// <summary>
/// The host's <see cref="IStepContext{T, V}"/>: a struct holding the <see cref="StepContext{T}"/> whose arrays it hands
/// out, for single runs (<see cref="Scalar"/>) and lock-step blocks (SIMD lanes) alike. A struct so the JIT compiles
/// the mechanisms once per context type and inlines these one-line members. Built for each pass (the year's levers are
/// in force for it).
/// </summary>
public readonly struct HostStepContext<T> : IStepContext<T, HostColumn<T>> where T : struct, ILane<T>
{
    private readonly StepContext<T> c;
    // What the mechanisms' loops read, held here: the context is passed by reference, so a read through the class
    // would be one more dependent load per parameter or lever (paired bench runs: single runs 12% slower than before
    // the context without these fields, 2% with them; docs/performance.md).
    private readonly T[] _parameters, _spokeParameters;
    private readonly double[] _levers;
    private readonly int _leverOffset, _spokes, _threats;

    public HostStepContext(StepContext<T> context)
    {
        c = context;
        (_parameters, _spokeParameters, _levers, _leverOffset) = context.Tables;
        _spokes = context.SpokeCount;
        _threats = context.ThreatCount;
    }

    public int SpokeCount => _spokes;
    public int ThreatCount => _threats;
    public int Year => c.LeverYear;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public HostColumn<T> Now(StateQuantity q) => new(c.Now.Column(q));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public HostColumn<T> Next(StateQuantity q) => new(c.Next.Column(q));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public HostColumn<T> Derived(DerivedQuantity q) => new(c.Derived.Column(q));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public HostColumn<T> Anchor(AnchorQuantity q) => new(c.Anchors.Column(q));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public ref double Shared(SharedQuantity q, int i) => ref c.Derived.Column(q)[i];

    public double UsGdp => c.Now.UsGdp;
    public double UsSpending => c.Now.UsSpending;
    public void SetNextHub(double usGdp, double usSpending)
    {
        c.Next.UsGdp = usGdp;
        c.Next.UsSpending = usSpending;
    }
    public double PacificShare => c.Anchors.Baseline.Hub.PacificShare;
    public double UsSpendingShare => c.Anchors.Baseline.Hub.Spending / c.Anchors.Baseline.Hub.Gdp;
    public double StartPublicSupport => c.Anchors.PublicSupport;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public T Par(ParameterId id) => _parameters[(int)id];
    // No table without per-spoke overrides: every spoke reads the global value (StepContext.Configure).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Par(ParameterId id, int spoke) => _spokeParameters.Length == 0 ? _parameters[(int)id] : _spokeParameters[(int)id * _spokes + spoke];
    public T PublicSupport => c.PublicSupport;
    public T Uniform() => c.Uniform();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Lever(int spoke, Lever lever)
    {
        Debug.Assert((uint)spoke < (uint)_spokes);
        return _levers[_leverOffset + spoke * LeverInfo.Count + (int)lever];
    }
    public bool HasDecisions => c.Decisions is not null;
    public double Decision(int spoke, SpokeDecision kind) => c.Decision(spoke, kind);
    public double Decision(int threat, ThreatDecision kind) => c.Decision(threat, kind);

    public bool Growth => c.Exogenous.Growth;
    public double GrowthRate(int actor)
    {
        double rate = c.Paths?.Growth(c.LeverYear, actor) ?? double.NaN;
        return double.IsNaN(rate) ? c.Anchors.Baseline.GdpGrowth(actor) : rate;
    }
    public double ObservedBudget(int actor) => c.Paths?.Budget(c.LeverYear, actor) ?? double.NaN;
    public double Shock(int spoke) => c.Paths?.Shock(c.LeverYear, spoke) ?? 0;
    public double Orientation(int spoke) => c.Paths is { } paths ? paths.Orientation(c.LeverYear, spoke) : double.NaN;

    public bool Negotiates => c.Negotiation is not null;
    public double Negotiate(in HostSupportTalks talks) => c.Negotiation!.Target(talks);
}
