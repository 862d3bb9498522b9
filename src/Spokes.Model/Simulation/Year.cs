using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;

namespace Spokes.Model.Simulation;

/// <summary>The order of the year's mechanisms, once for every number type and context: a single run
/// (<see cref="AllianceSimulation"/>), a lock-step block (<see cref="LockstepSimulation{T}"/>) and a GPU kernel
/// (Spokes.Gpu) run the same sequence of the same source.</summary>
public static class Year
{
    /// <summary>Whether the start-of-year derivation pass of <paramref name="year"/> may read other levers or decisions
    /// than the end-of-year pass of the year before did: levers that differ, bit for bit, from the year before's, or
    /// players' decisions in this year or the one before. (Public support, per run or lane, is the caller's to compare.)
    /// Single runs, lock-step blocks and the GPU ensemble skip the pass only where this is false.</summary>
    internal static bool LeversOrDecisionsMayDiffer(Policy.LeverSchedule levers, Policy.Decisions? decisions, int year) =>
        !levers.SameAsYearBefore(year) || decisions is not null && (decisions.AnyIn(year) || decisions.AnyIn(year - 1));

    /// <summary>The derivation pass over a host context.</summary>
    public static void Derive<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var host = new HostStepContext<T>(c);
        Derive<T, HostStepContext<T>, HostColumn<T>>(ref host);
    }

    /// <summary>The step over a host context.</summary>
    public static void Step<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var host = new HostStepContext<T>(c);
        Step<T, HostStepContext<T>, HostColumn<T>>(ref host);
    }

    /// <summary>The derivation pass: quantities computed from the state and this year's levers and public support.</summary>
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        NetworkTies.Derive<T, C, V>(ref c);
        ForcePosture.Derive<T, C, V>(ref c);
        Duplication.Derive<T, C, V>(ref c);
        AdversaryBuildup.Derive<T, C, V>(ref c);
        Probing.Derive<T, C, V>(ref c);
        ThreatPerception.Derive<T, C, V>(ref c);
        ThreatCredibility.Derive<T, C, V>(ref c);
        Alignment.Derive<T, C, V>(ref c);
    }

    /// <summary>The step from year t to t + 1 (synchronous: each mechanism writes its own variables of t + 1).</summary>
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        Economy.Step<T, C, V>(ref c);
        ThreatPerception.Shared<T, C, V>(ref c);
        ThreatPerception.Step<T, C, V>(ref c);
        CommitmentBelief.Step<T, C, V>(ref c);
        BurdenSharing.Step<T, C, V>(ref c);
        HostNationSupport.Step<T, C, V>(ref c);
        EntrapmentFear.Step<T, C, V>(ref c);
        DomesticBalance.Step<T, C, V>(ref c);
        Alignment.Step<T, C, V>(ref c);
        Duplication.Step<T, C, V>(ref c);
        NuclearHedging.Step<T, C, V>(ref c);
        ForcePosture.Step<T, C, V>(ref c);
        AdversaryBuildup.Step<T, C, V>(ref c);
    }
}
