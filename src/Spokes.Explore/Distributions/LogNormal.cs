namespace Spokes.Explore.Distributions;

/// <summary>
/// Log-normal distribution: ln X ~ N(mu, sigma²). Q(u) = exp(mu + sigma·Φ⁻¹(u)); mean exp(mu + sigma²/2),
/// variance (exp(sigma²) − 1)·exp(2·mu + sigma²). As for <see cref="Normal"/>, u = 1 maps to the finite
/// exp(mu + 8.21·sigma) rather than +∞, and u = 0 to exp(mu − 8.21·sigma) &gt; 0.
/// </summary>
public sealed record LogNormal : IParameterDistribution
{
    /// <summary>Creates a log-normal with log-scale location <paramref name="mu"/> and log-scale spread <paramref name="sigma"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">mu is not finite, or sigma is not finite and positive.</exception>
    public LogNormal(double mu, double sigma)
    {
        Mu = Require.Finite(mu, nameof(mu));
        Sigma = Require.Positive(sigma, nameof(sigma));
    }

    /// <summary>Mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>Standard deviation of ln X.</summary>
    public double Sigma { get; }

    public double Minimum => 0;

    public double Maximum => double.PositiveInfinity;

    public double Mean => Math.Exp(Mu + 0.5 * Sigma * Sigma);

    public double Variance => double.ExpM1(Sigma * Sigma) * Math.Exp(2 * Mu + Sigma * Sigma);

    public double Quantile(double u) =>
        Math.Exp(Mu + Sigma * StandardNormal.InverseCdf(Require.UnitCoordinate(u, nameof(u))));
}
