using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
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
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V logit = c.Anchor(AnchorQuantity.LogitEntrapment), trade = c.Anchor(AnchorQuantity.Trade), belief = c.Now(StateQuantity.Belief);
        V startBelief = c.Anchor(AnchorQuantity.Belief), log = c.Derived(DerivedQuantity.LogThreatRatio), entrapment = c.Now(StateQuantity.Entrapment);
        V next = c.Next(StateQuantity.Entrapment);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double g = c.Lever(i, Lever.Confrontation);
            T target = Sigmoid(
                logit[i]
                + (c.Par(ParameterId.ConfrontationEntrapment) * g + c.Par(ParameterId.IntegrationEntrapment) * CooperationActivities.Mean<T, C, V>(ref c, i))
                  * (1 + c.Par(ParameterId.TradeAmplification) * trade[i])
                + c.Par(ParameterId.CommitmentEntrapment) * (belief[i] - startBelief[i])
                - c.Par(ParameterId.ThreatReducesEntrapment) * log[i]);
            next[i] = Adjust(entrapment[i], target, c.Par(ParameterId.EntrapmentAdjustment));
        }
    }
}
