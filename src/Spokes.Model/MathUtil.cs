using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;

namespace Spokes.Model;

/// <summary>The few scalar functions every mechanism shares.</summary>
public static class MathUtil
{
    /// <summary>Logistic function σ(z) = 1 / (1 + e^−z), numerically safe for large |z|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid(double z)
    {
        double e = Math.Exp(-Math.Abs(z)); // one exponential, never overflowing
        return z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /// <summary>σ(z) over lanes: the same operations as <see cref="Sigmoid(double)"/>, the branch a select.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sigmoid<T>(T z) where T : struct, ILane<T>
    {
        T e = T.Exp(-T.Abs(z));
        return T.IfLessOrEqual(T.Of(0.0), z, 1.0 / (1.0 + e), e / (1.0 + e));
    }

    /// <summary><see cref="Adjust(double, double, double)"/> over lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Adjust<T>(T current, T target, T rate) where T : struct, ILane<T> => current + rate * (target - current);

    /// <summary><see cref="SafeRatio(double, double)"/> over lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T SafeRatio<T>(T value, T reference) where T : struct, ILane<T> =>
        T.IfLess(T.Of(0.0), reference, value / reference, T.Of(1.0));

    /// <summary><see cref="Clamp01(double)"/> over lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Clamp01<T>(T x) where T : struct, ILane<T> => T.Clamp(x, T.Of(0.0), T.Of(1.0));

    /// <summary>Whether two doubles are equal bit for bit (the memos' test: NaN equals NaN), through the lane type's
    /// comparison, which a GPU kernel compiles (ILGPU has its own bit cast; BitConverter's is not one it knows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameBits<T>(double a, double b) where T : struct, ILane<T> => T.BitEquals(T.Of(a), T.Of(b));

    /// <summary>Inverse of <see cref="Sigmoid"/>; p is clamped into (ε, 1−ε) so baselines at 0 or 1 stay finite.</summary>
    public static double Logit(double p)
    {
        p = Math.Clamp(p, ProbabilityFloor, 1 - ProbabilityFloor);
        return Math.Log(p / (1 - p));
    }

    /// <summary>Inverse of tanh; a is clamped into (−1+ε, 1−ε).</summary>
    public static double Artanh(double a)
    {
        a = Math.Clamp(a, -1 + ProbabilityFloor, 1 - ProbabilityFloor);
        return 0.5 * Math.Log((1 + a) / (1 - a));
    }

    /// <summary>Partial adjustment x + rate·(target − x): the sticky update used by every slow variable.</summary>
    public static double Adjust(double current, double target, double rate) => current + rate * (target - current);

    public static double Clamp01(double x) => Math.Clamp(x, 0.0, 1.0);

    /// <summary>Ratio that treats a zero or negative reference as "no change" (returns 1).</summary>
    public static double SafeRatio(double value, double reference) => reference > 0 ? value / reference : 1.0;

    /// <summary>Keeps logits finite: probabilities in the model never reach exactly 0 or 1.</summary>
    public const double ProbabilityFloor = 1e-6;
}
