namespace Spokes.Explore.Validation;

/// <summary>Root-mean-square and mean absolute error of <see cref="Count"/> forecasts of one unit (or "pooled").</summary>
public sealed record ErrorScore(string Unit, int Count, double Rmse, double Mae);

/// <summary>Of the <see cref="Cases"/> whose observed change exceeded the threshold, how many the forecast signed right.</summary>
public sealed record SignScore(double Threshold, int Cases, int Correct)
{
    public double Share => Cases == 0 ? double.NaN : Correct / (double)Cases;
}

/// <summary>Of the <see cref="Cases"/> forecasts with an interval at <see cref="Level"/>, how many covered the outcome.</summary>
public sealed record CoverageScore(double Level, int Cases, int Covered)
{
    public double Share => Cases == 0 ? double.NaN : Covered / (double)Cases;
}

/// <summary>Every score of one forecast horizon.</summary>
public sealed record HorizonScore(int Horizon, ErrorScore Pooled, IReadOnlyList<ErrorScore> Units, SignScore Sign,
    IReadOnlyList<CoverageScore> Coverage);

/// <summary>
/// Scores forecasts against what happened, horizon by horizon: pooled and per-unit RMSE √(mean e²) and MAE
/// mean |e| with e = point − observed; the share of cases with |observed − base| above the threshold (default 0.1,
/// points of GDP in the validation issue) in which the forecast change point − base has the same sign (a forecast of
/// no change counts as wrong); and for each interval level the share of outcomes inside the interval (empirical
/// coverage, which for a calibrated forecaster approaches the level; Gneiting, Balabdaoui &amp; Raftery 2007,
/// "Probabilistic forecasts, calibration and sharpness", J. R. Stat. Soc. B 69(2)).
/// </summary>
public static class ForecastScores
{
    public const double DefaultSignThreshold = 0.1;

    public static IReadOnlyList<HorizonScore> Score(IEnumerable<ForecastRecord> forecasts, double signThreshold = DefaultSignThreshold)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        if (!(signThreshold >= 0)) throw new ArgumentOutOfRangeException(nameof(signThreshold), signThreshold, "must be 0 or more");
        var all = forecasts.ToList();
        foreach (var f in all)
            if (f.Horizon < 1 || !double.IsFinite(f.Point) || !double.IsFinite(f.Observed) || !double.IsFinite(f.Base))
                throw new ArgumentException($"{f.Unit} origin {f.Origin} horizon {f.Horizon}: horizon must be ≥ 1 and values finite", nameof(forecasts));
        return all.GroupBy(f => f.Horizon).OrderBy(g => g.Key).Select(g =>
        {
            var list = g.ToList();
            var units = list.GroupBy(f => f.Unit).OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => Errors(u.Key, u.ToList())).ToList();
            return new HorizonScore(g.Key, Errors("pooled", list), units, Sign(list, signThreshold), Coverage(list));
        }).ToList();
    }

    private static ErrorScore Errors(string unit, List<ForecastRecord> f) =>
        new(unit, f.Count, Math.Sqrt(f.Average(x => (x.Point - x.Observed) * (x.Point - x.Observed))), f.Average(x => Math.Abs(x.Point - x.Observed)));

    private static SignScore Sign(List<ForecastRecord> f, double threshold)
    {
        var cases = f.Where(x => Math.Abs(x.Observed - x.Base) > threshold).ToList();
        int correct = cases.Count(x => Math.Sign(x.Point - x.Base) == Math.Sign(x.Observed - x.Base));
        return new SignScore(threshold, cases.Count, correct);
    }

    private static List<CoverageScore> Coverage(List<ForecastRecord> f) =>
        f.SelectMany(x => x.Intervals.Select(i => (i.Level, Covered: i.Covers(x.Observed))))
            .GroupBy(p => p.Level).OrderBy(g => g.Key)
            .Select(g => new CoverageScore(g.Key, g.Count(), g.Count(p => p.Covered))).ToList();
}
