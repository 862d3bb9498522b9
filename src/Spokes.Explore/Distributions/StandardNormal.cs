using MathNet.Numerics;

namespace Spokes.Explore.Distributions;

/// <summary>
/// The standard normal N(0, 1): density φ, distribution function Φ and its inverse, computed from Math.NET's
/// erfc and erfc⁻¹ so that both tails keep their relative precision: Φ(z) = ½·erfc(−z/√2),
/// Φ⁻¹(p) = −√2·erfc⁻¹(2p).
/// </summary>
internal static class StandardNormal
{
    /// <summary>
    /// Smallest probability fed to Φ⁻¹: 2⁻⁵³, the spacing of a 53-bit uniform generator. Φ⁻¹(2⁻⁵³) ≈ −8.21, so a
    /// coordinate of exactly 0 or 1 maps to ±8.21 standard deviations instead of ±∞.
    /// </summary>
    public const double TailProbability = 1.0 / (1L << 53);

    public static double Density(double z) => double.IsInfinity(z) ? 0 : Math.Exp(-0.5 * z * z) / Constants.Sqrt2Pi;

    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2);

    /// <summary>Φ⁻¹(p), with p clamped into [2⁻⁵³, 1 − 2⁻⁵³] so the result is finite.</summary>
    public static double InverseCdf(double p)
    {
        p = Math.Clamp(p, TailProbability, 1 - TailProbability);
        return p <= 0.5
            ? -Constants.Sqrt2 * SpecialFunctions.ErfcInv(2 * p)
            : Constants.Sqrt2 * SpecialFunctions.ErfcInv(2 * (1 - p));
    }
}
