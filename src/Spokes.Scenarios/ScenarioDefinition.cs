using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Scenarios;

/// <summary>A lever set by a scenario: <c>value</c> from <c>from</c> through <c>to</c> (default: the end), for one ally or all.</summary>
public sealed record LeverOverride(Lever Lever, double Value, int From, int? To, string? Ally, int Line);

/// <summary>
/// A scenario as written in a YAML file (or built in code): the baseline, horizon, posture, lever overrides,
/// parameter overrides, exogenous drivers and seed. <see cref="ScenarioPlan"/> turns it into a runnable setup.
/// </summary>
public sealed record ScenarioDefinition
{
    public string Name { get; init; } = "default";
    public string Description { get; init; } = "";
    /// <summary>The file the scenario came from (for error messages), or "&lt;built-in&gt;".</summary>
    public string SourceFile { get; init; } = "<built-in>";
    public int BaselineYear { get; init; } = 2016;
    /// <summary>A directory with the scenario's own actors.csv, baseline.csv and ties.csv; null for the built-in data.</summary>
    public string? DataDirectory { get; init; }
    public int EndYear { get; init; } = 2030;
    public string Posture { get; init; } = "status-quo";
    public int Seed { get; init; } = 1;
    /// <summary>False freezes every GDP: the "constant exogenous drivers" case.</summary>
    public bool Growth { get; init; } = true;
    /// <summary>U.S. public support by year (held until the next year given); empty means the baseline value throughout.</summary>
    public IReadOnlyDictionary<int, double> PublicSupport { get; init; } = new Dictionary<int, double>();
    public IReadOnlyDictionary<ParameterId, double> Parameters { get; init; } = new Dictionary<ParameterId, double>();
    public IReadOnlyList<LeverOverride> Levers { get; init; } = [];
    /// <summary>How host-nation support is set each year: "formula" (the default mechanism) or "bargaining" (a yearly
    /// expected-utility bargaining round, Spokes.Formal).</summary>
    public string Negotiation { get; init; } = "formula";
    /// <summary>The `experiments:` section as written (read and checked by Spokes.Explore); null when absent.</summary>
    public YamlDotNet.RepresentationModel.YamlMappingNode? Experiments { get; init; }

    /// <summary>
    /// The same scenario ending earlier: lever changes that start after the new end are dropped and the rest end
    /// there (used to run history scenarios only as far as the calibration window).
    /// </summary>
    public ScenarioDefinition EndingIn(int endYear) => this with
    {
        EndYear = endYear,
        Levers = Levers.Where(l => l.From <= endYear).Select(l => l with { To = l.To is { } t ? Math.Min(t, endYear) : null }).ToList(),
        PublicSupport = PublicSupport.Where(kv => kv.Key <= endYear).ToDictionary(kv => kv.Key, kv => kv.Value),
    };

    /// <summary>The built-in default: the 2016 baseline under the status quo to 2030.</summary>
    public static ScenarioDefinition Default { get; } = new() { Name = "default", Description = "2016 baseline, status quo, to 2030" };
}
