using System.Runtime.CompilerServices;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Lanes;
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
    public static void Derive<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        double regional = c.UsSpending * c.PacificShare;
        V gdp = c.Now(StateQuantity.Gdp), troops = c.Now(StateQuantity.Troops), memo = c.Derived(DerivedQuantity.TroopsOfResponseFactor);
        V days = c.Derived(DerivedQuantity.ResponseDays), factor = c.Derived(DerivedQuantity.ResponseFactor), distance = c.Anchor(AnchorQuantity.Distance);
        V startDays = c.Anchor(AnchorQuantity.ResponseDays), protection = c.Derived(DerivedQuantity.UsProtection);
        T gdpSum = T.Of(0);
        for (int i = 0; i < c.SpokeCount; i++) gdpSum += gdp[i];
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double exercises = c.Lever(i, Lever.Exercises);
            ref double exercisesSeen = ref c.Shared(SharedQuantity.ExercisesOfResponseFactor, i);
            if (!T.BitEquals(troops[i], memo[i]) || !MathUtil.SameBits<T>(exercises, exercisesSeen))
            {   // troops and exercises rarely change, and the power is the costliest call of the pass: compute it only when they do
                days[i] = ResponseDays(troops[i], distance[i], T.Of(exercises), c.Par(ParameterId.TripwireScale), c.Par(ParameterId.ExerciseResponseGain),
                    c.Par(ParameterId.LocalResponseDays), c.Par(ParameterId.MobilizationDays), c.Par(ParameterId.TransitKmPerDay));
                factor[i] = T.Pow(startDays[i] / days[i], c.Par(ParameterId.ResponseTimeElasticity));
                memo[i] = troops[i];
                exercisesSeen = exercises;
            }
            protection[i] = regional * StakeShare(gdp[i], gdpSum) * factor[i];
        }
    }

    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        V startTroops = c.Anchor(AnchorQuantity.Troops), troops = c.Now(StateQuantity.Troops), next = c.Next(StateQuantity.Troops);
        V moved = c.Next(StateQuantity.TroopsMoved);
        for (int i = 0; i < c.SpokeCount; i++)
        {
            T target = startTroops[i] * c.Lever(i, Lever.ForcePosture) * (1 - c.Lever(i, Lever.Withdrawal));
            T maxMove = c.Par(ParameterId.TroopMoveRate) * T.Max(startTroops[i], c.Par(ParameterId.TripwireScale));
            T move = T.Clamp(target - troops[i], -maxMove, maxMove);
            next[i] = T.Max(T.Of(0), troops[i] + move);
            moved[i] = T.Abs(next[i] - troops[i]);
        }
    }

    /// <summary>RT = (1 − ρ_ex·x)·(local + (1 − ρ)·mobilisation) + (1 − ρ)·distance / transit speed, days:
    /// rehearsed combined operations (exercises x) shorten the local and mobilisation times, not the sea transit.</summary>
    public static double ResponseDays(double troops, double distanceKm, double exercises, ParameterSet p) =>
        ResponseDays(Scalar.Of(troops), Scalar.Of(distanceKm), Scalar.Of(exercises), Scalar.Of(p[ParameterId.TripwireScale]),
            Scalar.Of(p[ParameterId.ExerciseResponseGain]), Scalar.Of(p[ParameterId.LocalResponseDays]), Scalar.Of(p[ParameterId.MobilizationDays]),
            Scalar.Of(p[ParameterId.TransitKmPerDay])).Value;

    /// <inheritdoc cref="ResponseDays(double, double, double, ParameterSet)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ResponseDays<T>(T troops, T distanceKm, T exercises, T tripwire, T exerciseGain, T localDays, T mobilizationDays, T transitKmPerDay)
        where T : struct, ILane<T>
    {
        T presence = troops / (troops + tripwire);
        T rehearsed = 1 - exerciseGain * exercises;
        return rehearsed * (localDays + (1 - presence) * mobilizationDays)
               + (1 - presence) * distanceKm / transitKmPerDay;
    }

    /// <summary>ω_i = Y_i / Σ_j Y_j: the ally's share of the U.S. regional effort follows its current weight among the
    /// spokes (an assumption: stake follows size), so a fast-growing ally is not held to its start-year share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T StakeShare<T>(T gdp, T gdpSum) where T : struct, ILane<T> => gdp / gdpSum;
}
