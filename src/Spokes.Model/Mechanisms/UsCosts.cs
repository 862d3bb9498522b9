using Spokes.Model.Parameters;
using Spokes.Model.Policy;
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
    /// <summary>C_pres for the state given (using its troop moves of that year).</summary>
    public static double PresenceCost(World.WorldState s, Anchors a, ParameterSet p)
    {
        double millionsToBillions = 1e-3, total = 0;
        for (int i = 0; i < s.SpokeCount; i++)
        {
            double returned = Math.Max(0, a.Troops[i] - s.Troops[i]);
            total += p[ParameterId.StationingCostPerTroop] * s.Troops[i] * millionsToBillions - s.HostSupport[i]
                     + p[ParameterId.HomeBasingCostPerTroop] * returned * millionsToBillions
                     + p[ParameterId.RelocationCostPerTroop] * s.TroopsMoved[i] * millionsToBillions
                     + p[ParameterId.DistanceCostPerTroop] * returned * a.Distance[i] / 1000 * millionsToBillions;
        }
        return total;
    }

    /// <summary>C_rem: the remedies and signals in force this year, US$ bn.</summary>
    public static double RemedyCost(StepContext c)
    {
        var p = c.P;
        double total = 0;
        for (int i = 0; i < c.SpokeCount; i++)
            total += p[ParameterId.ThreatAssessmentCost] * c.Lever(i, Lever.ThreatAssessment)
                     + p[ParameterId.RolesAndMissionsCost] * c.Lever(i, Lever.RolesAndMissions)
                     + p[ParameterId.IndustrialCooperationCost] * c.Lever(i, Lever.IndustrialCooperation)
                     + p[ParameterId.ExercisesCost] * c.Lever(i, Lever.Exercises)
                     + p[ParameterId.ReassuranceCost] * c.Lever(i, Lever.Reassurance)
                     + p[ParameterId.NetworkingCost] * c.Lever(i, Lever.Networking)
                     + p[ParameterId.PressureCost] * c.Lever(i, Lever.NonProliferationPressure);
        return total;
    }
}
