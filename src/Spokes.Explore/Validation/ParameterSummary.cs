namespace Spokes.Explore.Validation;

/// <summary>
/// One parameter's posterior, summarised: moments, the 5/25/50/75/95% quantiles (type 7), the posterior sd over
/// the sd of its uniform prior on [<see cref="Min"/>, <see cref="Max"/>] ((max − min)/√12), the shares of draws
/// within the bound band of each end, and the verdict (<see cref="Identification"/>).
/// </summary>
public sealed record ParameterSummary(string Name, double Min, double Max, int Draws, double Mean, double Sd,
    double Q05, double Q25, double Q50, double Q75, double Q95,
    double SdRatio, double ShareNearMin, double ShareNearMax, Identification Verdict)
{
    /// <summary>Summarises <paramref name="draws"/> of a parameter with a uniform prior on [min, max].</summary>
    public static ParameterSummary Of(string name, IEnumerable<double> draws, double min, double max,
        IdentificationThresholds? thresholds = null)
    {
        var t = thresholds ?? IdentificationThresholds.Default;
        if (!(max > min) || !double.IsFinite(min) || !double.IsFinite(max))
            throw new ArgumentOutOfRangeException(nameof(max), max, $"{name}: must be finite and above min = {min}");
        var x = draws.Order().ToArray();
        if (x.Length < 2) throw new ArgumentException($"{name}: need at least two draws", nameof(draws));
        if (x.Any(v => !double.IsFinite(v))) throw new ArgumentException($"{name}: every draw must be a finite number", nameof(draws));

        double mean = x.Average();
        double sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
        double range = max - min;
        double ratio = sd / (range / Math.Sqrt(12));
        double band = t.BoundBand * range;
        double nearMin = x.Count(v => v <= min + band) / (double)x.Length;
        double nearMax = x.Count(v => v >= max - band) / (double)x.Length;
        var verdict = Math.Max(nearMin, nearMax) >= t.AtBoundShare ? Identification.AtBound
            : ratio < t.IdentifiedRatio ? Identification.Identified
            : ratio < t.NotIdentifiedRatio ? Identification.WeaklyIdentified
            : Identification.NotIdentified;
        return new ParameterSummary(name, min, max, x.Length, mean, sd,
            Quantiles.Type7(x, 0.05), Quantiles.Type7(x, 0.25), Quantiles.Type7(x, 0.5), Quantiles.Type7(x, 0.75), Quantiles.Type7(x, 0.95),
            ratio, nearMin, nearMax, verdict);
    }

    /// <summary>The verdict as a word for tables: identified, weakly identified, not identified, at bound.</summary>
    public string VerdictWord => Verdict switch
    {
        Identification.Identified => "identified",
        Identification.WeaklyIdentified => "weakly identified",
        Identification.NotIdentified => "not identified",
        _ => ShareNearMin >= ShareNearMax ? "at bound (min)" : "at bound (max)",
    };
}
