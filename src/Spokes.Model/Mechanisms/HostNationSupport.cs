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
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V startTroops = c.Anchor(AnchorQuantity.Troops), troops = c.Now(StateQuantity.Troops), leaves = c.Derived(DerivedQuantity.LeaveProbability);
        V startSupport = c.Anchor(AnchorQuantity.HostSupport), support = c.Now(StateQuantity.HostSupport), next = c.Next(StateQuantity.HostSupport);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T garrison = T.IfLess(T.Of(0), startTroops[i], troops[i] / startTroops[i], T.Of(0));
            double m = c.Lever(i, Lever.Demands);
            T leave = leaves[i];
            T target = startSupport[i] * garrison * (1 + c.Par(ParameterId.HostSupportDemandGain) * m * leave);
            // A negotiation is an object called per ally: single runs only (a lock-step block has none).
            if (c.Negotiates && T.Width == 1 && T.Get(startSupport[i], 0) > 0 && T.Get(garrison, 0) > 0)
                target = T.Of(c.Negotiate(new HostSupportTalks(i, T.Get(support[i], 0), T.Get(startSupport[i] * garrison, 0), m, T.Get(leave, 0),
                    T.Get(c.Now(StateQuantity.Belief)[i], 0), T.Get(c.PublicSupport, 0), T.Get(c.Derived(DerivedQuantity.ThreatRatio)[i], 0), T.Get(target, 0))));
            // A player's offer replaces the formula (and any negotiation): terms relative to the start-year agreement.
            if (c.Decision(i, SpokeDecision.HostSupportOffer) is var offer && !double.IsNaN(offer)) target = startSupport[i] * garrison * offer;
            next[i] = MathUtil.Adjust(support[i], target, c.Par(ParameterId.HostSupportAdjustment));
        }
    }
}
