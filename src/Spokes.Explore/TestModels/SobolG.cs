using System.Collections.Immutable;
using Spokes.Explore.Distributions;

namespace Spokes.Explore.TestModels;

/// <summary>
/// Sobol's G-function (Sobol' 1993; Saltelli &amp; Sobol' 1995): g(x) = Π_i (|4x_i − 2| + a_i)/(1 + a_i) with
/// x_i ~ U[0, 1] independent; a small a_i makes x_i important, a large one negligible. SALib's <c>Sobol_G</c> with
/// its default a = (0, 1, 4.5, 9, 99, 99, 99, 99) (δ = 0, α = 1).
/// </summary>
/// <remarks>
/// Exact indices: each factor has mean 1 and variance V_i = 1/(3·(1 + a_i)²); V = Π(1 + V_i) − 1; S_i = V_i/V;
/// S_Ti = V_i·Π_(j≠i)(1 + V_j)/V. For SALib's a: S ≈ (0.7165, 0.1791, 0.0237, 0.0072, 0.0001 ×4).
/// </remarks>
public sealed class SobolG
{
    /// <summary>SALib's default coefficients, a = (0, 1, 4.5, 9, 99, 99, 99, 99).</summary>
    public static ImmutableArray<double> SalibCoefficients { get; } = [0, 1, 4.5, 9, 99, 99, 99, 99];

    /// <summary>The function with <see cref="SalibCoefficients"/>.</summary>
    public static SobolG Standard { get; } = new(SalibCoefficients);

    /// <summary>Creates the G-function with coefficients a_i ≥ 0, one per input.</summary>
    /// <exception cref="ArgumentException">a is empty, or an entry is negative, NaN or infinite.</exception>
    public SobolG(IReadOnlyList<double> a)
    {
        Require.NotNull(a, nameof(a));
        if (a.Count == 0)
            throw new ArgumentException("at least one coefficient is needed", nameof(a));
        foreach (var ai in a)
            if (!(ai >= 0) || double.IsInfinity(ai))
                throw new ArgumentOutOfRangeException(nameof(a), ai, "every coefficient must be finite and ≥ 0");
        A = [.. a];
    }

    /// <summary>The coefficients a_i.</summary>
    public ImmutableArray<double> A { get; }

    /// <summary>Number of inputs.</summary>
    public int Dimensions => A.Length;

    /// <summary>g(x) for x ∈ [0, 1]^d.</summary>
    public double Evaluate(ReadOnlySpan<double> x)
    {
        if (x.Length != Dimensions)
            throw new ArgumentException($"needs {Dimensions} coordinates, got {x.Length}", nameof(x));
        double product = 1;
        for (int i = 0; i < x.Length; i++)
            product *= (Math.Abs(4 * x[i] - 2) + A[i]) / (1 + A[i]);
        return product;
    }

    /// <summary>g at every row of a unit-cube design.</summary>
    public double[] Evaluate(double[][] design)
    {
        Require.NotNull(design, nameof(design));
        return Array.ConvertAll(design, row => Evaluate(row));
    }

    /// <summary>V_i = 1/(3·(1 + a_i)²), the variance of factor i.</summary>
    public ImmutableArray<double> PartialVariances => [.. A.Select(a => 1 / (3 * (1 + a) * (1 + a)))];

    /// <summary>V = Π(1 + V_i) − 1.</summary>
    public double Variance => PartialVariances.Aggregate(1.0, (p, v) => p * (1 + v)) - 1;

    /// <summary>Exact first-order indices S_i = V_i/V.</summary>
    public ImmutableArray<double> FirstOrder
    {
        get
        {
            double v = Variance;
            return [.. PartialVariances.Select(vi => vi / v)];
        }
    }

    /// <summary>Exact total indices S_Ti = V_i·Π_(j≠i)(1 + V_j)/V.</summary>
    public ImmutableArray<double> TotalOrder
    {
        get
        {
            var parts = PartialVariances;
            double v = Variance, all = parts.Aggregate(1.0, (p, vi) => p * (1 + vi));
            return [.. parts.Select(vi => vi * all / (1 + vi) / v)];
        }
    }
}
