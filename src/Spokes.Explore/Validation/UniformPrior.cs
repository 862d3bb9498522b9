namespace Spokes.Explore.Validation;

/// <summary>
/// Independent uniform priors on a box [Lower_d, Upper_d] — the documented parameter ranges read as priors. Turns a
/// log likelihood into the log posterior the <see cref="EnsembleSampler"/> wants: −∞ outside the box (the likelihood
/// is then never called, so the model never runs outside its ranges), the log likelihood inside (the prior's constant
/// density drops out).
/// </summary>
public sealed record UniformPrior
{
    public UniformPrior(IReadOnlyList<double> lower, IReadOnlyList<double> upper)
    {
        if (lower.Count != upper.Count || lower.Count == 0)
            throw new ArgumentException("lower and upper must name the same, non-zero number of dimensions", nameof(upper));
        for (int d = 0; d < lower.Count; d++)
            if (!(upper[d] > lower[d]) || !double.IsFinite(lower[d]) || !double.IsFinite(upper[d]))
                throw new ArgumentOutOfRangeException(nameof(upper), upper[d], $"dimension {d}: must be finite and above lower = {lower[d]}");
        Lower = lower.ToArray();
        Upper = upper.ToArray();
    }

    public IReadOnlyList<double> Lower { get; }
    public IReadOnlyList<double> Upper { get; }
    public int Dimensions => Lower.Count;

    /// <summary>Whether the point lies in the closed box.</summary>
    public bool Contains(IReadOnlyList<double> x)
    {
        if (x.Count != Dimensions) throw new ArgumentException($"need {Dimensions} coordinates, not {x.Count}", nameof(x));
        for (int d = 0; d < Dimensions; d++)
            if (!(x[d] >= Lower[d] && x[d] <= Upper[d])) return false;
        return true;
    }

    /// <summary>The sd of dimension d's prior, (upper − lower)/√12.</summary>
    public double Sd(int d) => (Upper[d] - Lower[d]) / Math.Sqrt(12);

    /// <summary>The log posterior (up to a constant) of a log likelihood under this prior.</summary>
    public Func<double[], double> Posterior(Func<double[], double> logLikelihood)
    {
        ArgumentNullException.ThrowIfNull(logLikelihood);
        return x => Contains(x) ? logLikelihood(x) : double.NegativeInfinity;
    }

    /// <summary>Walkers drawn uniformly in the box (see <see cref="EnsembleSampler.UniformStart"/>).</summary>
    public double[][] Start(int walkers, int seed) => EnsembleSampler.UniformStart(Lower, Upper, walkers, seed);
}
