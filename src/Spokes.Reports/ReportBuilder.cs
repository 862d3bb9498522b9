using System.Globalization;
using System.Reflection;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Reports.Charts;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Reports;

/// <summary>
/// Builds reports from scenarios: runs the model (seeded by the scenario, so the same scenario always gives the same
/// report) and assembles the facts, key findings, charts and data sources.
/// </summary>
public static partial class ReportBuilder
{
    /// <summary>The indicator of data/series.csv drawn beside simulated spending.</summary>
    public const string ObservedSpendingIndicator = "milex_share_gdp_pct";

    /// <summary>Spokes' version as built: the informational version of this assembly (with the source commit when the build knew it).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The report of one run of <paramref name="scenario"/>: the alliance indices in the start and final year, and the
    /// per-ally trajectories of spending (with SIPRI's observed shares), belief, entrapment, alignment and duplication.
    /// </summary>
    /// <exception cref="InputException">the scenario cannot be built (unknown posture, missing data, …).</exception>
    public static Report ForRun(ScenarioDefinition scenario)
    {
        var plan = ScenarioPlan.Build(scenario);
        var t = plan.Run();
        string label = RunLabel(scenario);
        var charts = TrajectoryCharts(t, label);
        var headline = RunHeadline(label, scenario.Posture, t);
        return new Report(
            $"Spokes report: {scenario.Name}",
            $"One run of scenario {scenario.Name} under the {scenario.Posture} posture, {t.StartYear}–{t.EndYear}.",
            Facts(scenario, plan, t, compared: null),
            KeyFindings.ForRun(scenario.Name, t),
            $"Alliance totals and indices (the ALLIANCE row of trajectory.csv) in the start year {t.StartYear} and the final year {t.EndYear}.",
            charts,
            Sources(scenario, plan, t),
            Version) { Headline = headline };
    }

    /// <summary>
    /// The six postures compared on <paramref name="scenario"/>'s baseline, years, parameters and drivers: each preset
    /// is applied alone (the scenario's own lever overrides are left out, as in the stylized-fact experiments). The
    /// report has the final-year alliance indices per posture, a bar chart per charted indicator, the trilemma, and the
    /// per-ally trajectories of the scenario as written.
    /// </summary>
    /// <exception cref="InputException">the scenario cannot be built.</exception>
    public static Report ForComparison(ScenarioDefinition scenario)
    {
        var plan = ScenarioPlan.Build(scenario);
        var own = plan.Run();
        var runs = Presets.All
            .Select(p => (Run: p.Name, T: ScenarioPlan.Build(scenario with { Posture = p.Name, Levers = [] }).Run()))
            .ToList();
        var findings = KeyFindings.ForRuns(runs);
        int end = own.EndYear;
        var charts = new List<Chart>();
        var postureRuns = runs.Select(r => new PostureRun(r.Run, r.T)).ToList();
        foreach (var spec in SmallMultiples)
            charts.Add(new PostureSmallMultiplesChart(spec, postureRuns, scenario.Name));
        foreach (var row in findings.Rows.Where(r => r.Indicator.ChartByPosture))
        {
            var i = row.Indicator;
            string cue = i.Better < 0 ? ", \u2190 better" : i.Better > 0 ? ", better \u2192" : "";
            charts.Add(new PostureComparisonChart("posture-" + i.Key.Replace('_', '-'), $"{Capitalise(i.Label)} by posture, {end}",
                $"The {i.Label} ({i.Unit}{(i.BetterWords.Length > 0 ? "; " + i.BetterWords : "")}) of each posture in {end}, from {scenario.Name}'s baseline; the best and worst are marked." +
                (i.Variable == Variable.Discounting ? " " + KeyFindings.DiscountingCaveat : ""),
                $"{i.Label} ({i.Unit}{cue})",
                runs.Select((r, k) => new PostureValue(r.Run, row.Values[k])).ToList(), i.Digits, i.IsIndex, i.Best(row.Values), i.Worst(row.Values)));
        }
        charts.AddRange(TrajectoryCharts(own, RunLabel(scenario)));
        return new Report(
            $"Spokes report: the six postures on {scenario.Name}",
            $"The six U.S. postures compared on the baseline of scenario {scenario.Name}, {own.StartYear}–{end}.",
            Facts(scenario, plan, own, runs.Select(r => r.Run).ToList()),
            findings,
            $"Alliance totals and indices (the ALLIANCE row of trajectory.csv) in {end}, one column per posture; each posture is its preset alone on the scenario's baseline.",
            charts,
            Sources(scenario, plan, own),
            Version) { Headline = ComparisonHeadline(runs, findings, scenario.Name, end) };
    }

