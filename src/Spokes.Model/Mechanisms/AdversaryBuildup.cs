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
    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived;
        double delta = c.P[ParameterId.CapitalDepreciation];
        for (int k = 0; k < c.ThreatCount; k++)
        {
            double r = 0;
            for (int i = 0; i < c.SpokeCount; i++)
                r += a.Exposure[i * c.ThreatCount + k]
                     * (Math.Max(now.Alignment[i], 0) * delta * now.CapabilityStock[i] + now.Belief[i] * d.UsProtection[i]);
            d.RivalCapability[k] = r;
        }
    }

    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        double k = p[ParameterId.ArmsReactivity], fatigue = p[ParameterId.ArmsFatigue];
        for (int t = 0; t < c.ThreatCount; t++)
        {
            // History runs follow the observed budget (SIPRI, current US$) where the data have one.
            double observed = c.Paths?.Budget(c.LeverYear, 1 + c.SpokeCount + t) ?? double.NaN;
            // A player's build-up (a share of GDP) replaces both the data and the reaction: the game plays a counterfactual.
            if (c.Decision(t, ThreatDecision.BuildupShare) is var decided && !double.IsNaN(decided))
            {
                c.Next.ThreatSpending[t] = decided * now.ThreatGdp[t] * c.Derived.ThreatGrowth[t];
                continue;
            }
            if (!double.IsNaN(observed)) { c.Next.ThreatSpending[t] = observed; continue; }
            // In shares of the adversary's GDP: the rival capability it faces counts relative to its own economy, so
            // balanced growth leaves its burden where it was (no drift from growth alone).
            double economy = MathUtil.SafeRatio(now.ThreatGdp[t], a.ThreatGdp[t]);
            double rival = MathUtil.SafeRatio(c.Derived.RivalCapability[t], a.RivalCapability[t]) / economy;
            double startShare = a.ThreatSpending[t] / a.ThreatGdp[t], share = now.ThreatSpending[t] / now.ThreatGdp[t];
            double next = share + k * startShare * rival - fatigue * share + a.Grievance[t];
            c.Next.ThreatSpending[t] = Math.Max(0, next) * now.ThreatGdp[t] * c.Derived.ThreatGrowth[t];
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
