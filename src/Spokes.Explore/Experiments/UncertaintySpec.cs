namespace Spokes.Explore.Experiments;

/// <summary>
/// An uncertain input: a model parameter (its catalogue key) or `publicSupport` (U.S. public support for alliances,
/// held constant over the run), sampled in the unit cube and mapped through <see cref="Quantile"/> (the inverse CDF of
/// its distribution). <see cref="Min"/> and <see cref="Max"/> bound the values the model accepts (a parameter's
/// documented range; 0..1 for public support): sampled values outside are clamped.
/// </summary>
public sealed record UncertaintySpec(string Name, string Distribution, Func<double, double> Quantile, double Min, double Max)
{
    public const string PublicSupport = "publicSupport";
}
