using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 8 — what the posture costs the U.S. per year, US$ bn. Presence:
/// C_pres = Σ_i (c_abroad·F_i − H_i)                 stationing net of host-nation support
///        + c_home·Σ_i max(0, F_i⁰ − F_i)            the same troops based at home, with no host support
///        + c_reloc·Σ_i |ΔF_i|                       moving them and building for them (one-time)
///        + c_dist·Σ_i max(0, F_i⁰ − F_i)·D_i/1000    extra force structure to cover the distance.
/// Troops added above the start level are stationed abroad and cost c_abroad each.
/// Remedies (so that no posture wins by construction):
/// C_rem = Σ_i (c_a·a_i + c_r·r_i + c_ind·i_i + c_x·x_i + c_q·q_i + c_n·n_i + c_np·np_i), the four cooperation
/// activities, reassurance (attention priced), networking and non-proliferation pressure, each per ally at full
/// intensity. C = C_pres + C_rem.
/// </summary>
public static class UsCosts
{
    /// <summary>C_pres for the current state (using its troop moves of that year), lane by lane.</summary>
    public static T PresenceCost<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V startTroops = c.Anchor(AnchorQuantity.Troops), troops = c.Now(StateQuantity.Troops), support = c.Now(StateQuantity.HostSupport);
        V moved = c.Now(StateQuantity.TroopsMoved), distance = c.Anchor(AnchorQuantity.Distance);
        double millionsToBillions = 1e-3;
        T total = T.Of(0);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T returned = T.Max(T.Of(0), startTroops[i] - troops[i]);
            total += c.Par(ParameterId.StationingCostPerTroop) * troops[i] * millionsToBillions - support[i]
                     + c.Par(ParameterId.HomeBasingCostPerTroop) * returned * millionsToBillions
                     + c.Par(ParameterId.RelocationCostPerTroop) * moved[i] * millionsToBillions
                     + c.Par(ParameterId.DistanceCostPerTroop) * returned * distance[i] / 1000 * millionsToBillions;
        }
        return total;
    }

    /// <summary>C_rem: the remedies and signals in force this year, US$ bn, lane by lane.</summary>
    public static T RemedyCost<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T total = T.Of(0);
        for (int i = 0; i < c.SpokeCount; i++)
            total += c.Par(ParameterId.ThreatAssessmentCost) * c.Lever(i, Lever.ThreatAssessment)
                     + c.Par(ParameterId.RolesAndMissionsCost) * c.Lever(i, Lever.RolesAndMissions)
                     + c.Par(ParameterId.IndustrialCooperationCost) * c.Lever(i, Lever.IndustrialCooperation)
                     + c.Par(ParameterId.ExercisesCost) * c.Lever(i, Lever.Exercises)
                     + c.Par(ParameterId.ReassuranceCost) * c.Lever(i, Lever.Reassurance)
                     + c.Par(ParameterId.NetworkingCost) * c.Lever(i, Lever.Networking)
                     + c.Par(ParameterId.PressureCost) * c.Lever(i, Lever.NonProliferationPressure);
        return total;
    }
}
