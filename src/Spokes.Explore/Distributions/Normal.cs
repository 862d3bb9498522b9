namespace Spokes.Explore.Distributions;

/// <summary>
/// Normal distribution N(mean, sd²): Q(u) = mean + sd·Φ⁻¹(u), with Φ⁻¹ from Math.NET's inverse complementary error
/// function. The support is the whole real line, but u = 0 and u = 1 map to mean ∓ 8.21·sd (Φ⁻¹ of 2⁻⁵³, the
/// resolution of a 53-bit uniform) so that every design point gives a finite value.
/// </summary>
public sealed record Normal : IParameterDistribution
{
    /// <summary>Creates N(mean, sd²).</summary>
    /// <exception cref="ArgumentOutOfRangeException">mean is not finite, or sd is not finite and positive.</exception>
    public Normal(double mean, double sd)
    {
        Mean = Require.Finite(mean, nameof(mean));
        StandardDeviation = Require.Positive(sd, nameof(sd));
    }

    /// <summary>The location μ, which is also E[X].</summary>
    public double Mean { get; }

    /// <summary>The scale σ.</summary>
    public double StandardDeviation { get; }

    public double Minimum => double.NegativeInfinity;

    public double Maximum => double.PositiveInfinity;

    public double Variance => StandardDeviation * StandardDeviation;

    public double Quantile(double u) =>
        Mean + StandardDeviation * StandardNormal.InverseCdf(Require.UnitCoordinate(u, nameof(u)));
}
