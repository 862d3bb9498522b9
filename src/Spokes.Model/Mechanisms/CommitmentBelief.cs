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
    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived; var p = c.P;
        double s = d.PublicSupport;
        int m = c.ThreatCount;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double probe = 0;
            if (a.TotalExposure[i] > 0)
            {
                for (int k = 0; k < m; k++) probe += a.Exposure[i * m + k] * (d.Probing[k] - a.Probing[k]);
                probe /= a.TotalExposure[i];
            }
            double answered = Math.Max(c.Lever(i, Lever.Confrontation), 0.0);
            double target = Sigmoid(
                a.LogitBelief[i]
                + p[ParameterId.TroopSignalWeight] * TroopSignal(now.Troops[i], a.Troops[i], p[ParameterId.TripwireScale])
                + p[ParameterId.CooperationSignalWeight] * CooperationActivities.Mean(c, i)
                + p[ParameterId.ReassuranceTalkWeight] * s * c.Lever(i, Lever.Reassurance)
                - p[ParameterId.ThreatTalkWeight] * (1 - s) * c.Lever(i, Lever.Rhetoric)
                + p[ParameterId.PublicSupportWeight] * (s - a.PublicSupport)
                - p[ParameterId.WithdrawalSignalWeight] * c.Lever(i, Lever.Withdrawal)
                + p[ParameterId.NetworkReassuranceWeight] * (d.NetworkSupport[i] - a.NetworkSupport[i])
                - p[ParameterId.UnansweredProbeWeight] * probe * (1 - answered));
            c.Next.Belief[i] = Adjust(now.Belief[i], target, p[ParameterId.BeliefStickiness]);
        }
    }

    /// <summary>ln((F + F_s)/(F⁰ + F_s)): the costly signal of troops present relative to the start.</summary>
    public static double TroopSignal(double troops, double startTroops, double tripwire) =>
        Math.Log((troops + tripwire) / (startTroops + tripwire));
}
