namespace Spokes.Explore.Samplers;

/// <summary>
/// Draws a design in the unit cube: n points of [0, 1)^d, returned as n rows of d coordinates. Each parameter then
/// maps its coordinate through its inverse CDF (<see cref="Distributions.IParameterDistribution.Quantile"/>).
/// </summary>
/// <remarks>
/// Implementations hold no state between calls; the result depends only on the arguments and on the state of
/// <paramref name="random"/>, so the same seed gives the same design. Deterministic sequences (Sobol) ignore it.
/// </remarks>
public interface ISampler
{
    /// <summary>n points in [0, 1)^<paramref name="dimensions"/>, one row each.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 0 or dimensions &lt; 1 (or beyond what the sampler supports).</exception>
    double[][] Sample(int n, int dimensions, Random random);
}
