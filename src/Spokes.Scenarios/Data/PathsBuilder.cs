using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Scenarios.Data;

/// <summary>
/// Builds the dated exogenous paths of a run (<see cref="ExogenousPaths"/>) from the data and the scenario, one value
/// per year and actor, so the yearly step only reads arrays. With observed drivers, for each simulated year:
/// <list type="bullet">
/// <item>GDP growth = observed current-US$ GDP ratio (data/series.csv <c>gdp_usd_bn</c>) where both years are
/// observed, else the projection path (1 + real growth)·(1 + U.S. inflation) − 1 from data/projections.csv — current
/// dollars at constant real exchange rates — else the baseline rate;</item>
/// <item>budgets of the hub and the threats = SIPRI current US$ (<c>milex_usd_bn</c>) where observed, else modelled;</item>
/// <item>each ally's government orientation = data/politics.csv, the last value held after the data end;</item>
/// <item>threat shocks = data/threat-events.csv rows dated after the start year.</item>
/// </list>
/// The scenario's own <c>politics:</c> (held from each year given) and <c>events:</c> apply in both modes.
/// </summary>
public static class PathsBuilder
{
    public static ExogenousPaths Build(Baseline b, ScenarioDefinition d, IObservations? series, DriverData drivers) =>
        Build(b, d, series, drivers, out _);

    /// <summary>As <see cref="Build(Baseline, ScenarioDefinition, IObservations?, DriverData)"/>, also listing every
    /// threat shock the run includes (year, target, description), for the run's summary.</summary>
    public static ExogenousPaths Build(Baseline b, ScenarioDefinition d, IObservations? series, DriverData drivers,
        out IReadOnlyList<(int Year, string Target, string Event)> events)
    {
        var listed = new List<(int Year, string Target, string Event)>();
        events = listed;
        int n = b.Spokes.Count, m = b.Threats.Count;
        var paths = new ExogenousPaths(b.Year, d.EndYear, n, m);
        var ids = new List<string> { b.Hub.Id };
        ids.AddRange(b.Spokes.Select(s => s.Id));
        ids.AddRange(b.Threats.Select(t => t.Id));
        var spokeIndex = b.Spokes.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);

        if (d.ObservedDrivers)
        {
            var projected = drivers.Projections.ToDictionary(r => (r.Actor, r.Year, r.Indicator), r => r.Value);
            for (int year = b.Year + 1; year <= d.EndYear; year++)
            {
                for (int a = 0; a < ids.Count; a++)
                {
                    double growth = ObservedGrowth(series, ids[a], year)
                        ?? ProjectedGrowth(projected, ids[a], b.Hub.Id, year)
                        ?? double.NaN;
                    if (!double.IsNaN(growth)) paths.SetGrowth(year, a, growth);
                    bool budgeted = a == 0 || a > n;
                    if (budgeted && series?.Get(ids[a], "milex_usd_bn", year) is { } budget) paths.SetBudget(year, a, budget);
                }
            }
            foreach (var (id, i) in spokeIndex)
            {
                var rows = drivers.Politics.Where(r => r.Actor == id).OrderBy(r => r.Year).ToList();
                for (int year = b.Year; year <= d.EndYear; year++)
                    if (rows.LastOrDefault(r => r.Year <= year) is { } held) paths.SetOrientation(year, i, held.Orientation);
            }
            foreach (var e in drivers.Events.Where(e => e.Year > b.Year && e.Year <= d.EndYear))
            {
                AddShock(paths, e.Target, e.Year, e.Intensity, spokeIndex, e.File, e.Line, unknownIsError: false);
                listed.Add((e.Year, e.Target, e.Event));
            }
        }

        foreach (var (ally, years) in d.Politics)
        {
            if (!spokeIndex.TryGetValue(ally, out int i))
                throw new InputException(d.SourceFile, 0, 0, "politics." + ally, $"unknown ally (spokes: {string.Join(", ", spokeIndex.Keys)})");
            foreach (var (from, value) in years.OrderBy(kv => kv.Key))
            {
                if (from < b.Year || from > d.EndYear)
                    throw new InputException(d.SourceFile, 0, 0, "politics." + ally, $"{from} is outside the run's years {b.Year}–{d.EndYear}");
                for (int year = from; year <= d.EndYear; year++) paths.SetOrientation(year, i, value);
            }
        }
        foreach (var e in d.Events)
        {
            if (e.Year <= b.Year || e.Year > d.EndYear)
                throw new InputException(d.SourceFile, e.Line, 0, "events.year", $"{e.Year} is outside the simulated years {b.Year + 1}–{d.EndYear}");
            AddShock(paths, e.Target, e.Year, e.Intensity, spokeIndex, d.SourceFile, e.Line, unknownIsError: true);
            listed.Add((e.Year, e.Target, e.Description.Length > 0 ? e.Description : "scenario event"));
        }
        return paths;
    }

    private static double? ObservedGrowth(IObservations? series, string actor, int year) =>
        series?.Get(actor, "gdp_usd_bn", year) is { } now && series.Get(actor, "gdp_usd_bn", year - 1) is { } before && before > 0
            ? now / before - 1
            : null;

    private static double? ProjectedGrowth(Dictionary<(string, int, string), double> projected, string actor, string hub, int year) =>
        projected.TryGetValue((actor, year, "real_gdp_growth"), out var real)
            ? (1 + real) * (1 + projected.GetValueOrDefault((hub, year, "inflation"))) - 1
            : null;

    /// <param name="unknownIsError">A scenario's own event must name one of its spokes; a data file may describe spokes a
    /// run does not have (a modeler's data folder with fewer actors), whose rows are then skipped.</param>
    private static void AddShock(ExogenousPaths paths, string target, int year, double intensity, Dictionary<string, int> spokes,
        string file, int line, bool unknownIsError)
    {
        if (target == "ALL")
        {
            foreach (var i in spokes.Values) paths.AddShock(year, i, Math.Min(intensity, 1 - paths.Shock(year, i)));
            return;
        }
        if (!spokes.TryGetValue(target, out int index))
        {
            if (unknownIsError)
                throw new InputException(file, line, 0, "events.ally", $"unknown ally '{target}' (spokes: {string.Join(", ", spokes.Keys)}, or ALL)");
            return;
        }
        // Shocks in one year add up to at most 1 (the scale's ceiling), so a crowded year cannot run away.
        paths.AddShock(year, index, Math.Min(intensity, 1 - paths.Shock(year, index)));
    }
}
