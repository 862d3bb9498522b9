using System.Collections.Immutable;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Variance-based (Sobol) sensitivity indices of one output, from <see cref="SobolAnalysis"/>. Entry j refers to
/// input j (the column order of the design). Each *Conf value is the half-width of the bootstrap interval at
/// <see cref="ConfidenceLevel"/> (NaN when no bootstrap was run).
/// </summary>
/// <param name="S1">First-order index S_j = V[E(Y|X_j)]/V(Y): the share of output variance X_j explains alone.</param>
/// <param name="S1Conf">Bootstrap half-width of S1.</param>
/// <param name="ST">Total index S_Tj = E[V(Y|X_~j)]/V(Y): the share involving X_j in any way, interactions included.</param>
/// <param name="STConf">Bootstrap half-width of ST.</param>
/// <param name="S2">
/// Second-order indices S_jk = V_jk/V(Y), pure interaction of X_j and X_k, in the upper triangle (j &lt; k) of a d × d
/// table with NaN on and below the diagonal, as SALib returns them; empty when second order was not computed.
/// </param>
/// <param name="S2Conf">Bootstrap half-widths of S2, same layout.</param>
/// <param name="BaseSamples">N, the base sample size of the Saltelli design.</param>
/// <param name="Variance">Variance of all model outputs (divisor n), the V(Y) the indices divide.</param>
/// <param name="ConfidenceLevel">Level of the bootstrap intervals, e.g. 0.95.</param>
public sealed record SobolIndices(
    ImmutableArray<double> S1,
    ImmutableArray<double> S1Conf,
    ImmutableArray<double> ST,
    ImmutableArray<double> STConf,
    ImmutableArray<ImmutableArray<double>> S2,
    ImmutableArray<ImmutableArray<double>> S2Conf,
    int BaseSamples,
    double Variance,
    double ConfidenceLevel)
{
    /// <summary>Number of inputs d.</summary>
    public int Dimensions => S1.Length;

    /// <summary>Whether <see cref="S2"/> was computed.</summary>
    public bool HasSecondOrder => !S2.IsDefaultOrEmpty;

    /// <summary>S_jk for any order of j ≠ k (NaN for j = k or when second order was not computed).</summary>
    public double SecondOrder(int j, int k) =>
        !HasSecondOrder || j == k ? double.NaN : S2[Math.Min(j, k)][Math.Max(j, k)];

    /// <summary>Value equality: every index and interval equal element by element (NaN equals NaN).</summary>
    public bool Equals(SobolIndices? other) =>
        other is not null
        && IndexEquality.Same(S1, other.S1) && IndexEquality.Same(S1Conf, other.S1Conf)
        && IndexEquality.Same(ST, other.ST) && IndexEquality.Same(STConf, other.STConf)
        && IndexEquality.Same(S2, other.S2) && IndexEquality.Same(S2Conf, other.S2Conf)
        && BaseSamples == other.BaseSamples && Variance.Equals(other.Variance)
        && ConfidenceLevel.Equals(other.ConfidenceLevel);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        IndexEquality.Add(ref hash, S1);
        IndexEquality.Add(ref hash, ST);
        hash.Add(BaseSamples);
        hash.Add(Variance);
        return hash.ToHashCode();
    }
}
