using System.Runtime.CompilerServices;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 9b — adversaries probe commitments that look weak ("such shifts might embolden adversaries to test U.S.
/// commitments", Cooper 2016). Resolve as adversary k reads it:
/// Res_k = Σ_i x̂_ik·b_i·(RT_i⁰/RT_i)^ξ·(1 + κ_g·g_i) / Σ_i x̂_ik (will, not budget: U.S. growth alone does not
/// raise it), and the capability ratio CR_k = X_k/R_k.
/// P_k = σ( logit P_k⁰ + k_P·[(CR_k/CR_k⁰ − 1) − (Res_k/Res_k⁰ − 1)] ).
/// A probe raises the threat the exposed allies perceive (<see cref="ThreatPerception"/>) and, if the U.S. does not
/// answer it (no confrontation), lowers their belief (<see cref="CommitmentBelief"/>).
/// </summary>
public static class Probing
{
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V confrontation = c.Derived(DerivedQuantity.Confrontation);
        for (int i = 0; i < c.SpokeCount; i++) confrontation[i] = T.Of(c.Lever(i, Lever.Confrontation));
        V belief = c.Now(StateQuantity.Belief), factor = c.Derived(DerivedQuantity.ResponseFactor), exposure = c.Anchor(AnchorQuantity.Exposure);
        V spending = c.Now(StateQuantity.ThreatSpending), rival = c.Derived(DerivedQuantity.RivalCapability), logit = c.Anchor(AnchorQuantity.LogitProbing);
        V startRatio = c.Anchor(AnchorQuantity.CapabilityRatio), startResolve = c.Anchor(AnchorQuantity.Resolve), probing = c.Derived(DerivedQuantity.Probing);
        for (int k = 0; k < c.ThreatCount; k++)
        {
            T resolve = Resolve<T, V>(k, belief, factor, exposure, c.SpokeCount, c.ThreatCount, confrontation, c.Par(ParameterId.ConfrontationResolve));
            T ratio = spending[k] / T.Max(rival[k], T.Of(1e-9));
            probing[k] = Sigmoid(logit[k]
                + c.Par(ParameterId.ProbingSensitivity) * ((ratio / startRatio[k] - 1) - (resolve / startResolve[k] - 1)));
            // A player's probing replaces the rule's probability.
            if (c.Decision(k, ThreatDecision.Probing) is var decided && !double.IsNaN(decided)) probing[k] = T.Of(decided);
        }
    }

    /// <summary>Res_k = Σ_i x̂_ik·b_i·(RT_i⁰/RT_i)^ξ·(1 + κ_g·g_i) / Σ_i x̂_ik.</summary>
    public static double Resolve(int k, double[] belief, double[] responseFactor, double[] exposure, int n, int m,
        double[] confrontation, ParameterSet p) =>
        Resolve<Scalar, HostColumn<Scalar>>(k, new(belief), new(responseFactor), new(exposure), n, m, new(confrontation),
            Scalar.Of(p[ParameterId.ConfrontationResolve])).Value;

    /// <inheritdoc cref="Resolve(int, double[], double[], double[], int, int, double[], ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Resolve<T, V>(int k, V belief, V responseFactor, V exposure, int n, int m, V confrontation, T confrontationResolve)
        where T : struct, ILane<T> where V : struct, IColumn<T>
    {
        T sum = T.Of(0), weight = T.Of(0);
        for (int i = 0; i < n; i++)
        {
            T x = exposure[i * m + k];
            sum += x * belief[i] * responseFactor[i]
                   * (1 + confrontationResolve * confrontation[i]);
            weight += x;
        }
        return T.IfLess(T.Of(0), weight, T.Max(sum / weight, T.Of(1e-9)), T.Of(1.0));
    }
}
