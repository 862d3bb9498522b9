using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Random;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios.History;

/// <summary>A scenario run whose simulated spending shares are compared with observations from first to last year.</summary>
public sealed record CalibrationSegment(ScenarioDefinition Scenario, int FirstYear, int LastYear);

public sealed record CalibrationOptions
{
    /// <summary>Random starts of the optimiser (the best one wins).</summary>
    public int Starts { get; init; } = 6;
    public int Seed { get; init; } = 1;
    public int MaxIterations { get; init; } = 600;
    public double Tolerance { get; init; } = 1e-6;
}

/// <summary>
/// A fitted parameter. <see cref="StartSpread"/> is the range of the value among starts that reached the best fit
/// (within 1%), as a share of the parameter's range; <see cref="LossRise"/> is the relative rise of the fit error
/// when the value moves 10% of its range away from the optimum (the worse side of the two). A parameter is
/// identifiable when the starts agree (spread &lt; 0.1), the error notices it (rise ≥ 1%) and the optimum lies
/// inside its range: at a bound the data would push it further, so the range, not the data, sets the value.
/// </summary>
public sealed record FittedParameter(ParameterId Id, string Key, double Value, double Min, double Max, double StartSpread, double LossRise)
{
    public bool AtBound => Value - Min < 1e-3 * (Max - Min) || Max - Value < 1e-3 * (Max - Min);
    public bool Identifiable => StartSpread < 0.1 && LossRise >= 0.01 && !AtBound;
}

public sealed record AllyFit(string Ally, int Points, double Rmse);

public sealed record CalibrationStart(double Rmse, double[] Values, int Evaluations);

public sealed record CalibrationResult(IReadOnlyList<FittedParameter> Parameters, double Rmse, double DefaultRmse, int Points,
    IReadOnlyList<AllyFit> Allies, IReadOnlyList<CalibrationStart> Starts, int LatestYearRead)
{
    public IReadOnlyDictionary<ParameterId, double> Values => Parameters.ToDictionary(p => p.Id, p => p.Value);
}

/// <summary>
/// Fits free parameters, each within its documented range, to observed defence spending shares (SIPRI, % of GDP)
/// by Nelder–Mead (Math.NET) from several seeded random starts. The loss is the root-mean-square error over every
/// spoke and observed year of the segments. Observations are read once, through the window given, before any run.
/// </summary>
public static class Calibrator
{
    public const string Indicator = "milex_share_gdp_pct";

