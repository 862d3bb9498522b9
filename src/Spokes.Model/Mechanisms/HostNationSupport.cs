using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Host-nation support (Japan's and South Korea's Special Measures Agreements): paid for U.S. forces present, so it
/// scales with the garrison, and rises under demands as far as the threat behind them is believed.
/// H* = H⁰·(F/F⁰)·(1 + h·m·P),  H' = H + κ_H·(H* − H). An ally with no agreement (H⁰ = 0) pays nothing.
/// With a negotiation (<see cref="IHostSupportNegotiation"/>, e.g. a yearly bargaining round) the target H* comes from
/// it instead; the adjustment stays the same.
/// </summary>
public static class HostNationSupport
{
    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double garrison = a.Troops[i] > 0 ? now.Troops[i] / a.Troops[i] : 0;
            double m = c.Lever(i, Lever.Demands), leave = c.Derived.LeaveProbability[i];
            double target = a.HostSupport[i] * garrison * (1 + p[ParameterId.HostSupportDemandGain] * m * leave);
            if (c.Negotiation is { } talks && a.HostSupport[i] > 0 && garrison > 0)
                target = talks.Target(new HostSupportTalks(i, now.HostSupport[i], a.HostSupport[i] * garrison, m, leave, now.Belief[i],
                    c.Derived.PublicSupport, c.Derived.ThreatRatio[i], target));
            // A player's offer replaces the formula (and any negotiation): terms relative to the start-year agreement.
            if (c.Decision(i, SpokeDecision.HostSupportOffer) is var offer && !double.IsNaN(offer)) target = a.HostSupport[i] * garrison * offer;
            c.Next.HostSupport[i] = MathUtil.Adjust(now.HostSupport[i], target, p[ParameterId.HostSupportAdjustment]);
        }
    }
}
