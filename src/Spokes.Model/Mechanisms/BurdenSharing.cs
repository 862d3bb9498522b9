using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 2 — burden sharing: each ally's defence spending as a best response in a joint-product alliance.
/// The ally maximises U = (1−φ)·ln(Y − x) + φ·ln Q with Q = e·x + spill,
/// spill = θ·b·G + χ·Σ_j W_ij·e_j·x_j (believed U.S. protection plus spill-ins from tied spokes), which gives
/// x_bs = φ·Y − (1−φ)·spill/e (Olson &amp; Zeckhauser 1966; Sandler 1977). Threat raises the weight on security,
/// φ = min(φ⁰·(T/T⁰)^ε·exp(λ_o·Δo), 0.5), Δo the government's orientation shift (<see cref="AlliedPolitics"/>).
/// θ spans substitution (θ &gt; 0, free riding) and complementarity (θ &lt; 0). Demands add compliance m·P·gap and
/// agreed roles and missions add negotiated spending ν·r·gap
/// (together at most the whole gap), where gap = max(0, s_dem·Y − x_bs) and P is the credibility of the threat to
/// leave; the target is kept in [0, 0.5·Y]. Budgets adjust with inertia, as shares of GDP:
/// x'/Y' = x/Y + κ·(x*/Y − x/Y). φ⁰ is solved so that start-year spending is the best response (the fixed point).
/// </summary>
public static class BurdenSharing
{
    /// <summary>Upper bound on spending as a share of GDP (total-war mobilisation levels).</summary>
    public const double MaxShareOfGdp = 0.5;

    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived; var p = c.P;
        int n = c.SpokeCount;
        for (int i = 0; i < n; i++)
        {
            double y = now.Gdp[i];
            double spill = SpillIn(i, now.Belief[i], d.UsProtection[i], d.Ties, d.Efficiency, now.Spending, n, p);
            double politics = p[ParameterId.OrientationSpending] * d.OrientationShift[i];
            double phi = Math.Min(a.SecurityWeight[i] * d.SecurityThreatFactor[i] * Math.Exp(politics), MaxShareOfGdp);
            double best = BestResponse(y, phi, spill, d.Efficiency[i]);
            double gap = Math.Max(0, p[ParameterId.DemandedShareOfGdp] * y - best);
            double compliance = c.Lever(i, Lever.Demands) * d.LeaveProbability[i];
            double negotiated = p[ParameterId.NegotiatedSpending] * c.Lever(i, Lever.RolesAndMissions);
            double target = Math.Clamp(best + Math.Min(1, compliance + negotiated) * gap, 0, MaxShareOfGdp * y);
            // A player's spending target replaces the best response; the budget still adjusts with inertia.
            if (c.Decision(i, SpokeDecision.SpendingTarget) is var decided && !double.IsNaN(decided)) target = decided * y;
            // Budgets adjust as shares of GDP, then scale with next year's GDP: growth alone leaves the share where it
            // was instead of leaving it behind by about g/κ (the lag of a levels adjustment toward a growing target).
            double share = MathUtil.Adjust(now.Spending[i] / y, target / y, p[ParameterId.BudgetAdjustment]);
            c.Next.Spending[i] = share * y * d.SpokeGrowth[i];
        }
    }

    /// <summary>x_bs = max(0, φ·Y − (1−φ)·spill/e): the Cobb–Douglas best response.</summary>
    public static double BestResponse(double gdp, double securityWeight, double spill, double efficiency) =>
        Math.Max(0, securityWeight * gdp - (1 - securityWeight) * spill / efficiency);

    /// <summary>φ⁰ = (x⁰ + spill⁰/e⁰)/(Y⁰ + spill⁰/e⁰): the weight that makes start spending the best response.</summary>
    public static double CalibrateSecurityWeight(double gdp, double spending, double spill, double efficiency) =>
        (spending + spill / efficiency) / (gdp + spill / efficiency);

    /// <summary>spill_i = θ·b_i·G_i + χ·Σ_j W_ij·e_j·x_j.</summary>
    public static double SpillIn(int i, double belief, double usProtection, double[] ties, double[] efficiency,
        double[] spending, int n, ParameterSet p)
    {
        double network = 0;
        for (int j = 0; j < n; j++) network += ties[i * n + j] * efficiency[j] * spending[j];
        return p[ParameterId.ProtectionValue] * belief * usProtection + p[ParameterId.NetworkSpillover] * network;
    }
}
