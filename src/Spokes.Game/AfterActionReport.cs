using System.Globalization;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Reports;
using Spokes.Reports.Charts;
using Spokes.Reports.Html;
using Spokes.Scenarios.Data;

namespace Spokes.Game;

/// <summary>
/// The after-action report of a game, in the project's report style (<see cref="HtmlReport"/>): what was played, every
/// turn's orders and injects, the three indices year by year as adjudicated (the stored results), and the same turns
/// replayed with the U.S. orders replaced by each preset posture (every other player's orders and every inject kept),
/// so a seminar can ask what another U.S. posture would have met.
/// </summary>
public static class AfterActionReport
{
    public const string OrdersTableId = "orders", InjectsTableId = "injects", IndicesTableId = "indices";

    /// <summary>The three indices of the essay, in its order.</summary>
    public static IReadOnlyList<Variable> Indices { get; } = [Variable.Discounting, Variable.Distancing, Variable.Duplication];

    public static Report Build(string game, GameSetup setup, IReadOnlyList<TurnRecord> turns, IReadOnlyList<string> results)
    {
        if (turns.Count == 0) throw new GameException("no adjudicated turn to report", 409);
        var last = GameResult.FromJson(results[^1]);
        var played = Adjudicator.RunPlayed(setup, turns);
        var runs = new List<(string Run, Trajectory T)> { ("as played", played) };
        runs.AddRange(Presets.All.Select(p => ($"U.S. {p.Name}", Adjudicator.RunUnderPreset(setup, turns, p))));
        var def = setup.Scenario();
        var data = def.DataDirectory is { } dir ? DriverData.FromDirectory(dir) : DriverData.BuiltIn;

        var ordersRows = turns.SelectMany(t => t.Orders.Select(o => (IReadOnlyList<string>)
            [T(t.Turn), o.Key, string.Join("; ", o.Value.Select(kv => $"{kv.Key} = {N(kv.Value)}"))])).ToList();
        var injectRows = turns.SelectMany(t => t.Injects.Select(i => { var (d, s) = i.Describe(data); return (IReadOnlyList<string>)[T(t.Turn), d, s]; })).ToList();
        var indexRows = Enumerable.Range(last.StartYear, last.EndYear - last.StartYear + 1).Select(y => (IReadOnlyList<string>)
            [T(y), .. Indices.Select(v => ChartStyle.Fixed(last.Get(Trajectory.AllianceId, VariableInfo.Get(v).Key, y)!.Value, 3))]).ToList();

        var tables = new List<ReportTable>
        {
            new(OrdersTableId, "Orders by turn", "Each role's orders as stored; a role without a row kept its rules that turn (the U.S.: the scenario's levers).",
                ["turn", "role", "orders"], ordersRows),
            new(InjectsTableId, "Injects", "Recorded events played again in the turn's first year, with their data sources.",
                ["turn", "event", "source"], injectRows),
            new(IndicesTableId, "The three indices, year by year, as adjudicated", "The ALLIANCE row of the stored results (0..1; higher is worse).",
                ["year", "discounting", "distancing", "duplication"], indexRows, [true, true, true, true]),
        };
        int end = last.EndYear;
        var charts = new List<Chart>
        {
            new TrilemmaChart(runs.Select(r => new TrilemmaPoint(r.Run, r.T.Get(end, Trajectory.AllianceId, Variable.Discounting),
                r.T.Get(end, Trajectory.AllianceId, Variable.Distancing), r.T.Get(end, Trajectory.AllianceId, Variable.Duplication))).ToList(),
                $"game {game}, {end}"),
        };
        charts.AddRange(TrajectoryVariable.Standard.Select(spec => (Chart)AllyTrajectoryChart.For(played, spec, "as played", null)));
        var facts = new List<ReportFact>
        {
            new("game", game),
            new("scenario", $"{def.Name} ({setup.ScenarioFile})"),
            new("roles played", string.Join(", ", setup.Roles)),
            new("turns adjudicated", $"{turns.Count} of {setup.TurnYears} year(s) each, {last.StartYear}–{end}"),
            new("seed", def.Seed.ToString(CultureInfo.InvariantCulture)),
            new("comparison", "the same turns with the U.S. orders replaced by each preset: " + string.Join(", ", Presets.All.Select(p => p.Name))),
            new("Spokes version", ReportBuilder.Version),
        };
        return new Report(
            $"Spokes after-action report: game {game}",
            $"A seminar game on scenario {def.Name}, {turns.Count} turn(s) to {end}, adjudicated by the model from the stored orders.",
            facts,
            KeyFindings.ForRuns(runs),
            $"Alliance outcomes in {end}: as played, and with the U.S. orders replaced by each preset (everything else as played).",
            charts,
            null,
            ReportBuilder.Version) { Tables = tables };
    }

    private static string T(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
