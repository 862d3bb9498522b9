using Spokes.Model.World;
using Spokes.Scenarios;

namespace Spokes.Game;

/// <summary>What kind of actor a role plays: the U.S. hub, an ally (spoke), an adversary (threat), or the facilitator.</summary>
public enum RoleKind { Hub, Spoke, Threat, Facilitator }

/// <summary>
/// A game's fixed setup: the scenario (its YAML text, kept in the store so a restarted server rebuilds the same
/// game whatever happened to the file), the played roles, the years per turn and the seed. Every adjudication is a
/// replay from this and the stored orders, so nothing else is needed to reproduce a game.
/// </summary>
public sealed record GameSetup(string ScenarioFile, string ScenarioText, IReadOnlyList<string> Roles, int TurnYears)
{
    public const string Facilitator = "FACILITATOR";
    public const int MaxRoles = 12, MaxTurnYears = 10;

    /// <summary>The scenario, parsed (the built-in default when the file is "default").</summary>
    public ScenarioDefinition Scenario() => ScenarioFile == "default" && ScenarioText.Length == 0
        ? ScenarioDefinition.Default
        : ScenarioLoader.Parse(ScenarioText, ScenarioFile);

    /// <summary>Checks the roles against the scenario's actors and the turn length; one line naming the field.</summary>
    /// <exception cref="InputException">an unknown or repeated role, no role, too many, or a bad turn length.</exception>
    public static GameSetup Create(string scenarioFile, IReadOnlyList<string> roles, int turnYears)
    {
        string text = scenarioFile == "default" ? "" : ScenarioLoader.ReadText(scenarioFile, "scenario");
        // The full path: a scenario's relative `data:` and `parameterFile:` resolve against it, whatever folder the
        // server is later started from.
        string file = scenarioFile == "default" ? scenarioFile : Path.GetFullPath(scenarioFile);
        var setup = new GameSetup(file, text, roles.Select(r => r.Trim().ToUpperInvariant()).ToList(), turnYears);
        setup.Check();
        return setup;
    }

    public void Check()
    {
        var plan = ScenarioPlan.Build(Scenario());
        var b = plan.Baseline;
        if (TurnYears < 1 || TurnYears > MaxTurnYears)
            throw new InputException("--turn-years", 0, 0, "turn-years", $"{TurnYears} is outside 1–{MaxTurnYears}");
        if (Roles.Count == 0) throw new InputException("--roles", 0, 0, "roles", "give at least one role");
        if (Roles.Count > MaxRoles) throw new InputException("--roles", 0, 0, "roles", $"{Roles.Count} roles; at most {MaxRoles}");
        foreach (var r in Roles)
        {
            if (KindOf(b, r) is null)
                throw new InputException("--roles", 0, 0, "roles",
                    $"unknown role '{r}' (the scenario's actors: {string.Join(", ", Actors(b))})");
            if (Roles.Count(x => x == r) > 1) throw new InputException("--roles", 0, 0, "roles", $"role '{r}' is given twice");
        }
    }

    /// <summary>The scenario's actors in trajectory order: hub, spokes, threats.</summary>
    public static IEnumerable<string> Actors(Baseline b) =>
        new[] { b.Hub.Id }.Concat(b.Spokes.Select(s => s.Id)).Concat(b.Threats.Select(t => t.Id));

    public static RoleKind? KindOf(Baseline b, string role) =>
        role == Facilitator ? RoleKind.Facilitator
        : role == b.Hub.Id ? RoleKind.Hub
        : b.Spokes.Any(s => s.Id == role) ? RoleKind.Spoke
        : b.Threats.Any(t => t.Id == role) ? RoleKind.Threat
        : null;
}
