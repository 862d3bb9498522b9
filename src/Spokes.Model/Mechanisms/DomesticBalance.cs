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
    public static void Step<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var a = c.Anchors; var d = c.Derived;
        var startBelief = a.Belief.L<T>(); var belief = c.Now.Belief.L<T>(); var logit = a.LogitIndependence.L<T>();
        var entrapment = c.Now.Entrapment.L<T>(); var startEntrapment = a.Entrapment.L<T>(); var log = d.LogThreatRatio.L<T>();
        var independence = c.Now.Independence.L<T>(); var next = c.Next.Independence.L<T>();
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T abandonmentRise = startBelief[i] - belief[i];
            T target = Sigmoid(
                logit[i]
                + c.Par(ParameterId.AbandonmentToIndependence) * abandonmentRise
                + c.Par(ParameterId.EntrapmentToIndependence) * (entrapment[i] - startEntrapment[i])
                - c.Par(ParameterId.ThreatToAllianceSupport) * log[i]
                - c.Par(ParameterId.OrientationIndependence) * d.OrientationShift[i]);
            next[i] = Adjust(independence[i], target, c.Par(ParameterId.DomesticAdjustment));
        }
    }
}
