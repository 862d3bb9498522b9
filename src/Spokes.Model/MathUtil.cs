using System.Runtime.CompilerServices;

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
