namespace Spokes.Explore.Validation;

/// <summary>A reader of one variable: the value for a unit and year from the observations, or null for a gap.</summary>
public delegate double? SeriesReader(Spokes.Scenarios.Data.IObservations observed, string unit, int year);

/// <summary>
/// What <see cref="RollingOriginBaselines"/> runs: the units and origins, the horizons (1 is the origin year), the
/// first year the fits may use, the linear trend's window, the outcome and the panel regression's covariates (read
/// as of the same year, lagged by the regression), ally fixed effects or not, and the interval levels of the panel
/// forecasts.
/// </summary>
public sealed record BaselineSetup(IReadOnlyList<string> Units, IReadOnlyList<int> Origins, int Horizons, int FirstYear,
    SeriesReader Outcome, IReadOnlyList<SeriesReader> Covariates)
{
    /// <summary>
    /// Years before the origin the linear trend is fitted on: an assumption, about the span of the existing hindcast's
    /// trend (2010–2020); plausible 5–15.
    /// </summary>
    public int TrendWindow { get; init; } = 10;

    public bool FixedEffects { get; init; }

    public IReadOnlyList<double> Levels { get; init; } = ForecastRecord.DefaultLevels;
}
