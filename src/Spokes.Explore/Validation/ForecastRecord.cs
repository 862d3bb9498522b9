namespace Spokes.Explore.Validation;

/// <summary>
/// One forecast, scored later: made for <see cref="Unit"/> with data before <see cref="Origin"/>, for the year
/// <see cref="Year"/> = origin + horizon − 1 (horizon 1 is the origin year itself). <see cref="Base"/> is the last
/// value observed before the origin, against which changes are measured; <see cref="Point"/> the point forecast;
/// <see cref="Observed"/> what happened; <see cref="Intervals"/> central intervals, possibly none.
/// </summary>
public sealed record ForecastRecord(string Unit, int Origin, int Horizon, double Base, double Point, double Observed,
    IReadOnlyList<ForecastInterval> Intervals)
{
    /// <summary>The levels of the central intervals reported by default: 50, 80 and 90%.</summary>
    public static IReadOnlyList<double> DefaultLevels { get; } = [0.5, 0.8, 0.9];

    public int Year => Origin + Horizon - 1;

    /// <summary>
    /// A forecast from draws (e.g. posterior draws run forward): the point is their median unless given, the
    /// intervals are the draws' central quantile intervals at <paramref name="levels"/> (default 50/80/90%).
    /// </summary>
    public static ForecastRecord FromDraws(string unit, int origin, int horizon, double @base, double observed,
        IReadOnlyList<double> draws, double? point = null, IReadOnlyList<double>? levels = null)
    {
        if (draws.Count == 0) throw new ArgumentException("need at least one draw", nameof(draws));
        double centre = point ?? Quantiles.Type7(draws.Order().ToArray(), 0.5);
        var intervals = (levels ?? DefaultLevels).Select(l => ForecastInterval.FromDraws(draws, l)).ToArray();
        return new ForecastRecord(unit, origin, horizon, @base, centre, observed, intervals);
    }
}
