using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Simulation;

/// <summary>
/// Everything one yearly step reads and writes, as the mechanisms see it: every mechanism is written once as
/// <c>Step&lt;T, C, V&gt;(ref C c) where C : struct, IStepContext&lt;T, V&gt;</c>. A type parameter and a struct, not a
/// class, so that the same source compiles for the host — <see cref="HostStepContext{T}"/> over the arrays of a
/// <see cref="StepContext{T}"/>, for a single run (<see cref="Scalar"/>) and a lock-step block (SIMD lanes), where the
/// JIT specialises the struct away — and for a GPU kernel, whose context is a struct of device views (Spokes.Gpu):
/// kernels take neither classes nor spans. <typeparamref name="V"/> is the context's column type (arrays on the host,
/// views on a device), so a mechanism fetches each column once and indexes it in its loops, as it did with spans.
/// Every mechanism reads the state of year t (<see cref="Now"/>) and the derived quantities of year t, and writes its own
/// variables of year t+1 (<see cref="Next"/>): the update is synchronous.
/// </summary>
public interface IStepContext<T, V> where T : struct, ILane<T> where V : struct, IColumn<T>
{
    int SpokeCount { get; }
    int ThreatCount { get; }
    /// <summary>The year whose levers are in force: the year being computed.</summary>
    int Year { get; }

    /// <summary>A quantity of the state of year t.</summary>
    V Now(StateQuantity q);
    /// <summary>A quantity of the state of year t + 1 (written by the step).</summary>
    V Next(StateQuantity q);
    V Derived(DerivedQuantity q);
    V Anchor(AnchorQuantity q);
    /// <summary>Element <paramref name="i"/> of a derived value the lanes share (one double, not a lane value).</summary>
    ref double Shared(SharedQuantity q, int i);

    /// <summary>U.S. GDP and spending in year t (the hub is shared by the lanes: it moves with the baseline and paths only).</summary>
    double UsGdp { get; }
    double UsSpending { get; }
    /// <summary>Sets the hub of year t + 1.</summary>
    void SetNextHub(double usGdp, double usSpending);
    /// <summary>The share of U.S. spending that goes to the region (baseline).</summary>
    double PacificShare { get; }
    /// <summary>U.S. spending as a share of U.S. GDP in the baseline.</summary>
    double UsSpendingShare { get; }
    /// <summary>U.S. public support at the start (the anchor of the belief's support term).</summary>
    double StartPublicSupport { get; }

    /// <summary>A parameter, lane by lane.</summary>
    T Par(ParameterId id);
    /// <summary>The value of a parameter that spoke <paramref name="spoke"/> uses, lane by lane.</summary>
    T Par(ParameterId id, int spoke);
    /// <summary>U.S. public support this year, lane by lane.</summary>
    T PublicSupport { get; }
    /// <summary>The next uniform of every lane's own random stream.</summary>
    T Uniform();

    /// <summary>The value of a lever for a spoke in <see cref="Year"/>.</summary>
    double Lever(int spoke, Lever lever);
    /// <summary>Whether players' decisions can override the rules (false: no game).</summary>
    bool HasDecisions { get; }
    /// <summary>A spoke's decision in <see cref="Year"/>, or NaN: the rule applies.</summary>
    double Decision(int spoke, SpokeDecision kind);
    /// <summary>An adversary's decision in <see cref="Year"/>, or NaN: the rule applies.</summary>
    double Decision(int threat, ThreatDecision kind);

    /// <summary>Whether GDP grows (false: frozen drivers).</summary>
    bool Growth { get; }
    /// <summary>Nominal GDP growth of an actor (hub 0, spokes 1..n, threats n+1..n+m) into <see cref="Year"/>: the dated
    /// path's where it has one, else the baseline's rate.</summary>
    double GrowthRate(int actor);
    /// <summary>An actor's observed defence budget in <see cref="Year"/> from the dated paths, or NaN.</summary>
    double ObservedBudget(int actor);
    /// <summary>The intensity of the threat shocks a spoke feels in <see cref="Year"/> (0 without paths).</summary>
    double Shock(int spoke);
    /// <summary>A spoke government's orientation in <see cref="Year"/> from the dated paths, or NaN.</summary>
    double Orientation(int spoke);

    /// <summary>Whether a negotiation sets host-nation support targets (host single runs only; never in a kernel).</summary>
    bool Negotiates { get; }
    /// <summary>The negotiation's target for <paramref name="talks"/>.</summary>
    double Negotiate(in HostSupportTalks talks);
}
