using System.Collections.Immutable;
using Spokes.Explore.Distributions;

namespace Spokes.Explore.TestModels;

/// <summary>
/// The Ishigami–Homma function (Ishigami &amp; Homma 1990), the standard check of Sobol-index estimators:
/// f(x) = sin x₁ + a·sin² x₂ + b·x₃⁴·sin x₁ with x_i ~ U[−π, π] independent (SALib's <c>Ishigami</c>; a = 7, b = 0.1).
/// </summary>
/// <remarks>
/// Exact variance decomposition (Sobol' &amp; Levitan 1999; Saltelli et al. 2000): V₁ = ½·(1 + b·π⁴/5)², V₂ = a²/8,
/// V₁₃ = b²·π⁸·(1/18 − 1/50) = 8·b²·π⁸/225, every other term 0; V = a²/8 + b·π⁴/5 + b²·π⁸/18 + ½. For a = 7, b = 0.1:
/// V = 13.844588, S = (0.313905, 0.442411, 0), S_T = (0.557589, 0.442411, 0.243684), S₁₃ = 0.243684.
/// x₃ acts only through its interaction with x₁: first order 0, total 0.2437.
/// </remarks>
public sealed record Ishigami
{
    /// <summary>Number of inputs.</summary>
    public const int Dimensions = 3;

    /// <summary>Creates the function with coefficients a and b.</summary>
    /// <exception cref="ArgumentOutOfRangeException">a or b is not finite.</exception>
    public Ishigami(double a = 7, double b = 0.1)
    {
        A = Require.Finite(a, nameof(a));
        B = Require.Finite(b, nameof(b));
    }

    /// <summary>a = 7, b = 0.1: the values of Ishigami &amp; Homma and of SALib's tests.</summary>
    public static Ishigami Standard { get; } = new();

    public double A { get; }

    public double B { get; }

    /// <summary>f(x₁, x₂, x₃) on the natural scale, x_i ∈ [−π, π].</summary>
    public double Evaluate(double x1, double x2, double x3)
    {
        double s1 = Math.Sin(x1), s2 = Math.Sin(x2), x3Sq = x3 * x3;
        return s1 + A * s2 * s2 + B * x3Sq * x3Sq * s1;
    }

    /// <summary>f at a unit-cube point u ∈ [0, 1]³, mapped to x_i = −π + 2π·u_i.</summary>
    public double EvaluateUnit(ReadOnlySpan<double> u)
    {
        if (u.Length != Dimensions)
            throw new ArgumentException($"needs {Dimensions} coordinates, got {u.Length}", nameof(u));
        return Evaluate(FromUnit(u[0]), FromUnit(u[1]), FromUnit(u[2]));
    }

    /// <summary>f at every row of a unit-cube design.</summary>
    public double[] EvaluateUnit(double[][] design)
    {
        Require.NotNull(design, nameof(design));
        return Array.ConvertAll(design, row => EvaluateUnit(row));
    }

    /// <summary>Total variance V = a²/8 + b·π⁴/5 + b²·π⁸/18 + ½.</summary>
    public double Variance => V1 + V2 + V13;

    /// <summary>Exact first-order indices (V₁/V, V₂/V, 0).</summary>
    public ImmutableArray<double> FirstOrder => [V1 / Variance, V2 / Variance, 0];

    /// <summary>Exact total indices ((V₁ + V₁₃)/V, V₂/V, V₁₃/V).</summary>
    public ImmutableArray<double> TotalOrder => [(V1 + V13) / Variance, V2 / Variance, V13 / Variance];

    /// <summary>Exact second-order index S_jk (0-based j, k); only S₁₃ (indices 0 and 2) is non-zero.</summary>
    public double SecondOrder(int j, int k)
    {
        Require.InRange(j, 0, Dimensions - 1, nameof(j));
        Require.InRange(k, 0, Dimensions - 1, nameof(k));
        return (Math.Min(j, k), Math.Max(j, k)) == (0, 2) ? V13 / Variance : 0;
    }

    private static double FromUnit(double u) => -Math.PI + 2 * Math.PI * u;

    private static readonly double Pi4 = Math.Pow(Math.PI, 4);

    private double V1 => 0.5 * (1 + B * Pi4 / 5) * (1 + B * Pi4 / 5);

    private double V2 => A * A / 8;

    private double V13 => 8 * B * B * Pi4 * Pi4 / 225;
}
