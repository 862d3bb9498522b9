namespace Spokes.Explore.Validation;

/// <summary>A central forecast interval holding <see cref="Level"/> (e.g. 0.8) of the forecast's probability.</summary>
public sealed record ForecastInterval(double Level, double Lower, double Upper)
{
    /// <summary>Whether the observed value falls in the interval (ends included).</summary>
    public bool Covers(double observed) => observed >= Lower && observed <= Upper;

    /// <summary>The interval between the (1 ∓ level)/2 quantiles (type 7) of forecast draws.</summary>
    public static ForecastInterval FromDraws(IEnumerable<double> draws, double level)
    {
        var (lower, upper) = Quantiles.Central(draws, level);
        return new ForecastInterval(level, lower, upper);
    }
}
