using System.Globalization;
using System.Text;
using Spokes.Explore.Validation;
using Spokes.Model.Outputs;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Cli;

/// <summary>
/// `spokes run --posterior N`: the scenario run under N draws of uncertainty — parameters from the posterior calibrated
/// on the eight years of allied spending up to the scenario's start year (never later), and the judged starting
/// values (belief, alignment, entrapment, independence, duplication of every spoke) drawn uniformly from their ranges
/// in data/baseline.csv — summarised as medians with 50% and 90% intervals in the middle and final years.
/// </summary>
internal static class PosteriorRun
{
    private static readonly string[] Judged = ["belief", "alignment", "entrapment", "independence", "duplication"];

    public static string Format(ScenarioDefinition d, int draws, int seed, int threads)
    {
        var plan = ScenarioPlan.Build(d);
        int lastYear = Math.Min(plan.Baseline.Year, 2024);
        var settings = new CalibrationSettings { Steps = 600, BurnIn = 300, Seed = seed, Threads = threads };
        var posterior = ModelCalibration.Run(lastYear, ObservedSeries.BuiltIn, DriverData.BuiltIn, settings);
        var data = d.DataDirectory is { } dir ? ReferenceData.FromDirectory(dir) : ReferenceData.BuiltIn;
        var variables = plan.Baseline.Spokes.SelectMany(s => Judged.Select(j => BaselineVariable.Parse($"{BaselineVariable.Prefix}{s.Id}.{j}", plan.Baseline, out _)!))
            .Select(v => (Variable: v, Range: v.DataRange(data, plan.Baseline.Year))).Where(v => v.Range is { } r && r.High > r.Low).ToList();
        var random = new Model.Simulation.RunRandom(seed);
        var sim = plan.CreateSimulation();
        var runs = new List<Trajectory>();
        int skipped = 0;
        foreach (int k in posterior.Thinned(draws))
        {
            var baseline = plan.Baseline;
            foreach (var (v, range) in variables) baseline = v.Apply(baseline, range!.Value.Low + random.NextDouble() * (range.Value.High - range.Value.Low));
            var p = posterior.Parameters(k, settings.Parameters, plan.Parameters);
            try { sim.Reconfigure(baseline, p, plan.Levers, plan.Exogenous, plan.Negotiation); }
            catch (ArgumentException) { skipped++; continue; } // no start-year fixed point at this draw: left out, counted
            runs.Add(sim.Run(d.Seed).Clone());
        }
        var t0 = runs[0];
        int mid = t0.StartYear + (t0.EndYear - t0.StartYear) / 2;
        var sb = new StringBuilder();
        sb.Append($"\nuncertainty: {runs.Count} draws — parameters from the posterior on allied spending {lastYear - settings.WindowYears + 1}–{lastYear} " +
                  $"({string.Join(", ", posterior.Names.Take(settings.Parameters.Count))}), judged starting values uniform over their data ranges; " +
                  $"median [50% interval] [90% interval]{(skipped > 0 ? $"; {skipped} draws without a start-year fixed point left out" : "")}\n");
        var table = new TextTable("indicator", mid.ToString(CultureInfo.InvariantCulture), t0.EndYear.ToString(CultureInfo.InvariantCulture));
        void Row(string name, string row, Variable v, int digits) =>
            table.Add(name, Cell(runs.Select(t => t.Get(mid, row, v)), digits), Cell(runs.Select(t => t.Get(t.EndYear, row, v)), digits));
        Row("allied spending %GDP", Trajectory.AllianceId, Variable.SpendingShare, 2);
        Row("discounting index", Trajectory.AllianceId, Variable.Discounting, 3);
        Row("distancing index", Trajectory.AllianceId, Variable.Distancing, 3);
        Row("duplication index", Trajectory.AllianceId, Variable.Duplication, 3);
        Row("capability per U.S. $", Trajectory.AllianceId, Variable.CapabilityPerDollar, 3);
        Row("proliferation risk", Trajectory.AllianceId, Variable.ProliferationRisk, 3);
        foreach (var s in plan.Baseline.Spokes)
        {
            Row($"{s.Id} spending %GDP", s.Id, Variable.SpendingShare, 2);
            Row($"{s.Id} alignment", s.Id, Variable.Alignment, 3);
        }
        sb.Append(table);
        return sb.ToString();
    }

    private static string Cell(IEnumerable<double> values, int digits)
    {
        var sorted = values.Order().ToArray();
        string F(double p) => Quantiles.Type7(sorted, p).ToString("F" + digits, CultureInfo.InvariantCulture);
        return $"{F(0.5)} [{F(0.25)}, {F(0.75)}] [{F(0.05)}, {F(0.95)}]";
    }
}
