using System.Runtime.CompilerServices;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
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
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V cooperation = c.Anchor(AnchorQuantity.Cooperation), duplication = c.Now(StateQuantity.Duplication), alignment = c.Now(StateQuantity.Alignment);
        V efficiency = c.Derived(DerivedQuantity.Efficiency);
        T synergy = c.Par(ParameterId.CooperationSynergy), duplicate = c.Par(ParameterId.DuplicateEfficiency), industrial = c.Par(ParameterId.IndustrialEfficiency);
        for (int i = 0; i < c.SpokeCount; i++)
            efficiency[i] = Efficiency(duplication[i], alignment[i], cooperation[i] + c.Lever(i, Lever.Exercises),
                T.Of(c.Lever(i, Lever.IndustrialCooperation)), synergy, duplicate, industrial);
    }

    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V gdp = c.Now(StateQuantity.Gdp), logit = c.Anchor(AnchorQuantity.LogitDuplication), startBelief = c.Anchor(AnchorQuantity.Belief);
        V belief = c.Now(StateQuantity.Belief), independence = c.Now(StateQuantity.Independence), startIndependence = c.Anchor(AnchorQuantity.Independence);
        V duplication = c.Now(StateQuantity.Duplication), next = c.Next(StateQuantity.Duplication), stock = c.Now(StateQuantity.CapabilityStock);
        V nextStock = c.Next(StateQuantity.CapabilityStock), efficiency = c.Derived(DerivedQuantity.Efficiency), spending = c.Now(StateQuantity.Spending);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T capacity = gdp[i] / (gdp[i] + c.Par(ParameterId.DuplicationCapacityScale));
            T target = Sigmoid(
                logit[i]
                + capacity * c.Par(ParameterId.AbandonmentDuplication) * (startBelief[i] - belief[i])
                + c.Par(ParameterId.IndependenceDuplication) * (independence[i] - startIndependence[i])
                - c.Par(ParameterId.CooperationComplementarity) * c.Lever(i, Lever.RolesAndMissions));
            next[i] = Adjust(duplication[i], target, c.Par(ParameterId.DuplicationAdjustment));
            T delta = c.Par(ParameterId.CapitalDepreciation);
            nextStock[i] = (1 - delta) * stock[i] + efficiency[i] * spending[i];
        }
    }

    /// <summary>e = [(1 − d)·(1 + σ_syn·max(a, 0)·min(1, integration)) + d·ω]·(1 + σ_ind·industrial).</summary>
    public static double Efficiency(double duplication, double alignment, double integration, double industrial, ParameterSet p) =>
        Efficiency(Scalar.Of(duplication), Scalar.Of(alignment), Scalar.Of(integration), Scalar.Of(industrial),
            Scalar.Of(p[ParameterId.CooperationSynergy]), Scalar.Of(p[ParameterId.DuplicateEfficiency]), Scalar.Of(p[ParameterId.IndustrialEfficiency])).Value;

    /// <inheritdoc cref="Efficiency(double, double, double, double, ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Efficiency<T>(T duplication, T alignment, T integration, T industrial, T synergy, T duplicateEfficiency, T industrialEfficiency)
        where T : struct, ILane<T> =>
        ((1 - duplication) * (1 + synergy * T.Max(alignment, T.Of(0)) * T.Min(T.Of(1), integration))
         + duplication * duplicateEfficiency)
        * (1 + industrialEfficiency * industrial);
}
