using Spokes.Explore.Samplers;
using Spokes.Explore.Validation;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Tests.Validation;

public class RollingOriginBaselinesTests
{
    private static readonly string[] Units = ["JPN", "KOR"];

    /// <summary>Spending shares and troops 1990–2012; from <paramref name="plantFrom"/> on, absurd sentinel values.</summary>
    private static ObservedSeries Series(int plantFrom = int.MaxValue)
    {
        var random = SeededRandom.Create(4);
        var rows = new List<SeriesRow>();
        foreach (var unit in Units)
        {
            double y = unit == "JPN" ? 1.0 : 2.5;
            for (int year = 1990; year <= 2012; year++)
            {
                double troops = 40 + 10 * random.NextDouble();
                bool sentinel = year >= plantFrom;
                rows.Add(new SeriesRow(unit, year, "share", sentinel ? 1e6 : y, "", "test", "t.csv", rows.Count + 2));
                rows.Add(new SeriesRow(unit, year, "troops", sentinel ? 1e-6 : troops, "", "test", "t.csv", rows.Count + 2));
                y = 0.3 + 0.8 * y + 0.004 * troops + 0.05 * (random.NextDouble() - 0.5);
            }
        }
        return new ObservedSeries(rows);
    }

    private static double? Share(IObservations o, string u, int y) => o.Get(u, "share", y);
    private static double? LogTroops(IObservations o, string u, int y) => o.Get(u, "troops", y) is { } v ? Math.Log(v) : null;

    private static BaselineSetup Setup(params int[] origins) => new(Units, origins, 3, 1990, Share, [LogTroops]) { TrendWindow = 5 };

    [Fact]
    public void Each_baseline_is_fitted_on_the_years_before_its_origin_and_scored_on_the_years_after()
    {
        var series = Series();
        var run = RollingOriginBaselines.Run(series, Setup(2005, 2008, 2011));
        // 2 units × 3 horizons at 2005 and 2008; at 2011 only horizons 1–2 are observed (data end in 2012).
        Assert.Equal(2 * 3 * 2 + 2 * 2, run.Persistence.Count);
        Assert.Equal(run.Persistence.Count, run.Trend.Count);
        Assert.Equal(run.Persistence.Count, run.Panel.Count);
        Assert.Empty(run.PanelNotFitted);

        var r = run.Persistence.Single(f => f.Unit == "KOR" && f.Origin == 2008 && f.Horizon == 3);
        Assert.Equal(series.Get("KOR", "share", 2007), r.Point);
        Assert.Equal(series.Get("KOR", "share", 2007), r.Base);
        Assert.Equal(series.Get("KOR", "share", 2010), r.Observed);

        var history = Enumerable.Range(1990, 18).Select(y => (y, series.Get("KOR", "share", y)!.Value)).ToList();
        Assert.Equal(NaiveForecasts.LinearTrend(history, 2008, 3, 5)[2],
            run.Trend.Single(f => f.Unit == "KOR" && f.Origin == 2008 && f.Horizon == 3).Point);

        var fit = PanelRegression.Fit(PanelObservation.Read(series, Units, 1990, 2008, Share, LogTroops), 2008);
        var expected = fit.Forecast("KOR", series.Get("KOR", "share", 2007)!.Value, [Math.Log(series.Get("KOR", "troops", 2007)!.Value)], 3);
        var panel = run.Panel.Single(f => f.Unit == "KOR" && f.Origin == 2008 && f.Horizon == 3);
        Assert.Equal(expected[2], panel.Point);
        Assert.Equal(fit.Interval(expected[2], 3, 0.8), panel.Intervals[1]);
        // The simulated panel is an AR(1) in the share: the regression beats persistence four years out.
        var scores = (ForecastScores.Score(run.Panel)[2].Pooled.Rmse, ForecastScores.Score(run.Persistence)[2].Pooled.Rmse);
        Assert.True(scores.Item1 < scores.Item2, $"panel {scores.Item1} against persistence {scores.Item2}");
    }

    [Fact]
    public void A_sentinel_planted_from_the_origin_on_changes_no_forecast()
    {
        var clean = RollingOriginBaselines.Run(Series(), Setup(2010));
        var planted = RollingOriginBaselines.Run(Series(plantFrom: 2010), Setup(2010));
        foreach (var (a, b) in new[] { (clean.Persistence, planted.Persistence), (clean.Trend, planted.Trend), (clean.Panel, planted.Panel) })
        {
            Assert.Equal(a.Count, b.Count);
            Assert.Equal(a.Select(f => (f.Point, f.Base, f.Intervals.Count)), b.Select(f => (f.Point, f.Base, f.Intervals.Count)));
            Assert.All(b, f => Assert.Equal(1e6, f.Observed)); // the outcomes, read afterwards, are the sentinel
        }
        // A reader that looks one year ahead is stopped by the window, not fed the sentinel.
        var peeking = Setup(2010) with { Covariates = [(o, u, y) => o.Get(u, "share", y + 1)] };
        Assert.Throws<InvalidOperationException>(() => RollingOriginBaselines.Run(Series(plantFrom: 2010), peeking));
    }

    [Fact]
    public void An_origin_too_early_for_the_panel_is_reported_not_hidden()
    {
        // Origin 1992: two years of data give one row per unit — fewer rows than the three coefficients.
        var run = RollingOriginBaselines.Run(Series(), Setup(1992, 2000));
        Assert.Equal(1992, Assert.Single(run.PanelNotFitted).Origin);
        Assert.DoesNotContain(run.Panel, f => f.Origin == 1992);
        Assert.Contains(run.Persistence, f => f.Origin == 1992);
        Assert.Contains(run.Panel, f => f.Origin == 2000);
    }
}
