using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using static Spokes.Model.MathUtil;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Mechanism 1 — signals → belief in the U.S. commitment (discounting).
/// b* = σ( logit b⁰ + β_F·ln((F+F_s)/(F⁰+F_s)) + β_c·c̄ + β_q·S·q − β_r·(1−S)·r + β_S·(S − S⁰) − β_W·w
///         + β_N·(N − N⁰) − β_P·[Σ_k x̂_ik (P_k − P_k⁰) / Σ_k x̂_ik]·(1 − max(g, 0)) ),   b' = b + μ·(b* − b).
/// c̄ is the mean of the four cooperation activities (<see cref="CooperationActivities"/>).
/// Deeds (troops, cooperation, withdrawal) move the target much; words move it only as far as U.S. public opinion
/// would back them: a threat to leave is discounted by (1 − S), reassurance by S. The target is set by levels, so a
/// sustained signal moves belief to a bounded new level instead of accumulating to 0 or 1; μ &lt; 1 makes it sticky.
/// </summary>
public static class CommitmentBelief
{
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        T s = c.PublicSupport;
        int m = c.ThreatCount;
        V total = c.Anchor(AnchorQuantity.TotalExposure), exposure = c.Anchor(AnchorQuantity.Exposure), probing = c.Derived(DerivedQuantity.Probing);
        V startProbing = c.Anchor(AnchorQuantity.Probing), logit = c.Anchor(AnchorQuantity.LogitBelief), troops = c.Now(StateQuantity.Troops);
        V startTroops = c.Anchor(AnchorQuantity.Troops), network = c.Derived(DerivedQuantity.NetworkSupport), startNetwork = c.Anchor(AnchorQuantity.NetworkSupport);
        V belief = c.Now(StateQuantity.Belief), next = c.Next(StateQuantity.Belief);
        V signal = c.Derived(DerivedQuantity.TroopSignal), signalTroops = c.Derived(DerivedQuantity.TroopsOfTroopSignal);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            // Troops move only when a posture or withdrawal lever moves them: take the logarithm only when they did.
            if (!T.BitEquals(troops[i], signalTroops[i]))
            {
                signal[i] = TroopSignal(troops[i], startTroops[i], c.Par(ParameterId.TripwireScale));
                signalTroops[i] = troops[i];
            }
            T probe = T.Of(0);
            for (int k = 0; k < m; k++) probe += exposure[i * m + k] * (probing[k] - startProbing[k]);
            // No exposure, no probe felt (the sum is then 0 and the division is skipped).
            probe = T.IfLess(T.Of(0), total[i], probe / total[i], probe);
            double answered = Math.Max(c.Lever(i, Lever.Confrontation), 0.0);
            T target = Sigmoid(
                logit[i]
                + c.Par(ParameterId.TroopSignalWeight) * signal[i]
                + c.Par(ParameterId.CooperationSignalWeight) * CooperationActivities.Mean<T, C, V>(ref c, i)
                + c.Par(ParameterId.ReassuranceTalkWeight) * s * c.Lever(i, Lever.Reassurance)
                - c.Par(ParameterId.ThreatTalkWeight) * (1 - s) * c.Lever(i, Lever.Rhetoric)
                + c.Par(ParameterId.PublicSupportWeight) * (s - c.StartPublicSupport)
                - c.Par(ParameterId.WithdrawalSignalWeight) * c.Lever(i, Lever.Withdrawal)
                + c.Par(ParameterId.NetworkReassuranceWeight) * (network[i] - startNetwork[i])
                - c.Par(ParameterId.UnansweredProbeWeight) * probe * (1 - answered));
            next[i] = Adjust(belief[i], target, c.Par(ParameterId.BeliefStickiness));
        }
    }

    /// <summary>ln((F + F_s)/(F⁰ + F_s)): the costly signal of troops present relative to the start.</summary>
    public static double TroopSignal(double troops, double startTroops, double tripwire) =>
        TroopSignal(Scalar.Of(troops), Scalar.Of(startTroops), Scalar.Of(tripwire)).Value;

    /// <inheritdoc cref="TroopSignal(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T TroopSignal<T>(T troops, T startTroops, T tripwire) where T : struct, ILane<T> =>
        T.Log((troops + tripwire) / (startTroops + tripwire));
}
