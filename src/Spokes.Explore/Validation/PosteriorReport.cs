namespace Spokes.Explore.Validation;

/// <summary>One parameter's posterior summary with the convergence diagnostics of its chains.</summary>
public sealed record ParameterReport(ParameterSummary Summary, double Rhat, double BulkEss)
{
    /// <summary>
    /// Vehtari et al. (2021) ask for rank-normalised R̂ below 1.01 and a bulk ESS above 400 (100 for each of four
    /// chains) before the posterior is trusted.
    /// </summary>
    public bool Converged => Rhat < 1.01 && BulkEss >= 400;
}

/// <summary>
/// Summarises an <see cref="EnsembleChains"/> run parameter by parameter after discarding <c>burnIn</c> steps:
/// <see cref="ParameterSummary"/> against the uniform prior, rank-normalised R̂ and bulk ESS over the walkers.
/// </summary>
public static class PosteriorReport
{
    public static IReadOnlyList<ParameterReport> Of(EnsembleChains chains, IReadOnlyList<string> names, UniformPrior prior,
        int burnIn, IdentificationThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (names.Count != chains.Dimensions || prior.Dimensions != chains.Dimensions)
            throw new ArgumentException($"the chains have {chains.Dimensions} dimensions; got {names.Count} names and a prior of {prior.Dimensions}");
        return names.Select((name, d) =>
        {
            var perWalker = chains.Chains(d, burnIn);
            var summary = ParameterSummary.Of(name, perWalker.SelectMany(c => c), prior.Lower[d], prior.Upper[d], thresholds);
            return new ParameterReport(summary, ConvergenceDiagnostics.RankNormalizedRhat(perWalker),
                ConvergenceDiagnostics.BulkEffectiveSampleSize(perWalker));
        }).ToList();
    }
}
