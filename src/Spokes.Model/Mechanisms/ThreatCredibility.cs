using Spokes.Model.Policy;
using Spokes.Model.Lanes;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// How believable the threat to leave is — the other face of discounting.
/// P_i = 1 − b_i·(1 − (1−S)·r_i)·(1 − cut_i)·(1 − w_i): the ally expects the U.S. to leave if it would abandon the
/// ally anyway (1 − b), if the rhetoric is meant (only as far as U.S. opinion would allow it, 1 − S), if troops are
/// already being cut (cut = 1 − (F + F_s)/(F⁰ + F_s)), or if the commitment is being withdrawn.
/// The discounting index of an ally is 1 − P_i: the share of the threat it ignores.
/// </summary>
public static class ThreatCredibility
{
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T tripwire = c.Par(Parameters.ParameterId.TripwireScale);
        T s = c.PublicSupport;
        V troops = c.Now(StateQuantity.Troops), startTroops = c.Anchor(AnchorQuantity.Troops), belief = c.Now(StateQuantity.Belief);
        V leave = c.Derived(DerivedQuantity.LeaveProbability);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T cut = T.Max(T.Of(0), 1 - (troops[i] + tripwire) / (startTroops[i] + tripwire));
            leave[i] = MathUtil.Clamp01(1 - belief[i]
                * (1 - (1 - s) * c.Lever(i, Lever.Rhetoric))
                * (1 - cut)
                * (1 - c.Lever(i, Lever.Withdrawal)));
        }
    }
}
