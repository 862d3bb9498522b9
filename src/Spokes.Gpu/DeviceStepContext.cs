using ILGPU;
using Spokes.Model.Mechanisms;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Gpu;

/// <summary>
/// The yearly step's context in a GPU thread (<see cref="IStepContext{T, V}"/>): one experiment per thread, its
/// state, derived quantities, anchors, parameters and public support in device memory, stored interleaved across the
/// threads (element e of thread t at e·<see cref="Threads"/> + t; offsets of each quantity in <see cref="Offsets"/>),
/// and the tables every thread of a launch shares (levers, players' decisions, dated paths, baseline growth), year-major
/// as the host's <see cref="LeverSchedule"/>, <see cref="Decisions"/> and <see cref="ExogenousPaths"/> store them.
/// Only constructs ILGPU compiles: views, integers, doubles, no class, no span. <see cref="GpuEnsemble"/> fills the
/// fields once per launch; each thread copies the struct and sets its own <see cref="Thread"/> and random stream.
/// </summary>
public struct DeviceStepContext<TMath> : IStepContext<DeviceLane<TMath>, DeviceColumn<TMath>> where TMath : struct, IDeviceMath
{
    // Per thread, interleaved.
    internal ArrayView<DeviceLane<TMath>> StateNow, StateNext, DerivedValues, AnchorValues, Parameters, SpokeParameters, Support;
    internal ArrayView<double> SharedValues;
    /// <summary>Element offsets of every quantity within one experiment's vectors: state (<see cref="StateQuantity"/>),
    /// then derived, shared and anchor quantities (<see cref="GpuEnsemble"/> lays them out from the host's arrays).</summary>
    internal ArrayView<int> Offsets;
    // Shared by the threads.
    internal ArrayView<double> Levers, SpokeDecisions, ThreatDecisions, PathGrowth, PathBudget, PathOrientation, PathShock, BaselineGrowth;
    internal int Threads, Thread, Spokes, Threats, StartYear, CurrentYear, LeverCount, SpokeDecisionKinds, ThreatDecisionKinds;
    /// <summary>Where the derived, shared and anchor quantities' offsets start in <see cref="Offsets"/>.</summary>
    internal int DerivedBase, SharedBase, AnchorBase;
    /// <summary>1 or 0 (kernel parameters are blittable: no bool).</summary>
    internal int GrowthOn, DecisionsOn, SpokeParametersOn;
    internal double Pacific, UsShare, StartSupport, UsGdpNow, UsSpendingNow, UsGdpNext, UsSpendingNext;
    internal RandomStream Stream;

    public readonly int SpokeCount => Spokes;
    public readonly int ThreatCount => Threats;
    public readonly int Year => CurrentYear;

    private readonly DeviceColumn<TMath> Column(ArrayView<DeviceLane<TMath>> view, int offset) => new(view, (long)offset * Threads + Thread, Threads);

    public readonly DeviceColumn<TMath> Now(StateQuantity q) => Column(StateNow, Offsets[(int)q]);
    public readonly DeviceColumn<TMath> Next(StateQuantity q) => Column(StateNext, Offsets[(int)q]);
    public readonly DeviceColumn<TMath> Derived(DerivedQuantity q) => Column(DerivedValues, Offsets[DerivedBase + (int)q]);
    public readonly DeviceColumn<TMath> Anchor(AnchorQuantity q) => Column(AnchorValues, Offsets[AnchorBase + (int)q]);
    public readonly ref double Shared(SharedQuantity q, int i) => ref SharedValues[((long)Offsets[SharedBase + (int)q] + i) * Threads + Thread];

    public readonly double UsGdp => UsGdpNow;
    public readonly double UsSpending => UsSpendingNow;
    public void SetNextHub(double usGdp, double usSpending)
    {
        UsGdpNext = usGdp;
        UsSpendingNext = usSpending;
    }
    public readonly double PacificShare => Pacific;
    public readonly double UsSpendingShare => UsShare;
    public readonly double StartPublicSupport => StartSupport;

    public readonly DeviceLane<TMath> Par(ParameterId id) => Parameters[(long)id * Threads + Thread];
    /// <summary>The spoke's own value where an experiment overrides one (<see cref="SpokeParametersOn"/>), else the global value.</summary>
    public readonly DeviceLane<TMath> Par(ParameterId id, int spoke) =>
        SpokeParametersOn == 0 ? Par(id) : SpokeParameters[((long)id * Spokes + spoke) * Threads + Thread];
    public readonly DeviceLane<TMath> PublicSupport => Support[(long)(CurrentYear - StartYear) * Threads + Thread];
    public DeviceLane<TMath> Uniform() => DeviceLane<TMath>.Of(Stream.NextDouble());

    public readonly double Lever(int spoke, Lever lever) => Levers[((CurrentYear - StartYear) * Spokes + spoke) * LeverCount + (int)lever];
    public readonly bool HasDecisions => DecisionsOn != 0;
    public readonly double Decision(int spoke, SpokeDecision kind) =>
        DecisionsOn == 0 ? double.NaN : SpokeDecisions[((CurrentYear - StartYear) * Spokes + spoke) * SpokeDecisionKinds + (int)kind];
    public readonly double Decision(int threat, ThreatDecision kind) =>
        DecisionsOn == 0 ? double.NaN : ThreatDecisions[((CurrentYear - StartYear) * Threats + threat) * ThreatDecisionKinds + (int)kind];

    public readonly bool Growth => GrowthOn != 0;
    public readonly double GrowthRate(int actor)
    {
        double rate = PathGrowth[(CurrentYear - StartYear) * (1 + Spokes + Threats) + actor];
        return double.IsNaN(rate) ? BaselineGrowth[actor] : rate;
    }
    public readonly double ObservedBudget(int actor) => PathBudget[(CurrentYear - StartYear) * (1 + Spokes + Threats) + actor];
    public readonly double Shock(int spoke) => PathShock[(CurrentYear - StartYear) * Spokes + spoke];
    public readonly double Orientation(int spoke) => PathOrientation[(CurrentYear - StartYear) * Spokes + spoke];

    /// <summary>Never: a negotiation is an object on the host; the ensemble refuses plans with one.</summary>
    public readonly bool Negotiates => false;
    public readonly double Negotiate(in HostSupportTalks talks) => talks.FormulaTarget;

    /// <summary>Whether this experiment's public support in <see cref="Year"/> differs, bit for bit, from the year before's
    /// (the host's runs then derive afresh at the start of the year).</summary>
    internal readonly bool SupportChanged() =>
        !DeviceLane<TMath>.BitEquals(PublicSupport, Support[(long)(CurrentYear - 1 - StartYear) * Threads + Thread]);

    /// <summary>Year t + 1 becomes year t: the two state views and the hub trade places.</summary>
    internal void Swap()
    {
        (StateNow, StateNext) = (StateNext, StateNow);
        (UsGdpNow, UsGdpNext) = (UsGdpNext, UsGdpNow);
        (UsSpendingNow, UsSpendingNext) = (UsSpendingNext, UsSpendingNow);
    }
}
