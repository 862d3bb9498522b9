namespace Spokes.Explore.Distributions;

/// <summary>
/// Triangular distribution on [min, max] with peak at mode. With c = (mode − min)/(max − min):
/// Q(u) = min + √(u·(max − min)·(mode − min)) for u &lt; c, else max − √((1 − u)·(max − min)·(max − mode));
/// mean (min + mode + max)/3; variance (min² + mode² + max² − min·mode − min·max − mode·max)/18.
/// </summary>
public sealed record Triangular : IParameterDistribution
{
    /// <summary>Creates a triangular distribution; mode may equal either bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not finite, max ≤ min, or mode lies outside [min, max].</exception>
    public Triangular(double min, double mode, double max)
    {
        Require.Increasing(min, nameof(min), max, nameof(max));
        Require.Finite(mode, nameof(mode));
        if (mode < min || mode > max)
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"must lie in [min, max] = [{min}, {max}]");
        Min = min;
        Mode = mode;
        Max = max;
    }

    public double Min { get; }

    public double Mode { get; }

    public double Max { get; }

    public double Minimum => Min;

    public double Maximum => Max;

    public double Mean => (Min + Mode + Max) / 3;

    public double Variance => (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;

    public double Quantile(double u)
    {
        Require.UnitCoordinate(u, nameof(u));
        double width = Max - Min, peak = (Mode - Min) / width;
        double x = u < peak
            ? Min + Math.Sqrt(u * width * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * width * (Max - Mode));
        return Math.Clamp(x, Min, Max);
    }
}
