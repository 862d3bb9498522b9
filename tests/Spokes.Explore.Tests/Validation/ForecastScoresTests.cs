using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class ForecastScoresTests
{
    private static ForecastInterval I(double level, double lo, double hi) => new(level, lo, hi);

    [Fact]
    public void Errors_signs_and_coverage_match_hand_computed_values()
    {
        ForecastRecord[] f =
        [
            // h1: errors −0.5 and −0.25. A changed by +1 (a case, forecast +0.5: right); B by +0.05 (no case).
            new("A", 2010, 1, 1.0, 1.5, 2.0, [I(0.5, 1.4, 1.6), I(0.8, 1.0, 1.8)]),
            new("B", 2010, 1, 2.0, 1.8, 2.05, [I(0.8, 1.5, 2.1)]),
            // h2: errors 0.7 and −0.5. A fell 0.5, forecast rise: wrong; B rose 0.5, forecast no change: wrong.
            new("A", 2010, 2, 1.0, 1.2, 0.5, []),
            new("B", 2010, 2, 2.0, 2.0, 2.5, [I(0.8, 1.0, 3.0)]),
        ];
        var s = ForecastScores.Score(f);
        Assert.Equal([1, 2], s.Select(h => h.Horizon));

        var h1 = s[0];
        Assert.Equal(Math.Sqrt((0.25 + 0.0625) / 2), h1.Pooled.Rmse, 12);
        Assert.Equal(0.375, h1.Pooled.Mae, 12);
        Assert.Equal(2, h1.Pooled.Count);
        Assert.Equal(new ErrorScore("A", 1, 0.5, 0.5), h1.Units[0]);
        Assert.Equal(0.25, h1.Units[1].Rmse, 12);
        Assert.Equal(new SignScore(0.1, 1, 1), h1.Sign);
        Assert.Equal([new CoverageScore(0.5, 1, 0), new CoverageScore(0.8, 2, 1)], h1.Coverage);

        var h2 = s[1];
        Assert.Equal(Math.Sqrt((0.49 + 0.25) / 2), h2.Pooled.Rmse, 12);
        Assert.Equal(0.6, h2.Pooled.Mae, 12);
        Assert.Equal(new SignScore(0.1, 2, 0), h2.Sign);
        Assert.Equal(0, h2.Sign.Share);
        Assert.Equal([new CoverageScore(0.8, 1, 1)], h2.Coverage);

        // A looser threshold admits B's small change at h1 (forecast −0.2 against +0.05: wrong).
        Assert.Equal(new SignScore(0.01, 2, 1), ForecastScores.Score(f, 0.01)[0].Sign);
    }

    [Fact]
    public void Forecasts_from_draws_take_the_median_and_quantile_intervals()
    {
        double[] draws = [5, 1, 9, 3, 7, 2, 8, 4, 6];
        var r = ForecastRecord.FromDraws("JPN", 2015, 4, 1.0, 8.5, draws);
        Assert.Equal(2018, r.Year);
        Assert.Equal(5, r.Point);
        Assert.Equal(new ForecastInterval(0.5, 3, 7), r.Intervals[0]);
        Assert.Equal(1.8, r.Intervals[1].Lower, 12); // h = 8·0.1 = 0.8
        Assert.Equal(8.2, r.Intervals[1].Upper, 12);
        Assert.Equal(1.4, r.Intervals[2].Lower, 12);
        Assert.Equal(8.6, r.Intervals[2].Upper, 12);
        var cover = ForecastScores.Score([r]).Single().Coverage;
        Assert.Equal([0, 0, 1], cover.Select(c => c.Covered)); // 8.5 lies only in the 90% interval
    }

    [Fact]
    public void Bad_forecasts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ForecastScores.Score([new ForecastRecord("A", 2010, 0, 1, 1, 1, [])]));
        Assert.Throws<ArgumentException>(() => ForecastScores.Score([new ForecastRecord("A", 2010, 1, 1, double.NaN, 1, [])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastScores.Score([], -1));
    }
}