    public static CalibrationResult Fit(IReadOnlyList<CalibrationSegment> segments, IReadOnlyList<ParameterId> free,
        IObservations observed, CalibrationOptions options)
    {
        if (free.Count == 0) throw new ArgumentException("name at least one parameter to fit");
        var plans = segments.Select(s => ScenarioPlan.Build(s.Scenario.EndingIn(s.LastYear))).ToList();
        var targets = Targets(segments, plans, observed);
        if (targets.Count == 0) throw new InvalidOperationException("no observations fall in the calibration years");
        var infos = free.Select(ParameterCatalog.Get).ToArray();

        double[] ToValues(Vector<double> z) =>
            infos.Select((p, i) => p.Min + (p.Max - p.Min) * Model.MathUtil.Sigmoid(z[i])).ToArray();
        double Loss(double[] values) => Rmse(segments, values, free, targets);

        var random = new Xoshiro256StarStar(options.Seed, threadSafe: false);
        var starts = new List<CalibrationStart>();
        for (int s = 0; s < options.Starts; s++)
        {
            // Start 0 is the documented default; the others are drawn uniformly inside the ranges.
            var z0 = Vector<double>.Build.Dense(infos.Length, i =>
            {
                double u = s == 0 ? (infos[i].Default - infos[i].Min) / (infos[i].Max - infos[i].Min) : 0.05 + 0.9 * random.NextDouble();
                return Model.MathUtil.Logit(Math.Clamp(u, 0.01, 0.99));
            });
            double best = double.PositiveInfinity;
            double[] bestValues = ToValues(z0);
            int evaluations = 0;
            var objective = ObjectiveFunction.Value(z =>
            {
                var v = ToValues(z);
                double loss = Loss(v);
                evaluations++;
                if (loss < best) { best = loss; bestValues = v; }
                return loss;
            });
            try
            {
                new NelderMeadSimplex(options.Tolerance, options.MaxIterations)
                    .FindMinimum(objective, z0, Vector<double>.Build.Dense(infos.Length, 1.0));
            }
            catch (MaximumIterationsException)
            {
                // Keep the best point seen; the spread across starts shows whether it matters.
            }
            starts.Add(new CalibrationStart(best, bestValues, evaluations));
        }

        var winner = starts.MinBy(s => s.Rmse)!;
        var near = starts.Where(s => s.Rmse <= winner.Rmse * 1.01 + 1e-12).ToList();
        var fitted = infos.Select((p, i) =>
        {
            double range = p.Max - p.Min;
            double spread = (near.Max(s => s.Values[i]) - near.Min(s => s.Values[i])) / range;
            double Moved(double delta)
            {
                var v = (double[])winner.Values.Clone();
                v[i] = Math.Clamp(v[i] + delta * range, p.Min, p.Max);
                return Loss(v);
            }
            double rise = (Math.Max(Moved(0.1), Moved(-0.1)) - winner.Rmse) / Math.Max(winner.Rmse, 1e-12);
            return new FittedParameter(p.Id, p.Key, winner.Values[i], p.Min, p.Max, spread, rise);
        }).ToList();

        var allies = AllyErrors(segments, winner.Values, free, targets);
        int latest = observed is ObservationWindow w ? w.LatestYearRead : targets.Max(t => t.Year);
        double atDefaults = Loss(infos.Select(p => p.Default).ToArray());
        return new CalibrationResult(fitted, winner.Rmse, atDefaults, targets.Count, allies, starts, latest);
    }

    private sealed record Target(int Segment, string Ally, int Year, double Observed);

    private static List<Target> Targets(IReadOnlyList<CalibrationSegment> segments, List<ScenarioPlan> plans, IObservations observed)
    {
        var targets = new List<Target>();
        for (int s = 0; s < segments.Count; s++)
            foreach (var spoke in plans[s].Baseline.Spokes)
                for (int y = segments[s].FirstYear; y <= segments[s].LastYear; y++)
                    if (observed.Get(spoke.Id, Indicator, y) is { } v) targets.Add(new Target(s, spoke.Id, y, v));
        return targets;
    }

    private static Trajectory[] Simulate(IReadOnlyList<CalibrationSegment> segments, double[] values, IReadOnlyList<ParameterId> free)
    {
        var result = new Trajectory[segments.Count];
        for (int s = 0; s < segments.Count; s++)
        {
            var d = segments[s].Scenario;
            var parameters = new Dictionary<ParameterId, double>(d.Parameters);
            for (int i = 0; i < free.Count; i++) parameters[free[i]] = values[i];
            result[s] = ScenarioPlan.Build(d.EndingIn(segments[s].LastYear) with { Parameters = parameters }).Run();
        }
        return result;
    }

    private static double Rmse(IReadOnlyList<CalibrationSegment> segments, double[] values, IReadOnlyList<ParameterId> free, List<Target> targets)
    {
        var runs = Simulate(segments, values, free);
        double sum = 0;
        foreach (var t in targets)
        {
            double e = runs[t.Segment].Get(t.Year, t.Ally, Variable.SpendingShare) - t.Observed;
            sum += e * e;
        }
        return Math.Sqrt(sum / targets.Count);
    }

    private static List<AllyFit> AllyErrors(IReadOnlyList<CalibrationSegment> segments, double[] values, IReadOnlyList<ParameterId> free, List<Target> targets)
    {
        var runs = Simulate(segments, values, free);
        return targets.GroupBy(t => t.Ally).Select(g =>
        {
            double sum = g.Sum(t => Math.Pow(runs[t.Segment].Get(t.Year, t.Ally, Variable.SpendingShare) - t.Observed, 2));
            return new AllyFit(g.Key, g.Count(), Math.Sqrt(sum / g.Count()));
        }).ToList();
    }
}
