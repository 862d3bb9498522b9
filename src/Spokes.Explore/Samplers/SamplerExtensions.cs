namespace Spokes.Explore.Samplers;

/// <summary>Seeded convenience overloads for <see cref="ISampler"/>.</summary>
public static class SamplerExtensions
{
    /// <summary>
    /// <see cref="ISampler.Sample"/> with a fresh generator from <see cref="SeededRandom.Create"/>: the same
    /// (n, dimensions, seed) always gives the same design.
    /// </summary>
    public static double[][] Sample(this ISampler sampler, int n, int dimensions, int seed)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        return sampler.Sample(n, dimensions, SeededRandom.Create(seed));
    }
}
