using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 5 — alignment and distancing, with hysteresis and bandwagoning.
/// a* = tanh( artanh a⁰ + w_b·(b − b⁰) − w_E·(E − E⁰) − w_p·(p − p⁰) − w_B·(B − B⁰) + w_o·Δo ),
/// a' = a + η·(a* − a) with η = η_away when a* &lt; a and η_back = r·η_away (r &lt; 1) otherwise (trust is slow to rebuild).
/// Bandwagoning pull B = (1 − b)·v·T/T⁰, where v = (Σ_k x̂_ik X_k)/(Σ_k x̂_ik X_k + x_i) is the share of the local
/// balance the adversaries hold: weak, exposed states with little faith in the U.S. bandwagon first (Walt 1987).
/// Δo is the government's orientation shift (<see cref="AlliedPolitics"/>).
/// Labels: aligned a ≥ 0.5, hedging 0 ≤ a &lt; 0.5, de-aligned −0.5 ≤ a &lt; 0, re-aligned (bandwagoning) a &lt; −0.5.
/// </summary>
public static class Alignment
{
    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            d.Vulnerability[i] = Vulnerability(i, now.Spending[i], now.ThreatSpending, a.Exposure, c.ThreatCount);
            d.BandwagonPull[i] = BandwagonPull(now.Belief[i], d.Vulnerability[i], d.ThreatRatio[i]);
        }
    }

    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P; var d = c.Derived;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double pull =
                a.ArtanhAlignment[i]
                + p[ParameterId.BeliefAlignmentWeight, i] * (now.Belief[i] - a.Belief[i])
                - p[ParameterId.EntrapmentAlignmentWeight, i] * (now.Entrapment[i] - a.Entrapment[i])
                - p[ParameterId.IndependenceAlignmentWeight, i] * (now.Independence[i] - a.Independence[i])
                - p[ParameterId.BandwagonWeight, i] * (d.BandwagonPull[i] - a.BandwagonPull[i])
                + p[ParameterId.OrientationAlignment, i] * d.OrientationShift[i];
            // A player's alignment move acts as a government's change of orientation would (w_o per unit).
            if (c.Decision(i, SpokeDecision.AlignmentMove) is var move && !double.IsNaN(move)) pull += p[ParameterId.OrientationAlignment, i] * move;
            double target = Math.Tanh(pull);
            // Read per spoke (ParameterSet.PerSpoke): a scenario may give one ally its own alignment weights.
            double away = p[ParameterId.AlignmentAwayRate, i];
            double rate = target < now.Alignment[i] ? away : away * p[ParameterId.AlignmentReturnRatio, i];
            c.Next.Alignment[i] = Adjust(now.Alignment[i], target, rate);
        }
    }

    /// <summary>v_i: the adversaries' share of the local balance the ally faces (0..1).</summary>
    public static double Vulnerability(int i, double ownSpending, double[] threatSpending, double[] exposure, int m)
    {
        double adversary = 0;
        for (int k = 0; k < m; k++) adversary += exposure[i * m + k] * threatSpending[k];
        return adversary + ownSpending > 0 ? adversary / (adversary + ownSpending) : 0;
    }

    /// <summary>B = (1 − b)·v·(T/T⁰).</summary>
    public static double BandwagonPull(double belief, double vulnerability, double threatRatio) =>
        (1 - belief) * vulnerability * threatRatio;

    /// <summary>The label an analyst reads for an alignment value.</summary>
    public static string Label(double alignment) => alignment switch
    {
        >= 0.5 => "aligned",
        >= 0.0 => "hedging",
        >= -0.5 => "de-aligned",
        _ => "re-aligned",
    };
}
