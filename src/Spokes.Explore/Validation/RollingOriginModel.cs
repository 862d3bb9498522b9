using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Explore.Validation;

/// <summary>One alignment forecast: the model's change of an ally's alignment over the horizon against the observed
/// change of its UN voting relative to the other allies (Bailey, Strezhnev &amp; Voeten ideal points).</summary>
public sealed record AlignmentForecast(string Ally, int Origin, int Horizon, double ModelChange, double ObservedChange);

/// <summary>What the rolling-origin evaluation of the model produced.</summary>
public sealed record ModelForecasts(IReadOnlyList<ForecastRecord> Spending, IReadOnlyList<AlignmentForecast> Alignment,
    IReadOnlyList<Posterior> Posteriors);

/// <summary>
/// Rolling-origin evaluation of the model (Tashman 2000): at each origin o the model is calibrated on data up to
/// o − 1 only (<see cref="ModelCalibration"/>), then run from o − 1 with each of <c>draws</c> posterior draws through
/// the horizons o … o + H − 1, conditional on the observed drivers (<see cref="OriginRun"/>, read through an
/// <see cref="OutcomeWindow"/> that refuses the allies' outcomes from o on). Each draw's spending share gets its
/// draw of observation error (normal, the draw's σ, from a seeded stream), so the intervals are posterior
/// predictive. The outcomes are read from the full data only after every forecast of the origin is made.
/// </summary>
public static class RollingOriginModel
{
    public static ModelForecasts Run(IObservations observed, DriverData drivers, IReadOnlyList<int> origins, int horizons,
        CalibrationSettings settings, int draws, IReadOnlyList<double>? levels = null, IProgress<long>? progress = null)
    {
        long done = 0;
        var spending = new List<ForecastRecord>();
        var alignment = new List<AlignmentForecast>();
        var posteriors = new List<Posterior>();
        foreach (int origin in origins.Order())
        {
            // Origins done so far (the caller's progress line; one origin is a calibration, seconds long).
            progress?.Report(done++);
            var posterior = ModelCalibration.Run(origin - 1, observed, drivers, settings with { Seed = settings.Seed + origin });
            posteriors.Add(posterior);
            var allies = Scenarios.Baselines.Year2016.Spokes.Select(s => s.Id).ToArray();
            var window = new OutcomeWindow(observed, origin, allies);
            var run = new OriginRun(origin - 1, origin + horizons - 1, window, drivers);
            var noise = new Model.Simulation.RunRandom(settings.Seed * 7919 + origin);
            var picks = posterior.Thinned(draws).ToList();
            var shares = new Dictionary<(string, int), List<double>>();
            var aligned = new Dictionary<(string, int), List<double>>();
            foreach (int k in picks)
            {
                var t = run.Run(posterior.Parameters(k, settings.Parameters));
                double sigma = posterior.ErrorSd(k);
                foreach (var ally in allies)
                    for (int h = 1; h <= horizons; h++)
                    {
                        int year = origin + h - 1;
                        double e = sigma * Normal(noise);
                        Add(shares, (ally, h), t.Get(year, ally, Variable.SpendingShare) + e);
                        Add(aligned, (ally, h), t.Get(year, ally, Variable.Alignment) - t.Get(origin - 1, ally, Variable.Alignment));
                    }
            }
            // Only now: the outcomes.
            foreach (var ally in allies)
            {
                if (observed.Get(ally, "milex_share_gdp_pct", origin - 1) is not { } @base) continue;
                double? relBase = observed.Get(ally, "unga_relative_alignment", origin - 1);
                for (int h = 1; h <= horizons; h++)
                {
                    int year = origin + h - 1;
                    if (observed.Get(ally, "milex_share_gdp_pct", year) is { } outcome)
                        spending.Add(ForecastRecord.FromDraws(ally, origin, h, @base, outcome, shares[(ally, h)], levels: levels));
                    if (relBase is { } rb && observed.Get(ally, "unga_relative_alignment", year) is { } rel)
                        alignment.Add(new AlignmentForecast(ally, origin, h, Median(aligned[(ally, h)]), rel - rb));
                }
            }
        }
        progress?.Report(done);
        return new ModelForecasts(spending, alignment, posteriors);
    }

    /// <summary>Share of alignment forecasts whose observed change exceeds <paramref name="threshold"/> (ideal-point
    /// units) and whose model change has the same sign.</summary>
    public static SignScore AlignmentSign(IEnumerable<AlignmentForecast> forecasts, int horizon, double threshold)
    {
        var cases = forecasts.Where(f => f.Horizon == horizon && Math.Abs(f.ObservedChange) > threshold).ToList();
        return new SignScore(threshold, cases.Count, cases.Count(f => Math.Sign(f.ModelChange) == Math.Sign(f.ObservedChange)));
    }

    private static void Add(Dictionary<(string, int), List<double>> d, (string, int) key, double v)
    {
        if (!d.TryGetValue(key, out var list)) d[key] = list = [];
        list.Add(v);
    }

    private static double Median(List<double> values) => Quantiles.Type7(values.Order().ToArray(), 0.5);

    /// <summary>A standard normal draw (Box–Muller on the seeded stream).</summary>
    public static double Normal(Model.Simulation.RunRandom r)
    {
        double u1 = 1 - r.NextDouble(), u2 = r.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
