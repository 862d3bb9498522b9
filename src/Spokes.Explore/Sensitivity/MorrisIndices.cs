using System.Collections.Immutable;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Morris elementary-effect statistics of one output, from <see cref="MorrisAnalysis"/>; entry j refers to input j.
/// Effects are per unit of the normalised input range (the unit-cube coordinate), so they compare across inputs.
/// </summary>
/// <param name="Mu">μ_j = mean of the r elementary effects: average direction and size of X_j's effect (effects of
/// opposite sign cancel).</param>
/// <param name="MuStar">μ*_j = mean of |EE|: overall importance of X_j (Campolongo, Cariboni &amp; Saltelli 2007).</param>
/// <param name="Sigma">σ_j = standard deviation (divisor r − 1) of the effects: large when X_j's effect depends on where
/// the other inputs are (interactions) or on its own level (non-linearity); NaN when r = 1.</param>
/// <param name="MuStarConf">Bootstrap half-width of μ* at <paramref name="ConfidenceLevel"/> (NaN without bootstrap).</param>
/// <param name="Trajectories">r, the number of trajectories (effects per input).</param>
/// <param name="ConfidenceLevel">Level of the bootstrap interval, e.g. 0.95.</param>
public sealed record MorrisIndices(
    ImmutableArray<double> Mu,
    ImmutableArray<double> MuStar,
    ImmutableArray<double> Sigma,
    ImmutableArray<double> MuStarConf,
    int Trajectories,
    double ConfidenceLevel)
{
    /// <summary>Number of inputs d.</summary>
    public int Dimensions => Mu.Length;

    /// <summary>Value equality: every statistic equal element by element (NaN equals NaN).</summary>
    public bool Equals(MorrisIndices? other) =>
        other is not null
        && IndexEquality.Same(Mu, other.Mu) && IndexEquality.Same(MuStar, other.MuStar)
        && IndexEquality.Same(Sigma, other.Sigma) && IndexEquality.Same(MuStarConf, other.MuStarConf)
        && Trajectories == other.Trajectories && ConfidenceLevel.Equals(other.ConfidenceLevel);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        IndexEquality.Add(ref hash, MuStar);
        hash.Add(Trajectories);
        return hash.ToHashCode();
    }
}
