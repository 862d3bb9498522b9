using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class NaiveForecastsTests
{
    private static readonly (int, double)[] History = [(2010, 1), (2011, 2), (2012, 2), (2013, 4)];

    [Fact]
    public void Persistence_repeats_the_latest_value_before_the_origin()
    {
        Assert.Equal([4, 4], NaiveForecasts.Persistence(History, 2014, 2));
        // A gap before the origin: the latest observed year is used.
        Assert.Equal([2, 2, 2], NaiveForecasts.Persistence(History[..3], 2014, 3));
    }

    [Fact]
    public void The_trend_is_the_least_squares_line_through_the_window()
    {
        // 2010–2013: x̄ = 2011.5, ȳ = 2.25, Sxx = 5, Sxy = 4.5, b = 0.9; 2014: 2.25 + 0.9·2.5 = 4.5; 2015: 5.4.
        Approx.Equal([4.5, 5.4], NaiveForecasts.LinearTrend(History, 2014, 2, window: 4), 1e-9);
        // A window of 2 keeps 2012 and 2013 only: slope 2.
        Approx.Equal([6, 8], NaiveForecasts.LinearTrend(History, 2014, 2, window: 2), 1e-9);
        // A window longer than the data uses what there is.
        Approx.Equal([4.5, 5.4], NaiveForecasts.LinearTrend(History, 2014, 2, window: 10), 1e-9);
    }

    [Fact]
    public void Baselines_refuse_years_at_or_after_the_origin_and_too_little_data()
    {
        Assert.Contains("2013 is at or after the origin 2013",
            Assert.Throws<ArgumentException>(() => NaiveForecasts.Persistence(History, 2013, 1)).Message);
        Assert.Throws<ArgumentException>(() => NaiveForecasts.LinearTrend(History, 2013, 1, 4));
        Assert.Throws<ArgumentException>(() => NaiveForecasts.LinearTrend([(2010, 1), (2013, 4)], 2014, 1, 2));
        Assert.Throws<ArgumentException>(() => NaiveForecasts.Persistence([], 2014, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NaiveForecasts.Persistence(History, 2014, 0));
    }
}
