using Spokes.Explore.Validation;
using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Tests.Validation;

/// <summary>The model's Bayesian calibration and rolling-origin forecasts keep to the data before the origin.</summary>
public class ModelCalibrationTests
{
    private static readonly CalibrationSettings Small = new() { Walkers = 12, Steps = 30, BurnIn = 15, Seed = 3, Threads = 1 };

    /// <summary>Every figure after <c>after</c> replaced by an absurd value, and every such read counted.</summary>
    private sealed class Sentinel(IObservations inner, int after) : IObservations
    {
        public int LateReads;

        public double? Get(string actor, string indicator, int year)
        {
            if (year <= after) return inner.Get(actor, indicator, year);
            LateReads++;
            return 1e6;
        }
    }

    [Fact]
    public void A_sentinel_planted_after_the_last_year_never_reaches_the_calibration()
    {
        var clean = ModelCalibration.Run(2012, ObservedSeries.BuiltIn, DriverData.BuiltIn, Small);
        var planted = new Sentinel(ObservedSeries.BuiltIn, 2012);
        var guarded = ModelCalibration.Run(2012, planted, DriverData.BuiltIn, Small);
        Assert.Equal(0, planted.LateReads);
        Assert.Equal(clean.Draws.Count, guarded.Draws.Count);
        for (int k = 0; k < clean.Draws.Count; k++) Assert.Equal(clean.Draws[k], guarded.Draws[k]);
    }

    [Fact]
    public void The_calibration_is_the_same_at_any_thread_count_and_stays_inside_the_ranges()
    {
        var one = ModelCalibration.Run(2015, ObservedSeries.BuiltIn, DriverData.BuiltIn, Small with { Threads = 1 });
        var two = ModelCalibration.Run(2015, ObservedSeries.BuiltIn, DriverData.BuiltIn, Small with { Threads = 2 });
        for (int k = 0; k < one.Draws.Count; k++) Assert.Equal(one.Draws[k], two.Draws[k]);
        foreach (var r in one.Report) Assert.InRange(r.Summary.Mean, r.Summary.Min, r.Summary.Max);
    }

    [Fact]
    public void A_forecast_cannot_read_the_outcomes_it_is_judged_on()
    {
        var window = new OutcomeWindow(ObservedSeries.BuiltIn, 2018, ["JPN", "KOR"]);
        Assert.Throws<InvalidOperationException>(() => window.Get("JPN", "milex_share_gdp_pct", 2018));
        Assert.Throws<InvalidOperationException>(() => window.Get("KOR", "unga_relative_alignment", 2020));
        Assert.NotNull(window.Get("JPN", "milex_share_gdp_pct", 2017));
        Assert.NotNull(window.Get("CHN", "milex_usd_bn", 2020)); // a driver, not an outcome
    }

    [Fact]
    public void The_origin_baseline_starts_from_the_observed_figures_of_its_year()
    {
        var b = OriginBaseline.At(2005, ObservedSeries.BuiltIn, DriverData.BuiltIn);
        var jpn = b.Spokes.Single(s => s.Id == "JPN");
        Assert.Equal(ObservedSeries.BuiltIn.Get("JPN", "milex_usd_bn", 2005), jpn.Spending);
        Assert.Equal(2005, b.Year);
        Assert.Contains("baseline-1990", b.Name); // judged values from the latest baseline before the year
    }

    [Fact]
    public void Rolling_origin_forecasts_cover_every_ally_and_horizon_with_intervals()
    {
        var f = RollingOriginModel.Run(ObservedSeries.BuiltIn, DriverData.BuiltIn, [2014], 3, Small, draws: 6);
        Assert.Equal(6 * 3, f.Spending.Count);
        Assert.All(f.Spending, r => Assert.Equal(3, r.Intervals.Count));
        Assert.Single(f.Posteriors);
        Assert.Equal(2013, f.Posteriors[0].LastYear);
    }
}
