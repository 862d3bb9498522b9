using Spokes.Model.Parameters;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// The threat each ally perceives: T_i = Σ_k x̂_ik·(X_k/X_k⁰)·(1 + ζ·(P_k − P_k⁰)), with x̂ the ally's exposure to
/// adversary k (data/baseline.csv). At the start T_i⁰ = Σ_k x̂_ik; mechanisms use the ratio T/T⁰, which never falls
/// below <see cref="ResidualThreatShare"/>: no adversary disarms completely, and the ratio enters logarithms.
/// </summary>
public static class ThreatPerception
{
    /// <summary>Floor of T/T⁰ (assumption: a residual threat always remains).</summary>
    public const double ResidualThreatShare = 0.05;

    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var d = c.Derived;
        double zeta = c.P[ParameterId.ProbeThreatWeight];
        int m = c.ThreatCount;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double t = 0;
            for (int k = 0; k < m; k++)
                t += a.Exposure[i * m + k] * (c.Now.ThreatSpending[k] / a.ThreatSpending[k])
                     * (1 + zeta * (d.Probing[k] - a.Probing[k]));
            d.PerceivedThreat[i] = Math.Max(t, ResidualThreatShare * a.TotalExposure[i]);
        }
    }
}
