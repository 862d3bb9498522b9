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
    public static void Derive<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var a = c.Anchors; var d = c.Derived;
        for (int i = 0; i < c.SpokeCount; i++) d.Confrontation[i] = c.Lever(i, Lever.Confrontation);
        var belief = c.Now.Belief.L<T>(); var factor = d.ResponseFactor.L<T>(); var exposure = a.Exposure.L<T>(); var spending = c.Now.ThreatSpending.L<T>();
        var rival = d.RivalCapability.L<T>(); var logit = a.LogitProbing.L<T>(); var startRatio = a.CapabilityRatio.L<T>(); var startResolve = a.Resolve.L<T>();
        var probing = d.Probing.L<T>();
        for (int k = 0; k < c.ThreatCount; k++)
        {
            T resolve = Resolve(k, belief, factor, exposure, c.SpokeCount, c.ThreatCount, d.Confrontation, c.Par(ParameterId.ConfrontationResolve));
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
        Resolve(k, belief.L<Scalar>(), responseFactor.L<Scalar>(), exposure.L<Scalar>(), n, m, confrontation,
            Scalar.Of(p[ParameterId.ConfrontationResolve])).Value;

    /// <inheritdoc cref="Resolve(int, double[], double[], double[], int, int, double[], ParameterSet)"/>
    public static T Resolve<T>(int k, ReadOnlySpan<T> belief, ReadOnlySpan<T> responseFactor, ReadOnlySpan<T> exposure, int n, int m,
        ReadOnlySpan<double> confrontation, T confrontationResolve) where T : struct, ILane<T>
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
