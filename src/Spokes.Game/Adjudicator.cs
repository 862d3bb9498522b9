using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Game;

/// <summary>One played turn: each role's orders (absent roles keep their rules) and the facilitator's injects.</summary>
public sealed record TurnRecord(int Turn, IReadOnlyDictionary<string, SortedDictionary<string, double>> Orders, IReadOnlyList<Inject> Injects);

/// <summary>
/// Adjudication as a replay: the scenario, with every stored inject added as a scenario event or government, and
/// every stored order written into the lever schedule (U.S.) or the model's <see cref="Decisions"/> (allies,
/// adversaries), run from the start year with the scenario's seed to the end of the latest turn. The model is
/// deterministic and causal (a year's state depends on earlier years' orders only), so adjudicating turn k replays
/// turns 1..k−1 bit for bit, and a stored game always adjudicates to the same bytes.
/// </summary>
public static class Adjudicator
{
    /// <summary>The years turn <paramref name="turn"/> (1-based) covers.</summary>
    public static (int First, int Last) Years(int startYear, int endYear, int turnYears, int turn) =>
        (startYear + (turn - 1) * turnYears + 1, Math.Min(startYear + turn * turnYears, endYear));

    /// <summary>How many turns the scenario's years hold.</summary>
    public static int TurnCount(int startYear, int endYear, int turnYears) => (endYear - startYear + turnYears - 1) / turnYears;

    /// <summary>The result of the game through the last of <paramref name="turns"/>.</summary>
    public static GameResult Adjudicate(GameSetup setup, IReadOnlyList<TurnRecord> turns) =>
        GameResult.From(Run(setup, turns, posture: null, out int end), end);

    /// <summary>The same turns with the U.S. orders replaced by a preset (every other order and inject kept): the
    /// after-action report's comparison.</summary>
    public static Trajectory RunUnderPreset(GameSetup setup, IReadOnlyList<TurnRecord> turns, Preset preset) =>
        Run(setup, turns, preset, out _);

    /// <summary>The played run as a trajectory (for the report's charts).</summary>
    public static Trajectory RunPlayed(GameSetup setup, IReadOnlyList<TurnRecord> turns) => Run(setup, turns, null, out _);

    private static Trajectory Run(GameSetup setup, IReadOnlyList<TurnRecord> turns, Preset? posture, out int endYear)
    {
        if (turns.Count == 0) throw new ArgumentException("no turn to adjudicate", nameof(turns));
        var definition = setup.Scenario();
        var baseline = ScenarioPlan.Build(definition).Baseline;
        var data = definition.DataDirectory is { } dir ? DriverData.FromDirectory(dir) : DriverData.BuiltIn;
        int start = baseline.Year, last = definition.EndYear;
        foreach (var turn in turns)
            foreach (var inject in turn.Injects)
                definition = inject.ApplyTo(definition, baseline, data, Years(start, last, setup.TurnYears, turn.Turn).First);
        if (posture is not null) definition = definition with { Posture = posture.Name, Levers = [] };
        var plan = ScenarioPlan.Build(definition);
        var b = plan.Baseline;
        var decisions = new Decisions(b.Year, last, b.Spokes.Count, b.Threats.Count);
        var levers = plan.Levers;
        foreach (var turn in turns)
        {
            var (first, to) = Years(start, last, setup.TurnYears, turn.Turn);
            foreach (var (role, orders) in turn.Orders)
            {
                var kind = GameSetup.KindOf(b, role);
                if (kind == RoleKind.Hub && posture is not null) continue;
                foreach (var (key, value) in orders)
                    for (int y = first; y <= to; y++) Apply(b, kind, role, key, value, y, levers, decisions);
            }
        }
        plan.Exogenous.Paths!.Decisions = decisions;
        endYear = Years(start, last, setup.TurnYears, turns[^1].Turn).Last;
        var sim = new AllianceSimulation(b, plan.Parameters, levers, plan.Exogenous, endYear, plan.Negotiation);
        return sim.Run(definition.Seed).Clone();
    }

    private static void Apply(Baseline b, RoleKind? kind, string role, string key, double value, int year, LeverSchedule levers, Decisions decisions)
    {
        switch (kind)
        {
            case RoleKind.Hub:
                var parts = key.Split('.');
                int? spoke = parts.Length == 2 ? b.Spokes.Select(s => s.Id).ToList().IndexOf(parts[1]) : null;
                foreach (var lever in LeverInfo.LeversOfKey(parts[0])) levers.Set(year, lever, value, spoke);
                break;
            case RoleKind.Spoke:
                int i = b.Spokes.Select(s => s.Id).ToList().IndexOf(role);
                decisions.Set(year, i, Enum.GetValues<SpokeDecision>().First(d => Orders.Key(d) == key), value);
                break;
            case RoleKind.Threat:
                int k = b.Threats.Select(t => t.Id).ToList().IndexOf(role);
                decisions.Set(year, k, Enum.GetValues<ThreatDecision>().First(d => Orders.Key(d) == key), value);
                break;
        }
    }
}
