using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 6 — duplication and capability efficiency.
/// d* = σ( logit d⁰ + cap·k_d·(A − A⁰) + k_p·(p − p⁰) − k_c·r ), cap = Y/(Y + Y_c), d' = d + μ_d·(d* − d).
/// Allies that fear facing threats alone buy capabilities that duplicate the U.S. instead of complementing it;
/// agreed roles and missions r push the other way; a small economy lacks the capacity to duplicate much.
/// Efficiency e = [(1 − d)·(1 + σ_syn·max(a, 0)·min(1, c⁰ + x)) + d·ω]·(1 + σ_ind·i), ω &lt; 1, where x is the
/// exercises lever (interoperability) and i defence-industrial cooperation (<see cref="CooperationActivities"/>);
/// the capability stock K' = (1 − δ)·K + e·x_spend, starting at its steady state K⁰ = e⁰·x⁰/δ.
/// </summary>
public static class Duplication
{
    public static void Derive(StepContext c)
    {
        var a = c.Anchors;
        for (int i = 0; i < c.SpokeCount; i++)
            c.Derived.Efficiency[i] = Efficiency(c.Now.Duplication[i], c.Now.Alignment[i],
                a.Cooperation[i] + c.Lever(i, Lever.Exercises), c.Lever(i, Lever.IndustrialCooperation), c.P);
    }

    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double capacity = now.Gdp[i] / (now.Gdp[i] + p[ParameterId.DuplicationCapacityScale]);
            double target = Sigmoid(
                a.LogitDuplication[i]
                + capacity * p[ParameterId.AbandonmentDuplication] * (a.Belief[i] - now.Belief[i])
                + p[ParameterId.IndependenceDuplication] * (now.Independence[i] - a.Independence[i])
                - p[ParameterId.CooperationComplementarity] * c.Lever(i, Lever.RolesAndMissions));
            c.Next.Duplication[i] = Adjust(now.Duplication[i], target, p[ParameterId.DuplicationAdjustment]);
            double delta = p[ParameterId.CapitalDepreciation];
            c.Next.CapabilityStock[i] = (1 - delta) * now.CapabilityStock[i] + c.Derived.Efficiency[i] * now.Spending[i];
        }
    }

    /// <summary>e = [(1 − d)·(1 + σ_syn·max(a, 0)·min(1, integration)) + d·ω]·(1 + σ_ind·industrial).</summary>
    public static double Efficiency(double duplication, double alignment, double integration, double industrial, ParameterSet p) =>
        ((1 - duplication) * (1 + p[ParameterId.CooperationSynergy] * Math.Max(alignment, 0) * Math.Min(1, integration))
         + duplication * p[ParameterId.DuplicateEfficiency])
        * (1 + p[ParameterId.IndustrialEfficiency] * industrial);
}
