using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;
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

    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        int n = c.SpokeCount;
        V gdp = c.Now(StateQuantity.Gdp), belief = c.Now(StateQuantity.Belief), protection = c.Derived(DerivedQuantity.UsProtection);
        V ties = c.Derived(DerivedQuantity.Ties), efficiency = c.Derived(DerivedQuantity.Efficiency), spending = c.Now(StateQuantity.Spending);
        V weight = c.Anchor(AnchorQuantity.SecurityWeight), threat = c.Derived(DerivedQuantity.SecurityThreatFactor);
        V leave = c.Derived(DerivedQuantity.LeaveProbability), next = c.Next(StateQuantity.Spending);
        T protectionValue = c.Par(ParameterId.ProtectionValue), spillover = c.Par(ParameterId.NetworkSpillover);
        for (int i = 0; i < n; i++)
        {
            T y = gdp[i];
            T spill = SpillIn<T, V>(i, belief[i], protection[i], ties, efficiency, spending, n, protectionValue, spillover);
            // φ = w·τ·e^(β·Δo). Without a shift of government orientation (Δo = 0, every year without dated politics)
            // e^(β·Δo) = e^0 = 1 exactly, and x·1 = x: the same bits without an exp.
            double shift = c.Shared(SharedQuantity.OrientationShift, i);
            T phi = shift == 0 ? weight[i] * threat[i] : weight[i] * threat[i] * T.Exp(c.Par(ParameterId.OrientationSpending) * shift);
            phi = T.Min(phi, T.Of(MaxShareOfGdp));
            T best = BestResponse(y, phi, spill, efficiency[i]);
            T gap = T.Max(T.Of(0), c.Par(ParameterId.DemandedShareOfGdp) * y - best);
            T compliance = c.Lever(i, Lever.Demands) * leave[i];
            T negotiated = c.Par(ParameterId.NegotiatedSpending) * c.Lever(i, Lever.RolesAndMissions);
            T target = T.Clamp(best + T.Min(T.Of(1), compliance + negotiated) * gap, T.Of(0), MaxShareOfGdp * y);
            // A player's spending target replaces the best response; the budget still adjusts with inertia.
            if (c.Decision(i, SpokeDecision.SpendingTarget) is var decided && !double.IsNaN(decided)) target = decided * y;
            // Budgets adjust as shares of GDP, then scale with next year's GDP: growth alone leaves the share where it
            // was instead of leaving it behind by about g/κ (the lag of a levels adjustment toward a growing target).
            T share = MathUtil.Adjust(spending[i] / y, target / y, c.Par(ParameterId.BudgetAdjustment));
            next[i] = share * y * c.Shared(SharedQuantity.SpokeGrowth, i);
        }
    }

    /// <summary>x_bs = max(0, φ·Y − (1−φ)·spill/e): the Cobb–Douglas best response.</summary>
    public static double BestResponse(double gdp, double securityWeight, double spill, double efficiency) =>
        BestResponse(Scalar.Of(gdp), Scalar.Of(securityWeight), Scalar.Of(spill), Scalar.Of(efficiency)).Value;

    /// <inheritdoc cref="BestResponse(double, double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T BestResponse<T>(T gdp, T securityWeight, T spill, T efficiency) where T : struct, ILane<T> =>
        T.Max(T.Of(0), securityWeight * gdp - (1 - securityWeight) * spill / efficiency);

    /// <summary>φ⁰ = (x⁰ + spill⁰/e⁰)/(Y⁰ + spill⁰/e⁰): the weight that makes start spending the best response.</summary>
    public static double CalibrateSecurityWeight(double gdp, double spending, double spill, double efficiency) =>
        (spending + spill / efficiency) / (gdp + spill / efficiency);

    /// <summary>spill_i = θ·b_i·G_i + χ·Σ_j W_ij·e_j·x_j.</summary>
    public static double SpillIn(int i, double belief, double usProtection, double[] ties, double[] efficiency,
        double[] spending, int n, ParameterSet p) =>
        SpillIn<Scalar, HostColumn<Scalar>>(i, Scalar.Of(belief), Scalar.Of(usProtection), new(ties), new(efficiency), new(spending), n,
            Scalar.Of(p[ParameterId.ProtectionValue]), Scalar.Of(p[ParameterId.NetworkSpillover])).Value;

    /// <inheritdoc cref="SpillIn(int, double, double, double[], double[], double[], int, ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T SpillIn<T, V>(int i, T belief, T usProtection, V ties, V efficiency, V spending, int n, T protectionValue, T spillover)
        where T : struct, ILane<T> where V : struct, IColumn<T>
    {
        T network = T.Of(0);
        for (int j = 0; j < n; j++) network += ties[i * n + j] * efficiency[j] * spending[j];
        return protectionValue * belief * usProtection + spillover * network;
    }
}
