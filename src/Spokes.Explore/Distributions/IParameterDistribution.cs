namespace Spokes.Explore.Distributions;

/// <summary>
/// How an uncertain parameter is drawn: a one-dimensional distribution given by its quantile function (inverse CDF)
/// Q, so that a sampler's unit-cube coordinate u becomes the parameter value x = Q(u). If u is uniform on [0, 1),
/// Q(u) has the distribution; a stratified or low-discrepancy u keeps its stratification (the EMA Workbench and
/// SALib convention: sample in the unit cube, then map each coordinate through its parameter's inverse CDF).
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe. <see cref="Quantile"/> is non-decreasing in u and its values lie
/// in [<see cref="Minimum"/>, <see cref="Maximum"/>].
/// </remarks>
public interface IParameterDistribution
{
    /// <summary>
    /// Q(u) = inf { x : F(x) ≥ u }. Accepts u ∈ [0, 1]; throws <see cref="ArgumentOutOfRangeException"/> for u outside
    /// it or NaN.
    /// </summary>
    double Quantile(double u);

    /// <summary>Lower end of the support (may be −∞).</summary>
    double Minimum { get; }

    /// <summary>Upper end of the support (may be +∞).</summary>
    double Maximum { get; }

    /// <summary>E[X].</summary>
    double Mean { get; }

    /// <summary>Var[X].</summary>
    double Variance { get; }
}
