namespace Spokes.Explore.Validation;

/// <summary>
/// The simplest observation-error model: each observation is the model's value plus an independent normal error
/// with sd σ, so the log likelihood of the residuals e_i = simulated_i − observed_i is
/// Σ_i [−½ log(2π) − log σ − e_i² / (2σ²)]. σ may be a sampled parameter (then it measures how far the model and the
/// data disagree, measurement error and structural error together) or fixed from the data's documented precision.
/// Independence across years is an assumption the residuals' autocorrelation can contradict; check it.
/// </summary>
public static class GaussianErrors
{
    private static readonly double HalfLog2Pi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>The log likelihood of the residuals with error sd σ; −∞ for σ ≤ 0 (outside the support).</summary>
    public static double LogLikelihood(ReadOnlySpan<double> residuals, double sigma)
    {
        if (double.IsNaN(sigma)) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "must be a number");
        if (sigma <= 0) return double.NegativeInfinity;
        double sum = 0;
        foreach (var e in residuals)
        {
            if (!double.IsFinite(e)) throw new ArgumentException("every residual must be a finite number", nameof(residuals));
            sum += e * e;
        }
        return -residuals.Length * (HalfLog2Pi + Math.Log(sigma)) - sum / (2 * sigma * sigma);
    }

    /// <summary>The log likelihood of simulated against observed values, pairwise, with error sd σ.</summary>
    public static double LogLikelihood(IReadOnlyList<double> simulated, IReadOnlyList<double> observed, double sigma)
    {
        if (simulated.Count != observed.Count)
            throw new ArgumentException($"{simulated.Count} simulated values for {observed.Count} observations", nameof(simulated));
        var residuals = new double[simulated.Count];
        for (int i = 0; i < residuals.Length; i++) residuals[i] = simulated[i] - observed[i];
        return LogLikelihood(residuals, sigma);
    }
}
