using Spokes.Model.Lanes;
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

    public static void Derive<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var a = c.Anchors; var d = c.Derived;
        T zeta = c.Par(ParameterId.ProbeThreatWeight), shared = c.Par(ParameterId.SharedAssessmentThreat), shock = c.Par(ParameterId.ThreatShockWeight);
        int m = c.ThreatCount;
        var exposure = a.Exposure.L<T>(); var spending = c.Now.ThreatSpending.L<T>(); var startSpending = a.ThreatSpending.L<T>();
        var probing = d.Probing.L<T>(); var startProbing = a.Probing.L<T>(); var startGdp = a.Gdp.L<T>(); var gdp = c.Now.Gdp.L<T>();
        var total = a.TotalExposure.L<T>(); var shocks = c.Now.ThreatShock.L<T>(); var perceived = d.PerceivedThreat.L<T>(); var ratio = d.ThreatRatio.L<T>();
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T t = T.Of(0);
            for (int k = 0; k < m; k++)
                t += exposure[i * m + k] * (spending[k] / startSpending[k])
                     * (1 + zeta * (probing[k] - startProbing[k]));
            // Relative to the ally's own economy: in balanced growth the threat stays where it was; an adversary that
            // outgrows the ally looms larger.
            t *= startGdp[i] / gdp[i];
            t = t * (1 + shared * c.Lever(i, Lever.ThreatAssessment)) + total[i] * shock * shocks[i];
            perceived[i] = T.Max(t, ResidualThreatShare * total[i]);
            ratio[i] = MathUtil.SafeRatio(perceived[i], total[i]);
        }
    }

    /// <summary>
    /// The threat terms several mechanisms of the step read, computed once: ln(T/T⁰) (entrapment fear, the domestic
    /// balance), (T/T⁰)^ε (burden sharing) and (T/T⁰)^ε_n (the nuclear threshold: the same power, not recomputed, when
    /// the elasticities are equal, as by default), and each government's orientation shift Δo. Runs at the start of the
    /// step, after the derivation pass the step reads.
    /// </summary>
    public static void Shared<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var d = c.Derived;
        T security = c.Par(ParameterId.ThreatElasticity), hedging = c.Par(ParameterId.NuclearThreatElasticity);
        bool same = T.BitEquals(security, hedging);
        var ratios = d.ThreatRatio.L<T>(); var log = d.LogThreatRatio.L<T>(); var securityFactor = d.SecurityThreatFactor.L<T>(); var hedgingFactor = d.HedgingThreatFactor.L<T>();
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T ratio = ratios[i];
            log[i] = T.Log(ratio);
            securityFactor[i] = T.Pow(ratio, security);
            hedgingFactor[i] = same ? securityFactor[i] : T.Pow(ratio, hedging);
            d.OrientationShift[i] = AlliedPolitics.OrientationShift(c, i);
        }
    }

    /// <summary>σ' = φ_σ·σ + the year's new shocks.</summary>
    public static void Step<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        T persistence = c.Par(ParameterId.ThreatShockPersistence);
        int year = c.LeverYear;
        var next = c.Next.ThreatShock.L<T>(); var now = c.Now.ThreatShock.L<T>();
        for (int i = 0; i < c.SpokeCount; i++)
        {
            next[i] = persistence * now[i] + (c.Paths?.Shock(year, i) ?? 0);
            if (c.Decisions is not null) next[i] += Coercion(c, i);
        }
    }

    /// <summary>Players' coercion campaigns felt by spoke i: Σ_k c_k·x̂_ik, the channel of the data's coercion incidents.</summary>
    public static T Coercion<T>(StepContext<T> c, int i) where T : struct, ILane<T>
    {
        T felt = T.Of(0);
        var exposure = c.Anchors.Exposure.L<T>();
        for (int k = 0; k < c.ThreatCount; k++)
            if (c.Decision(k, ThreatDecision.Coercion) is var campaign && !double.IsNaN(campaign))
                felt += campaign * exposure[i * c.ThreatCount + k];
        return felt;
    }
}
