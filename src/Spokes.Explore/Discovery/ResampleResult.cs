namespace Spokes.Explore.Discovery;

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
