namespace Spokes.Explore.Discovery;

/// <summary>
/// How often one dimension was restricted on resamples: in the box of each resampled trajectory whose coverage is
/// nearest the reference box's (<see cref="ReproduceCoverage"/>) and in the one whose density is nearest
/// (<see cref="ReproduceDensity"/>); shares in [0, 1].
/// </summary>
public sealed record DimensionStability(string Dimension, double ReproduceCoverage, double ReproduceDensity);
