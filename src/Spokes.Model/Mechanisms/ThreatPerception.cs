using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// The threat each ally perceives, from budgets and from events:
/// T_i = max( Σ_k x̂_ik·(X_k/X_k⁰)·(1 + ζ·(P_k − P_k⁰))·(Y_i⁰/Y_i)·(1 + τ_a·a_i) + T_i⁰·ψ_σ·σ_i , floor·T_i⁰ ),
/// with x̂ the ally's exposure to adversary k (data/baseline.csv), X the adversaries' budgets in current US$ (the same
/// money unit as allied budgets) counted relative to the ally's own economy Y_i, P their probing, a the joint-threat-assessment lever and σ the stock of recent
/// threat shocks (nuclear and missile tests, coercion incidents, drills: data/threat-events.csv),
/// σ' = φ_σ·σ + s(t+1), s the intensities of the year's new shocks. At the start T_i⁰ = Σ_k x̂_ik and σ = 0 (earlier
/// events are in the judged start values); mechanisms use the ratio T/T⁰, which never falls below
/// <see cref="ResidualThreatShare"/>: no adversary disarms completely, and the ratio enters logarithms.
/// </summary>
public static class ThreatPerception
{
    /// <summary>Floor of T/T⁰ (assumption: a residual threat always remains).</summary>
    public const double ResidualThreatShare = 0.05;

    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var d = c.Derived; var p = c.P;
        double zeta = p[ParameterId.ProbeThreatWeight], shared = p[ParameterId.SharedAssessmentThreat], shock = p[ParameterId.ThreatShockWeight];
        int m = c.ThreatCount;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double t = 0;
            for (int k = 0; k < m; k++)
                t += a.Exposure[i * m + k] * (c.Now.ThreatSpending[k] / a.ThreatSpending[k])
                     * (1 + zeta * (d.Probing[k] - a.Probing[k]));
            // Relative to the ally's own economy: in balanced growth the threat stays where it was; an adversary that
            // outgrows the ally looms larger.
            t *= a.Gdp[i] / c.Now.Gdp[i];
            t = t * (1 + shared * c.Lever(i, Lever.ThreatAssessment)) + a.TotalExposure[i] * shock * c.Now.ThreatShock[i];
            d.PerceivedThreat[i] = Math.Max(t, ResidualThreatShare * a.TotalExposure[i]);
            d.ThreatRatio[i] = MathUtil.SafeRatio(d.PerceivedThreat[i], a.TotalExposure[i]);
        }
    }

    /// <summary>
    /// The threat terms several mechanisms of the step read, computed once: ln(T/T⁰) (entrapment fear, the domestic
    /// balance), (T/T⁰)^ε (burden sharing) and (T/T⁰)^ε_n (the nuclear threshold: the same power, not recomputed, when
    /// the elasticities are equal, as by default), and each government's orientation shift Δo. Runs at the start of the
    /// step, after the derivation pass the step reads.
    /// </summary>
    public static void Shared(StepContext c)
    {
        var d = c.Derived; var p = c.P;
        double security = p[ParameterId.ThreatElasticity], hedging = p[ParameterId.NuclearThreatElasticity];
        bool same = BitConverter.DoubleToInt64Bits(security) == BitConverter.DoubleToInt64Bits(hedging);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double ratio = d.ThreatRatio[i];
            d.LogThreatRatio[i] = Math.Log(ratio);
            d.SecurityThreatFactor[i] = Math.Pow(ratio, security);
            d.HedgingThreatFactor[i] = same ? d.SecurityThreatFactor[i] : Math.Pow(ratio, hedging);
            d.OrientationShift[i] = AlliedPolitics.OrientationShift(c, i);
        }
    }

    /// <summary>σ' = φ_σ·σ + the year's new shocks.</summary>
    public static void Step(StepContext c)
    {
        double persistence = c.P[ParameterId.ThreatShockPersistence];
        int year = c.LeverYear;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            c.Next.ThreatShock[i] = persistence * c.Now.ThreatShock[i] + (c.Paths?.Shock(year, i) ?? 0);
            if (c.Decisions is not null) c.Next.ThreatShock[i] += Coercion(c, i);
        }
    }

    /// <summary>Players' coercion campaigns felt by spoke i: Σ_k c_k·x̂_ik, the channel of the data's coercion incidents.</summary>
    public static double Coercion(StepContext c, int i)
    {
        double felt = 0;
        for (int k = 0; k < c.ThreatCount; k++)
            if (c.Decision(k, ThreatDecision.Coercion) is var campaign && !double.IsNaN(campaign))
                felt += campaign * c.Anchors.Exposure[i * c.ThreatCount + k];
        return felt;
    }
}
