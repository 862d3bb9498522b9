namespace Spokes.Explore.Distributions;

/// <summary>
/// Continuous uniform distribution on [min, max]: Q(u) = min + u·(max − min); mean (min + max)/2,
/// variance (max − min)²/12.
/// </summary>
public sealed record Uniform : IParameterDistribution
{
    /// <summary>Creates U(min, max).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite, or max ≤ min.</exception>
    public Uniform(double min, double max)
    {
        Require.Increasing(min, nameof(min), max, nameof(max));
        Min = min;
        Max = max;
    }

    public double Min { get; }

    public double Max { get; }

    public double Minimum => Min;

    public double Maximum => Max;

    public double Mean => 0.5 * (Min + Max);

    public double Variance => (Max - Min) * (Max - Min) / 12;

    public double Quantile(double u)
    {
        Require.UnitCoordinate(u, nameof(u));
        return Math.Min(Min + u * (Max - Min), Max);
    }
}
