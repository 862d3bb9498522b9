using Spokes.Model.Parameters;
using Spokes.Model.Policy;
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
    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var d = c.Derived; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++) d.Confrontation[i] = c.Lever(i, Lever.Confrontation);
        for (int k = 0; k < c.ThreatCount; k++)
        {
            double resolve = Resolve(k, c.Now.Belief, d.ResponseFactor, a.Exposure, c.SpokeCount, c.ThreatCount, d.Confrontation, p);
            double ratio = c.Now.ThreatSpending[k] / Math.Max(d.RivalCapability[k], 1e-9);
            d.Probing[k] = Sigmoid(a.LogitProbing[k]
                + p[ParameterId.ProbingSensitivity] * ((ratio / a.CapabilityRatio[k] - 1) - (resolve / a.Resolve[k] - 1)));
            // A player's probing replaces the rule's probability.
            if (c.Decision(k, ThreatDecision.Probing) is var decided && !double.IsNaN(decided)) d.Probing[k] = decided;
        }
    }

    /// <summary>Res_k = Σ_i x̂_ik·b_i·(RT_i⁰/RT_i)^ξ·(1 + κ_g·g_i) / Σ_i x̂_ik.</summary>
    public static double Resolve(int k, double[] belief, double[] responseFactor, double[] exposure, int n, int m,
        double[] confrontation, ParameterSet p)
    {
        double sum = 0, weight = 0;
        for (int i = 0; i < n; i++)
        {
            double x = exposure[i * m + k];
            sum += x * belief[i] * responseFactor[i]
                   * (1 + p[ParameterId.ConfrontationResolve] * confrontation[i]);
            weight += x;
        }
        return weight > 0 ? Math.Max(sum / weight, 1e-9) : 1.0;
    }
}
