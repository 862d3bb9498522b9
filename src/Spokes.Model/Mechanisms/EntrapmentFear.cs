using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 3 — entrapment fear (Snyder 1984): the fear of being dragged into the patron's quarrel with China.
/// E* = σ( logit E⁰ + (k_g·g + k_I·c̄)·(1 + k_τ·τ) + k_b·(b − b⁰) − k_T·ln(T/T⁰) ),  E' = E + μ_E·(E* − E).
/// U.S. confrontation and deeper operational integration (c̄, the mean cooperation activity) raise it, more for allies
/// that trade heavily with China; a firmer commitment raises it too
/// (the other horn of the alliance security dilemma); a bigger threat makes U.S. protection welcome and lowers it.
/// </summary>
public static class EntrapmentFear
{
    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double g = c.Lever(i, Lever.Confrontation);
            double target = Sigmoid(
                a.LogitEntrapment[i]
                + (p[ParameterId.ConfrontationEntrapment] * g + p[ParameterId.IntegrationEntrapment] * CooperationActivities.Mean(c, i))
                  * (1 + p[ParameterId.TradeAmplification] * a.Trade[i])
                + p[ParameterId.CommitmentEntrapment] * (now.Belief[i] - a.Belief[i])
                - p[ParameterId.ThreatReducesEntrapment] * c.Derived.LogThreatRatio[i]);
            c.Next.Entrapment[i] = Adjust(now.Entrapment[i], target, p[ParameterId.EntrapmentAdjustment]);
        }
    }
}
