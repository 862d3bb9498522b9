using Spokes.Explore.Distributions;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// The bootstrap confidence used by SALib for Sobol and Morris indices: resample the N base rows (or the r
/// trajectories) with replacement, recompute the estimate each time, and report the half-width
/// z_(1+c)/2 · sd(estimates) of the normal-approximation interval (sd with the n − 1 divisor; Efron &amp;
/// Tibshirani 1993, §13.2). An index is then read as estimate ± half-width at confidence level c.
/// </summary>
internal static class BootstrapInterval
{
    /// <summary>Checks a resample count: 0 (no intervals) or at least 2.</summary>
    public static int CheckResamples(int resamples, string name) =>
        resamples == 0 || resamples >= 2
            ? resamples
            : throw new ArgumentOutOfRangeException(name, resamples, "must be 0 (no confidence intervals) or at least 2");

    /// <summary>z_(1+c)/2 for confidence level c ∈ (0, 1): 1.95996 for 0.95.</summary>
    public static double Quantile(double confidenceLevel, string name)
    {
        Require.Between(confidenceLevel, 0, 1, name);
        return StandardNormal.InverseCdf(0.5 + confidenceLevel / 2);
    }

    /// <summary>n row indices drawn uniformly with replacement from 0…n−1.</summary>
    public static int[] Resample(int n, Random random)
    {
        var rows = new int[n];
        for (int i = 0; i < n; i++)
            rows[i] = random.Next(n);
        return rows;
    }

    /// <summary>z · sd(estimates) with the n − 1 divisor; NaN when there are fewer than two estimates.</summary>
    public static double HalfWidth(ReadOnlySpan<double> estimates, double z)
    {
        if (estimates.Length < 2)
            return double.NaN;
        double mean = 0;
        foreach (var e in estimates)
            mean += e;
        mean /= estimates.Length;
        double sum = 0;
        foreach (var e in estimates)
            sum += (e - mean) * (e - mean);
        return z * Math.Sqrt(sum / (estimates.Length - 1));
    }
}
