using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// U.S. forces in each ally: troops move toward F⁰·posture·(1 − withdrawal) at most TroopMoveRate·max(F⁰, F_s) a
/// year. From troops follow presence ρ = F/(F + F_s) and the response time
/// RT = local + (1 − ρ)·(mobilisation + distance/transit speed), and the U.S. regional effort available to the ally,
/// G = π·X_us·ω·(RT⁰/RT)^ξ with ω = Y/ΣY this year: forces far away still protect, but later and so for less.
/// </summary>
public static class ForcePosture
{
    public static void Derive(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var d = c.Derived; var p = c.P;
        double regional = now.UsSpending * a.Baseline.Hub.PacificShare;
        double gdpSum = 0;
        for (int i = 0; i < c.SpokeCount; i++) gdpSum += now.Gdp[i];
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double exercises = c.Lever(i, Lever.Exercises);
            if (BitConverter.DoubleToInt64Bits(now.Troops[i]) != BitConverter.DoubleToInt64Bits(d.TroopsOfResponseFactor[i])
                || BitConverter.DoubleToInt64Bits(exercises) != BitConverter.DoubleToInt64Bits(d.ExercisesOfResponseFactor[i]))
            {   // troops and exercises rarely change, and the power is the costliest call of the pass: compute it only when they do
                d.ResponseDays[i] = ResponseDays(now.Troops[i], a.Distance[i], exercises, p);
                d.ResponseFactor[i] = Math.Pow(a.ResponseDays[i] / d.ResponseDays[i], p[ParameterId.ResponseTimeElasticity]);
                d.TroopsOfResponseFactor[i] = now.Troops[i];
                d.ExercisesOfResponseFactor[i] = exercises;
            }
            d.UsProtection[i] = regional * StakeShare(now.Gdp[i], gdpSum) * d.ResponseFactor[i];
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

    /// <summary>RT = (1 − ρ_ex·x)·(local + (1 − ρ)·mobilisation) + (1 − ρ)·distance / transit speed, days:
    /// rehearsed combined operations (exercises x) shorten the local and mobilisation times, not the sea transit.</summary>
    public static double ResponseDays(double troops, double distanceKm, double exercises, ParameterSet p)
    {
        double presence = troops / (troops + p[ParameterId.TripwireScale]);
        double rehearsed = 1 - p[ParameterId.ExerciseResponseGain] * exercises;
        return rehearsed * (p[ParameterId.LocalResponseDays] + (1 - presence) * p[ParameterId.MobilizationDays])
               + (1 - presence) * distanceKm / p[ParameterId.TransitKmPerDay];
    }

    /// <summary>ω_i = Y_i / Σ_j Y_j: the ally's share of the U.S. regional effort follows its current weight among the
    /// spokes (an assumption: stake follows size), so a fast-growing ally is not held to its start-year share.</summary>
    public static double StakeShare(double gdp, double gdpSum) => gdp / gdpSum;
}
