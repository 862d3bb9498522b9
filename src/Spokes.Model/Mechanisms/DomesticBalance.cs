using Spokes.Model.Parameters;
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
    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double abandonmentRise = a.Belief[i] - now.Belief[i];
            double target = Sigmoid(
                a.LogitIndependence[i]
                + p[ParameterId.AbandonmentToIndependence] * abandonmentRise
                + p[ParameterId.EntrapmentToIndependence] * (now.Entrapment[i] - a.Entrapment[i])
                - p[ParameterId.ThreatToAllianceSupport] * c.Derived.LogThreatRatio[i]
                - p[ParameterId.OrientationIndependence] * c.Derived.OrientationShift[i]);
            c.Next.Independence[i] = Adjust(now.Independence[i], target, p[ParameterId.DomesticAdjustment]);
        }
    }
}
