using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// The essay's remedy as four activities, each a lever with its own channel and its own cost (Cooper 2016: "jointly
/// assess threats, define roles and missions, deepen defense industrial cooperation, and develop and exercise new
/// concepts of operations", so that allies' niche capabilities can be "federated"):
/// <list type="bullet">
/// <item>joint threat assessment a → perceived threat ×(1 + τ_a·a) (<see cref="ThreatPerception"/>);</item>
/// <item>roles and missions r → duplication target −k_c·r (<see cref="Duplication"/>) and negotiated spending ν·r
/// (<see cref="BurdenSharing"/>);</item>
/// <item>defence-industrial cooperation i → capability per dollar ×(1 + σ_ind·i) (<see cref="Duplication"/>);</item>
/// <item>exercises and concepts of operations x → interoperability synergy σ_syn·max(a, 0)·min(1, c⁰ + x)
/// (<see cref="Duplication"/>) and response days ×(1 − ρ_ex·x) (<see cref="ForcePosture"/>).</item>
/// </list>
/// All four together are a costly signal of commitment: belief rises by β_c times their mean
/// (<see cref="CommitmentBelief"/>), so the composite key <c>cooperation: v</c> reproduces the single lever of the
/// first model for belief. Each costs the U.S. budget (<see cref="UsCosts"/>).
/// </summary>
public static class CooperationActivities
{
    /// <summary>The mean of the four activities for a spoke in the year in force.</summary>
    public static double Mean<T, C, V>(ref C c, int spoke) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T> =>
        (c.Lever(spoke, Lever.ThreatAssessment) + c.Lever(spoke, Lever.RolesAndMissions)
         + c.Lever(spoke, Lever.IndustrialCooperation) + c.Lever(spoke, Lever.Exercises)) / 4;
}
