using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios.History;

/// <summary>Errors of the model and of the two naive baselines for one ally (or pooled), in points of GDP share.</summary>
public sealed record HindcastErrors(string Ally, int Points, double ModelRmse, double ModelMae,
    double PersistenceRmse, double PersistenceMae, double TrendRmse, double TrendMae);

/// <summary>Direction of alignment change from the start year to the last year: model against the record.</summary>
public sealed record AlignmentCheck(string Ally, double Record, double Model)
{
    /// <summary>Changes smaller than this count as "no change".</summary>
    public const double DeadBand = 0.05;

    public static int Direction(double change) => double.IsNaN(change) ? 0 : change > DeadBand ? 1 : change < -DeadBand ? -1 : 0;
    public bool Matches => Direction(Record) == Direction(Model);
}

public sealed record HindcastPoint(string Ally, int Year, double Observed, double Model, double Persistence, double Trend);

public sealed record HindcastResult(IReadOnlyList<HindcastErrors> Allies, HindcastErrors Pooled,
    IReadOnlyList<AlignmentCheck> Alignment, IReadOnlyList<HindcastPoint> Points);

/// <summary>
/// Out-of-sample check: run the history scenario from its start (2016) with the calibrated parameters, and compare
/// the spending shares of the hold-out years (2021–2024) with what happened — against persistence of the last fitted
/// year (2020) and a straight line fitted by least squares on 2010–2020. Alignment is judged by the direction of
/// change from the start to the last year against the judged values in data/baseline.csv.
/// </summary>
public static class Hindcast
{
    public static HindcastResult Run(ScenarioDefinition history, IObservations observed, ReferenceData data,
        int fitFirst = 2010, int fitLast = 2020, int first = 2021, int last = 2024)
    {
        var plan = ScenarioPlan.Build(history.EndingIn(last));
        var t = plan.Run();
        var points = new List<HindcastPoint>();
        var alignment = new List<AlignmentCheck>();
        foreach (var spoke in plan.Baseline.Spokes)
        {
            string id = spoke.Id;
            var fit = Enumerable.Range(fitFirst, fitLast - fitFirst + 1)
                .Select(y => (Year: y, Value: observed.Get(id, Calibrator.Indicator, y)))
                .Where(p => p.Value is not null).Select(p => (p.Year, Value: p.Value!.Value)).ToList();
            double? persistence = observed.Get(id, Calibrator.Indicator, fitLast);
            var (intercept, slope) = LeastSquares(fit);
            for (int y = first; y <= last; y++)
                if (observed.Get(id, Calibrator.Indicator, y) is { } obs && persistence is { } p && fit.Count >= 2)
                    points.Add(new HindcastPoint(id, y, obs, t.Get(y, id, Variable.SpendingShare), p, intercept + slope * y));

            double Judged(int year) => data.Figures.FirstOrDefault(f => f.Actor == id && f.Year == year && f.Indicator == "alignment")?.Value ?? double.NaN;
            alignment.Add(new AlignmentCheck(id, Judged(last) - Judged(plan.Baseline.Year),
                t.Get(last, id, Variable.Alignment) - t.Get(plan.Baseline.Year, id, Variable.Alignment)));
        }
        var allies = points.GroupBy(p => p.Ally).Select(g => Errors(g.Key, g.ToList())).ToList();
        return new HindcastResult(allies, Errors("pooled", points), alignment, points);
    }

    private static HindcastErrors Errors(string ally, IReadOnlyList<HindcastPoint> p)
    {
        double Rmse(Func<HindcastPoint, double> f) => Math.Sqrt(p.Average(x => Math.Pow(f(x) - x.Observed, 2)));
        double Mae(Func<HindcastPoint, double> f) => p.Average(x => Math.Abs(f(x) - x.Observed));
        return new HindcastErrors(ally, p.Count, Rmse(x => x.Model), Mae(x => x.Model),
            Rmse(x => x.Persistence), Mae(x => x.Persistence), Rmse(x => x.Trend), Mae(x => x.Trend));
    }

    /// <summary>Ordinary least squares y = a + b·year; a flat line through the mean when there is one point.</summary>
    public static (double Intercept, double Slope) LeastSquares(IReadOnlyList<(int Year, double Value)> points)
    {
        if (points.Count == 0) return (double.NaN, double.NaN);
        double mx = points.Average(p => p.Year), my = points.Average(p => p.Value);
        double sxx = points.Sum(p => (p.Year - mx) * (p.Year - mx));
        double slope = sxx > 0 ? points.Sum(p => (p.Year - mx) * (p.Value - my)) / sxx : 0;
        return (my - slope * mx, slope);
    }
}
