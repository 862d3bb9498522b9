namespace Spokes.Explore.Validation;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics: Hyndman &amp; Fan's (1996, "Sample quantiles
/// in statistical packages", The American Statistician 50(4)) type 7, the default of R and NumPy. For sorted
/// x_1 ≤ … ≤ x_n, h = (n − 1)p + 1 and Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
/// </summary>
public static class Quantiles
{
    /// <summary>The p-quantile of <paramref name="sorted"/> (ascending, not empty), p ∈ [0, 1].</summary>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) throw new ArgumentException("need at least one value", nameof(sorted));
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "must lie in [0, 1]");
        double h = (sorted.Count - 1) * p;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Count - 1) return sorted[^1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /// <summary>The central interval holding <paramref name="level"/> of the draws: the (1 ∓ level)/2 quantiles.</summary>
    public static (double Lower, double Upper) Central(IEnumerable<double> draws, double level)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "must lie strictly between 0 and 1");
        var sorted = draws.Order().ToArray();
        if (sorted.Any(double.IsNaN)) throw new ArgumentException("draws must not be NaN", nameof(draws));
        return (Type7(sorted, (1 - level) / 2), Type7(sorted, (1 + level) / 2));
    }
}
