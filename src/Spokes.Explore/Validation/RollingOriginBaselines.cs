using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>
/// Rolling-origin evaluation of the three baselines (Tashman 2000, "Out-of-sample tests of forecasting accuracy: an
/// analysis and review", International Journal of Forecasting 16(4)): at each origin every baseline is fitted on the
/// years before it only — the readers see the observations through an <see cref="ObservationWindow"/> ending the
/// year before the origin, which throws on any later year — and forecasts horizons 1…H; only then is each forecast
/// paired with what was observed. Persistence and the trend are fitted per unit on the outcome; the panel regression
/// on all units together (from <see cref="BaselineSetup.FirstYear"/>), with normal intervals from its residual sd.
/// A forecast whose outcome is not observed is left out; so is a unit-origin whose last year before the origin lacks
/// a value the forecaster needs. An origin where the panel regression cannot be fitted gives no panel forecasts.
/// </summary>
public static class RollingOriginBaselines
{
    /// <summary>The forecasts of each baseline, and the origins where the panel regression could not be fitted.</summary>
    public static BaselineForecasts Run(IObservations observed, BaselineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Horizons < 1) throw new ArgumentOutOfRangeException(nameof(setup), setup.Horizons, "Horizons must be at least 1");
        List<ForecastRecord> persistenceRecords = [], trendRecords = [], panelRecords = [];
        var notFitted = new List<(int, string)>();
        foreach (int origin in setup.Origins.Order())
        {
            if (origin <= setup.FirstYear)
                throw new ArgumentOutOfRangeException(nameof(setup), origin, $"origin {origin} must come after the first year {setup.FirstYear}");
            var window = new ObservationWindow(observed, origin - 1);
            var fit = TryFitPanel(window, setup, origin, notFitted);
            foreach (var unit in setup.Units)
            {
                var history = Enumerable.Range(setup.FirstYear, origin - setup.FirstYear)
                    .Select(y => (Year: y, Value: setup.Outcome(window, unit, y)))
                    .Where(p => p.Value is not null).Select(p => (p.Year, Value: p.Value!.Value)).ToList();
                if (history.Count == 0) continue;
                double @base = history[^1].Value;
                var persistence = NaiveForecasts.Persistence(history, origin, setup.Horizons);
                var trendPoints = history.Count(p => p.Year >= origin - setup.TrendWindow) >= 2
                    ? NaiveForecasts.LinearTrend(history, origin, setup.Horizons, setup.TrendWindow)
                    : null;
                var panel = fit is not null ? PanelForecast(fit, window, setup, unit, origin) : null;

                for (int h = 1; h <= setup.Horizons; h++)
                {
                    // The outcome is read only now, from the full observations, after every forecast is made.
                    if (setup.Outcome(observed, unit, origin + h - 1) is not { } outcome) continue;
                    persistenceRecords.Add(new ForecastRecord(unit, origin, h, @base, persistence[h - 1], outcome, []));
                    if (trendPoints is not null)
                        trendRecords.Add(new ForecastRecord(unit, origin, h, @base, trendPoints[h - 1], outcome, []));
                    if (panel is not null)
                    {
                        double point = panel[h - 1];
                        var intervals = setup.Levels.Select(l => fit!.Interval(point, h, l)).ToArray();
                        panelRecords.Add(new ForecastRecord(unit, origin, h, @base, point, outcome, intervals));
                    }
                }
            }
        }
        return new BaselineForecasts(persistenceRecords, trendRecords, panelRecords, notFitted);
    }

    private static PanelFit? TryFitPanel(ObservationWindow window, BaselineSetup setup, int origin, List<(int, string)> notFitted)
    {
        var panel = PanelObservation.Read(window, setup.Units, setup.FirstYear, origin, setup.Outcome, [.. setup.Covariates]);
        try
        {
            return PanelRegression.Fit(panel, origin, setup.FixedEffects);
        }
        catch (ArgumentException e)
        {
            // Too few rows or collinear regressors at this origin: no panel forecasts, and the reason is kept.
            notFitted.Add((origin, e.Message));
            return null;
        }
    }

    private static double[]? PanelForecast(PanelFit fit, ObservationWindow window, BaselineSetup setup, string unit, int origin)
    {
        int last = origin - 1;
        if (!fit.Intercepts.ContainsKey(unit) || setup.Outcome(window, unit, last) is not { } y) return null;
        var z = new double[setup.Covariates.Count];
        for (int k = 0; k < z.Length; k++)
            if (setup.Covariates[k](window, unit, last) is { } v) z[k] = v;
            else return null;
        return fit.Forecast(unit, y, z, setup.Horizons); // covariates held at their last observed value
    }
}
