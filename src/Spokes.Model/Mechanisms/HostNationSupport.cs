using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
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
    public static void Step<T>(StepContext<T> c) where T : struct, ILane<T>
    {
        var a = c.Anchors;
        var startTroops = a.Troops.L<T>(); var troops = c.Now.Troops.L<T>(); var leaves = c.Derived.LeaveProbability.L<T>();
        var startSupport = a.HostSupport.L<T>(); var support = c.Now.HostSupport.L<T>(); var next = c.Next.HostSupport.L<T>();
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T garrison = T.IfLess(T.Of(0), startTroops[i], troops[i] / startTroops[i], T.Of(0));
            double m = c.Lever(i, Lever.Demands);
            T leave = leaves[i];
            T target = startSupport[i] * garrison * (1 + c.Par(ParameterId.HostSupportDemandGain) * m * leave);
            // A negotiation is an object called per ally: single runs only (a lock-step block has none).
            if (c.Negotiation is { } talks && T.Width == 1 && T.Get(startSupport[i], 0) > 0 && T.Get(garrison, 0) > 0)
                target = T.Of(talks.Target(new HostSupportTalks(i, T.Get(support[i], 0), T.Get(startSupport[i] * garrison, 0), m, T.Get(leave, 0),
                    T.Get(c.Now.Belief.L<T>()[i], 0), T.Get(c.PublicSupport, 0), T.Get(c.Derived.ThreatRatio.L<T>()[i], 0), T.Get(target, 0))));
            // A player's offer replaces the formula (and any negotiation): terms relative to the start-year agreement.
            if (c.Decision(i, SpokeDecision.HostSupportOffer) is var offer && !double.IsNaN(offer)) target = startSupport[i] * garrison * offer;
            next[i] = MathUtil.Adjust(support[i], target, c.Par(ParameterId.HostSupportAdjustment));
        }
    }
}