    /// <summary>The variables drawn per posture over time (small multiples) in a comparison.</summary>
    private static IReadOnlyList<TrajectoryVariable> SmallMultiples { get; } =
        [.. new[] { Variable.Alignment, Variable.Belief, Variable.Duplication, Variable.SpendingShare }
            .Select(v => TrajectoryVariable.Standard.First(s => s.Variable == v))];

    private static List<Chart> TrajectoryCharts(Trajectory t, string label) =>
        TrajectoryVariable.Standard.Select(spec => (Chart)AllyTrajectoryChart.For(t, spec, label, ObservedSeries.BuiltIn)).ToList();

    private static string RunLabel(ScenarioDefinition d) => $"{d.Name} ({d.Posture})";

    private static IReadOnlyList<ReportFact> Facts(ScenarioDefinition d, ScenarioPlan plan, Trajectory t, IReadOnlyList<string>? compared)
    {
        var facts = new List<ReportFact> { new("scenario", d.Name) };
        if (d.Description.Length > 0) facts.Add(new("description", d.Description));
        facts.Add(new("scenario file", d.SourceFile));
        facts.Add(new("baseline", $"{plan.Baseline.Name} (start year {plan.Baseline.Year})"));
        facts.Add(new("reference data", d.DataDirectory is { } dir ? dir : "built-in (data/actors.csv, data/baseline.csv, data/ties.csv)"));
        facts.Add(new("years", $"{t.StartYear}–{t.EndYear}"));
        var preset = Presets.Find(d.Posture);
        facts.Add(new("posture", preset is null ? d.Posture : $"{d.Posture}: {preset.Description}"));
        facts.Add(new("lever overrides", d.Levers.Count == 0 ? "none" : string.Join("; ", d.Levers.Select(Lever))));
        facts.Add(new("parameter overrides", d.Parameters.Count == 0 ? "none"
            : string.Join("; ", d.Parameters.OrderBy(p => (int)p.Key).Select(p => $"{ParameterCatalog.Get(p.Key).Key} = {N(p.Value)}"))));
        facts.Add(new("U.S. public support", d.PublicSupport.Count == 0 ? $"{N(plan.Baseline.Hub.PublicSupport)} (baseline) throughout"
            : string.Join("; ", d.PublicSupport.OrderBy(p => p.Key).Select(p => $"{p.Key}: {N(p.Value)}"))));
        facts.Add(new("GDP growth", d.Growth ? "on" : "off (every GDP frozen)"));
        facts.Add(new("seed", d.Seed.ToString(CultureInfo.InvariantCulture)));
        if (compared is not null)
            facts.Add(new("postures compared", string.Join(", ", compared) + " (each preset alone; the scenario's lever overrides apply only to its own trajectories)"));
        facts.Add(new("Spokes version", Version));
        return facts;
    }

    private static string Lever(LeverOverride o)
    {
        string years = o.To is { } to ? $"{o.From}–{to}" : $"from {o.From}";
        return $"{LeverInfo.Key(o.Lever)} = {N(o.Value)}, {years}, {o.Ally ?? "all allies"}";
    }

    private static DataSources Sources(ScenarioDefinition d, ScenarioPlan plan, Trajectory? t)
    {
        var data = d.DataDirectory is { } dir ? ReferenceData.FromDirectory(dir) : ReferenceData.BuiltIn;
        int year = plan.Baseline.Year;
        var observed = new List<ObservedSource>();
        var series = ObservedSeries.BuiltIn;
        foreach (var ally in t is null ? [] : plan.Baseline.Spokes.Select(s => s.Id).ToList())
        {
            var rows = Enumerable.Range(t!.StartYear, t.YearCount)
                .Select(y => series.Row(ally, ObservedSpendingIndicator, y)).OfType<SeriesRow>().ToList();
            foreach (var group in rows.GroupBy(r => r.Source))
                observed.Add(new ObservedSource(ally, ObservedSpendingIndicator, group.Min(r => r.Year), group.Max(r => r.Year), group.Count(), group.Key));
        }
        return new DataSources(
            d.DataDirectory ?? "data/ (built in)",
            year,
            data.Figures.Where(f => f.Year == year).ToList(),
            data.Ties.Where(x => x.Year == year).ToList(),
            observed);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string ReadVersion()
    {
        return typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
               ?? typeof(ReportBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
