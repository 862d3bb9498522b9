namespace Spokes.Explore.Discovery;

/// <summary>
/// How often one dimension was restricted on resamples: in the box of each resampled trajectory whose coverage is
/// nearest the reference box's (<see cref="ReproduceCoverage"/>) and in the one whose density is nearest
/// (<see cref="ReproduceDensity"/>); shares in [0, 1].
/// </summary>
public sealed record DimensionStability(string Dimension, double ReproduceCoverage, double ReproduceDensity);

/// <summary>The result of a resampling stability check (see <see cref="PrimResampling"/>). Immutable.</summary>
/// <param name="Reference">the box whose restrictions were checked.</param>
/// <param name="Options">the settings, including the seed.</param>
/// <param name="Dimensions">every column, most often restricted first (by coverage share, then density share, then table order).</param>
public sealed record ResampleResult(PrimBox Reference, ResampleOptions Options, IReadOnlyList<DimensionStability> Dimensions)
{
    /// <summary>The entry of one column.</summary>
    /// <exception cref="InvalidOperationException">no column has that name.</exception>
    public DimensionStability For(string dimension) => Dimensions.First(d => d.Dimension == dimension);
}
