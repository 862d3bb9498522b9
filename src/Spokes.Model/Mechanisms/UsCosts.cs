using Spokes.Model.Parameters;
using Spokes.Model.Simulation;
using Spokes.Model.World;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 8 — what the posture costs the U.S. per year, US$ bn:
/// C = Σ_i (c_abroad·F_i − H_i)                      stationing net of host-nation support
///   + c_home·Σ_i max(0, F_i⁰ − F_i)                 the same troops based at home, with no host support
///   + c_reloc·Σ_i |ΔF_i|                            moving them and building for them (one-time)
///   + c_dist·Σ_i max(0, F_i⁰ − F_i)·D_i/1000         extra force structure to cover the distance.
/// Troops added above the start level are stationed abroad and cost c_abroad each.
/// </summary>
public static class UsCosts
{
    /// <summary>Net yearly posture cost, US$ bn, for the state given (using its troop moves of that year).</summary>
    public static double PostureCost(WorldState s, Anchors a, ParameterSet p)
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
}
