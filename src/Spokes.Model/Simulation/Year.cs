using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;

namespace Spokes.Model.Simulation;

/// <summary>The order of the year's mechanisms, once for every number type: a single run (<see cref="AllianceSimulation"/>)
/// and a lock-step block (<see cref="LockstepSimulation{T}"/>) run the same sequence.</summary>
public static class Year
{
    /// <summary>The derivation pass: quantities computed from the state and this year's levers and public support.</summary>
    public static void Derive<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        NetworkTies.Derive(c);
        ForcePosture.Derive(c);
        Duplication.Derive(c);
        AdversaryBuildup.Derive(c);
        Probing.Derive(c);
        ThreatPerception.Derive(c);
        ThreatCredibility.Derive(c);
        Alignment.Derive(c);
    }

    /// <summary>The step from year t to t + 1 (synchronous: each mechanism writes its own variables of t + 1).</summary>
    public static void Step<T>(StepContext<T> c, bool growth) where T : struct, ILane<T>
    {
        Economy.Step(c, growth);
        ThreatPerception.Shared(c);
        ThreatPerception.Step(c);
        CommitmentBelief.Step(c);
        BurdenSharing.Step(c);
        HostNationSupport.Step(c);
        EntrapmentFear.Step(c);
        DomesticBalance.Step(c);
        Alignment.Step(c);
        Duplication.Step(c);
        NuclearHedging.Step(c);
        ForcePosture.Step(c);
        AdversaryBuildup.Step(c);
    }
}
