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

    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T zeta = c.Par(ParameterId.ProbeThreatWeight), shared = c.Par(ParameterId.SharedAssessmentThreat), shock = c.Par(ParameterId.ThreatShockWeight);
        int m = c.ThreatCount;
        V exposure = c.Anchor(AnchorQuantity.Exposure), spending = c.Now(StateQuantity.ThreatSpending), startSpending = c.Anchor(AnchorQuantity.ThreatSpending);
        V probing = c.Derived(DerivedQuantity.Probing), startProbing = c.Anchor(AnchorQuantity.Probing), startGdp = c.Anchor(AnchorQuantity.Gdp);
        V gdp = c.Now(StateQuantity.Gdp), total = c.Anchor(AnchorQuantity.TotalExposure), shocks = c.Now(StateQuantity.ThreatShock);
        V perceived = c.Derived(DerivedQuantity.PerceivedThreat), ratio = c.Derived(DerivedQuantity.ThreatRatio);
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
    public static void Shared<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T security = c.Par(ParameterId.ThreatElasticity), hedging = c.Par(ParameterId.NuclearThreatElasticity);
        bool same = T.BitEquals(security, hedging);
        V ratios = c.Derived(DerivedQuantity.ThreatRatio), log = c.Derived(DerivedQuantity.LogThreatRatio);
        V securityFactor = c.Derived(DerivedQuantity.SecurityThreatFactor), hedgingFactor = c.Derived(DerivedQuantity.HedgingThreatFactor);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T ratio = ratios[i];
            T ln = T.Log(ratio);
            log[i] = ln;
            securityFactor[i] = T.Pow(ratio, security, ln); // lanes: exp(ε·ln), the logarithm not taken twice
            hedgingFactor[i] = same ? securityFactor[i] : T.Pow(ratio, hedging, ln);
            c.Shared(SharedQuantity.OrientationShift, i) = AlliedPolitics.OrientationShift<T, C, V>(ref c, i);
        }
    }

    /// <summary>σ' = φ_σ·σ + the year's new shocks.</summary>
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T persistence = c.Par(ParameterId.ThreatShockPersistence);
        V next = c.Next(StateQuantity.ThreatShock), now = c.Now(StateQuantity.ThreatShock);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            next[i] = persistence * now[i] + c.Shock(i);
            if (c.HasDecisions) next[i] += Coercion<T, C, V>(ref c, i);
        }
    }

    /// <summary>Players' coercion campaigns felt by spoke i: Σ_k c_k·x̂_ik, the channel of the data's coercion incidents.</summary>
    public static T Coercion<T, C, V>(ref C c, int i) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T felt = T.Of(0);
        V exposure = c.Anchor(AnchorQuantity.Exposure);
        for (int k = 0; k < c.ThreatCount; k++)
            if (c.Decision(k, ThreatDecision.Coercion) is var campaign && !double.IsNaN(campaign))
                felt += campaign * exposure[i * c.ThreatCount + k];
        return felt;
    }
}
