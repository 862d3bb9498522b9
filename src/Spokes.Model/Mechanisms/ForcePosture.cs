using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// U.S. forces in each ally: troops move toward F⁰·posture·(1 − withdrawal) at most TroopMoveRate·max(F⁰, F_s) a
/// year. From troops follow presence ρ = F/(F + F_s) and the response time
/// RT = local + (1 − ρ)·(mobilisation + distance/transit speed), and the U.S. regional effort available to the ally,
/// G = π·X_us·ω·(RT⁰/RT)^ξ: forces far away still protect, but later and so for less.
/// </summary>
public static class ForcePosture
{
    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived; var p = c.P;
        double regional = now.UsSpending * a.Baseline.Hub.PacificShare;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            if (BitConverter.DoubleToInt64Bits(now.Troops[i]) != BitConverter.DoubleToInt64Bits(d.TroopsOfResponseFactor[i]))
            {   // troops rarely move, and the power is the costliest call of the pass: compute it only when they do
                d.ResponseDays[i] = ResponseDays(now.Troops[i], a.Distance[i], p);
                d.ResponseFactor[i] = Math.Pow(a.ResponseDays[i] / d.ResponseDays[i], p[ParameterId.ResponseTimeElasticity]);
                d.TroopsOfResponseFactor[i] = now.Troops[i];
            }
            d.UsProtection[i] = regional * a.StakeShare[i] * d.ResponseFactor[i];
        }
    }

    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double target = a.Troops[i] * c.Lever(i, Lever.ForcePosture) * (1 - c.Lever(i, Lever.Withdrawal));
            double maxMove = p[ParameterId.TroopMoveRate] * Math.Max(a.Troops[i], p[ParameterId.TripwireScale]);
            double move = Math.Clamp(target - now.Troops[i], -maxMove, maxMove);
            c.Next.Troops[i] = Math.Max(0, now.Troops[i] + move);
            c.Next.TroopsMoved[i] = Math.Abs(c.Next.Troops[i] - now.Troops[i]);
        }
    }

    /// <summary>RT = local + (1 − ρ)·(mobilisation + distance / transit speed), days.</summary>
    public static double ResponseDays(double troops, double distanceKm, ParameterSet p)
    {
        double presence = troops / (troops + p[ParameterId.TripwireScale]);
        return p[ParameterId.LocalResponseDays]
               + (1 - presence) * (p[ParameterId.MobilizationDays] + distanceKm / p[ParameterId.TransitKmPerDay]);
    }
}
