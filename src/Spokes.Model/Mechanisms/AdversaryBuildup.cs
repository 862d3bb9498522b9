using Spokes.Model.Lanes;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 9a — adversary build-up as a Richardson reaction to the capability it faces, in shares of its GDP
/// (s = X/Y): s_k' = s_k + k·s_k⁰·(R_k/R_k⁰)/(Y_k/Y_k⁰) − a·s_k + g_k, X_k' = s_k'·Y_k', with
/// R_k = Σ_i x̂_ik·(max(a_i, 0)·δK_i + b_i·G_i) the aligned allied capability and believed U.S. protection facing k,
/// counted relative to the adversary's own economy. The reaction k is scaled by s_k⁰ so one range serves a large and
/// a small adversary; the grievance g_k = (a − k)·s_k⁰ makes the start an equilibrium, and balanced growth leaves
/// the burden where it was. In years where the dated paths give an observed budget (history runs: SIPRI, current
/// US$), X' is that budget instead.
/// </summary>
public static class AdversaryBuildup
{
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T delta = c.Par(ParameterId.CapitalDepreciation);
        V exposure = c.Anchor(AnchorQuantity.Exposure), alignment = c.Now(StateQuantity.Alignment), stock = c.Now(StateQuantity.CapabilityStock);
        V belief = c.Now(StateQuantity.Belief), protection = c.Derived(DerivedQuantity.UsProtection), rivalCapability = c.Derived(DerivedQuantity.RivalCapability);
        for (int k = 0; k < c.ThreatCount; k++)
        {
            T r = T.Of(0);
            for (int i = 0; i < c.SpokeCount; i++)
                r += exposure[i * c.ThreatCount + k]
                     * (T.Max(alignment[i], T.Of(0)) * delta * stock[i] + belief[i] * protection[i]);
            rivalCapability[k] = r;
        }
    }

    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T k = c.Par(ParameterId.ArmsReactivity), fatigue = c.Par(ParameterId.ArmsFatigue);
        V threatGdp = c.Now(StateQuantity.ThreatGdp), startGdp = c.Anchor(AnchorQuantity.ThreatGdp), rivalCapability = c.Derived(DerivedQuantity.RivalCapability);
        V startRival = c.Anchor(AnchorQuantity.RivalCapability), startSpending = c.Anchor(AnchorQuantity.ThreatSpending);
        V spending = c.Now(StateQuantity.ThreatSpending), grievance = c.Anchor(AnchorQuantity.Grievance), next = c.Next(StateQuantity.ThreatSpending);
        for (int t = 0; t < c.ThreatCount; t++)
        {
            // History runs follow the observed budget (SIPRI, current US$) where the data have one.
            double observed = c.ObservedBudget(1 + c.SpokeCount + t);
            // A player's build-up (a share of GDP) replaces both the data and the reaction: the game plays a counterfactual.
            if (c.Decision(t, ThreatDecision.BuildupShare) is var decided && !double.IsNaN(decided))
            {
                next[t] = decided * threatGdp[t] * c.Shared(SharedQuantity.ThreatGrowth, t);
                continue;
            }
            if (!double.IsNaN(observed)) { next[t] = T.Of(observed); continue; }
            // In shares of the adversary's GDP: the rival capability it faces counts relative to its own economy, so
            // balanced growth leaves its burden where it was (no drift from growth alone).
            T economy = MathUtil.SafeRatio(threatGdp[t], startGdp[t]);
            T rival = MathUtil.SafeRatio(rivalCapability[t], startRival[t]) / economy;
            T startShare = startSpending[t] / startGdp[t], share = spending[t] / threatGdp[t];
            T reacted = share + k * startShare * rival - fatigue * share + grievance[t];
            next[t] = T.Max(T.Of(0), reacted) * threatGdp[t] * c.Shared(SharedQuantity.ThreatGrowth, t);
        }
    }

    /// <summary>R_k at the start (efficiency times spending stands in for δK, its steady state).</summary>
    public static double RivalCapability(int k, double[] alignment, double[] efficiency, double[] spending,
        double[] belief, double[] usProtection, double[] exposure, int n, int m)
    {
        double r = 0;
        for (int i = 0; i < n; i++)
            r += exposure[i * m + k] * (Math.Max(alignment[i], 0) * efficiency[i] * spending[i] + belief[i] * usProtection[i]);
        return r;
    }

    /// <summary>g = (a − k)·s⁰: the grievance (a share of GDP) that makes the start an equilibrium of the reaction equation.</summary>
    public static double CalibrateGrievance(double startShare, ParameterSet p) =>
        (p[ParameterId.ArmsFatigue] - p[ParameterId.ArmsReactivity]) * startShare;
}
