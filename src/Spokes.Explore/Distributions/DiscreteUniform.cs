namespace Spokes.Explore.Distributions;

/// <summary>
/// Integer parameter: the discrete uniform distribution on min, min + 1, …, max (both inclusive), k = max − min + 1 values:
/// Q(u) = min + ⌊u·k⌋ (u = 1 gives max); mean (min + max)/2, variance (k² − 1)/12. Each of the k equal slices of
/// [0, 1) maps to one value, so a stratified design with a multiple of k points hits every value equally often.
/// </summary>
public sealed record DiscreteUniform : IParameterDistribution
{
    /// <summary>Creates the discrete uniform on [min, max].</summary>
    /// <exception cref="ArgumentOutOfRangeException">max &lt; min.</exception>
    public DiscreteUniform(int min, int max)
    {
        if (max < min)
            throw new ArgumentOutOfRangeException(nameof(max), max, $"must be at least min = {min}");
        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }

    /// <summary>Number of values, max − min + 1.</summary>
    public long Count => (long)Max - Min + 1;

    public double Minimum => Min;

    public double Maximum => Max;

    public double Mean => 0.5 * ((double)Min + Max);

    public double Variance => ((double)Count * Count - 1) / 12;

    public double Quantile(double u) => Value(u);

    /// <summary>Q(u) as an integer.</summary>
    public int Value(double u)
    {
        Require.UnitCoordinate(u, nameof(u));
        long offset = Math.Min((long)Math.Floor(u * Count), Count - 1);
        return (int)(Min + offset);
    }
}
