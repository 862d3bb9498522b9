namespace Spokes.Explore.Samplers;

/// <summary>
/// <see cref="ISampler"/> face of <see cref="SobolSequence"/>: the first n points of the unscrambled Sobol sequence,
/// after the origin when <see cref="SkipFirst"/> is set (the default). Deterministic: the random source is not used.
/// </summary>
public sealed class SobolSampler(bool skipFirst = true) : ISampler
{
    /// <summary>Whether the all-zero first point is left out.</summary>
    public bool SkipFirst { get; } = skipFirst;

    public double[][] Sample(int n, int dimensions, Random random) => SobolSequence.Generate(n, dimensions, SkipFirst);
}
