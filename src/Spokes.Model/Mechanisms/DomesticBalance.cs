using Spokes.Model.Parameters;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 4 — the domestic balance between alliance supporters and advocates of an independent security policy.
/// p* = σ( logit p⁰ + k_A·(A − A⁰) + k_E·(E − E⁰) − k_T·ln(T/T⁰) − k_o·Δo ),  A = 1 − b,  p' = p + μ_p·(p* − p).
/// "Lack of confidence in the United States is likely to strengthen foreign advocates of independent security
/// policies and weaken supporters of strong alliance relationships" (Cooper 2016); a rising threat rallies
/// alliance supporters (Walt 1987); a government more pro-U.S. than the start-year one (Δo &gt; 0, <see cref="AlliedPolitics"/>)
/// weakens them.
/// </summary>
public static class DomesticBalance
{
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V startBelief = c.Anchor(AnchorQuantity.Belief), belief = c.Now(StateQuantity.Belief), logit = c.Anchor(AnchorQuantity.LogitIndependence);
        V entrapment = c.Now(StateQuantity.Entrapment), startEntrapment = c.Anchor(AnchorQuantity.Entrapment), log = c.Derived(DerivedQuantity.LogThreatRatio);
        V independence = c.Now(StateQuantity.Independence), next = c.Next(StateQuantity.Independence);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T abandonmentRise = startBelief[i] - belief[i];
            T target = Sigmoid(
                logit[i]
                + c.Par(ParameterId.AbandonmentToIndependence) * abandonmentRise
                + c.Par(ParameterId.EntrapmentToIndependence) * (entrapment[i] - startEntrapment[i])
                - c.Par(ParameterId.ThreatToAllianceSupport) * log[i]
                - c.Par(ParameterId.OrientationIndependence) * c.Shared(SharedQuantity.OrientationShift, i));
            next[i] = Adjust(independence[i], target, c.Par(ParameterId.DomesticAdjustment));
        }
    }
}
