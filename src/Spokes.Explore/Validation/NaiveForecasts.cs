namespace Spokes.Explore.Validation;

/// <summary>
/// The naive baselines, each fitted on the years before the origin only (a later year given throws). Horizon h
/// forecasts the year origin + h − 1.
/// <list type="bullet">
/// <item>Persistence (the random-walk forecast): every horizon gets the latest value observed before the origin.</item>
/// <item>Linear trend: the ordinary least-squares line y = a + b·year through the observed years of the last
/// <c>window</c> years before the origin (origin − window … origin − 1), extended.</item>
/// </list>
/// </summary>
public static class NaiveForecasts
{
    public static double[] Persistence(IReadOnlyList<(int Year, double Value)> history, int origin, int horizons)
    {
        var before = Before(history, origin, horizons);
        if (before.Count == 0) throw new ArgumentException($"no observation before the origin {origin}", nameof(history));
        double last = before.MaxBy(p => p.Year).Value;
        return Enumerable.Repeat(last, horizons).ToArray();
    }

    public static double[] LinearTrend(IReadOnlyList<(int Year, double Value)> history, int origin, int horizons, int window)
    {
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "must be at least 2 years");
        var points = Before(history, origin, horizons).Where(p => p.Year >= origin - window).ToList();
        if (points.Count < 2)
            throw new ArgumentException($"a trend needs two observed years in {origin - window}–{origin - 1}; found {points.Count}", nameof(history));
        var (a, b) = Line(points);
        return Enumerable.Range(1, horizons).Select(h => a + b * (origin + h - 1)).ToArray();
    }

    /// <summary>Ordinary least squares y = a + b·year (years centred for accuracy); needs two distinct years.</summary>
    public static (double Intercept, double Slope) Line(IReadOnlyList<(int Year, double Value)> points)
    {
        double mx = points.Average(p => (double)p.Year), my = points.Average(p => p.Value);
        double sxx = points.Sum(p => (p.Year - mx) * (p.Year - mx));
        if (sxx == 0) throw new ArgumentException("a line needs at least two distinct years", nameof(points));
        double slope = points.Sum(p => (p.Year - mx) * (p.Value - my)) / sxx;
        return (my - slope * mx, slope);
    }

    private static List<(int Year, double Value)> Before(IReadOnlyList<(int Year, double Value)> history, int origin, int horizons)
    {
        if (horizons < 1) throw new ArgumentOutOfRangeException(nameof(horizons), horizons, "must be at least 1");
        foreach (var p in history)
        {
            if (p.Year >= origin)
                throw new ArgumentException($"year {p.Year} is at or after the origin {origin}: a baseline may only see earlier years", nameof(history));
            if (!double.IsFinite(p.Value)) throw new ArgumentException($"year {p.Year} has a value that is not a finite number", nameof(history));
        }
        return history.ToList();
    }
}
