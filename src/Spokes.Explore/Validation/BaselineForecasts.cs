namespace Spokes.Explore.Validation;

/// <summary>
/// The forecasts of the three baselines over all origins, and the origins at which the panel regression could not
/// be fitted (with the reason), so that a report can say why a panel row is missing.
/// </summary>
public sealed record BaselineForecasts(IReadOnlyList<ForecastRecord> Persistence, IReadOnlyList<ForecastRecord> Trend,
    IReadOnlyList<ForecastRecord> Panel, IReadOnlyList<(int Origin, string Reason)> PanelNotFitted);
