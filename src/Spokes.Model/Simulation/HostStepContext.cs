using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Simulation;

/// <summary>
/// The host's <see cref="IStepContext{T, V}"/>: a struct holding the <see cref="StepContext{T}"/> whose arrays it hands
/// out, for single runs (<see cref="Scalar"/>) and lock-step blocks (SIMD lanes) alike. A struct so the JIT compiles
/// the mechanisms once per context type and inlines these one-line members: the yearly step costs what it cost when
/// the mechanisms read the class directly.
/// </summary>
public readonly struct HostStepContext<T>(StepContext<T> c) : IStepContext<T, HostColumn<T>> where T : struct, ILane<T>
{
    public int SpokeCount => c.SpokeCount;
    public int ThreatCount => c.ThreatCount;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public T Par(ParameterId id) => c.Par(id);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public T Par(ParameterId id, int spoke) => c.Par(id, spoke);
    public T PublicSupport => c.PublicSupport;
    public T Uniform() => c.Uniform();

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public double Lever(int spoke, Lever lever) => c.Lever(spoke, lever);
    public bool HasDecisions => c.Decisions is not null;
    public double Decision(int spoke, SpokeDecision kind) => c.Decision(spoke, kind);
    public double Decision(int threat, ThreatDecision kind) => c.Decision(threat, kind);

    public bool Growth => c.Exogenous.Growth;
    public double GrowthRate(int actor)
    {
        double rate = c.Paths?.Growth(c.LeverYear, actor) ?? double.NaN;
        if (!double.IsNaN(rate)) return rate;
        var b = c.Anchors.Baseline;
        int n = b.Spokes.Count;
        return actor == 0 ? b.Hub.GdpGrowth : actor <= n ? b.Spokes[actor - 1].GdpGrowth : b.Threats[actor - 1 - n].GdpGrowth;
    }
    public double ObservedBudget(int actor) => c.Paths?.Budget(c.LeverYear, actor) ?? double.NaN;
    public double Shock(int spoke) => c.Paths?.Shock(c.LeverYear, spoke) ?? 0;
    public double Orientation(int spoke) => c.Paths is { } paths ? paths.Orientation(c.LeverYear, spoke) : double.NaN;

    public bool Negotiates => c.Negotiation is not null;
    public double Negotiate(in HostSupportTalks talks) => c.Negotiation!.Target(talks);
}
