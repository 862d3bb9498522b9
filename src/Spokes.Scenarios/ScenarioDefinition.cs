using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Scenarios;

/// <summary>
/// A direction an episode expects, written from the historical record before the episode is run: <c>indicator</c>
/// of <c>ally</c> (or a threat, or ALLIANCE) moves <c>direction</c> ("up" or "down") between <c>from</c> (default: the
/// start year) and <c>by</c>.
/// </summary>
public sealed record ExpectedDirection(string Actor, string Indicator, string Direction, int? From, int By, string Source, int Line);

/// <summary>A threat shock a scenario adds: <c>intensity</c> (0..1) felt by one ally, or by all, in <c>year</c>.</summary>
public sealed record EventOverride(int Year, string Target, double Intensity, string Description, int Line);

/// <summary>A lever set by a scenario: <c>value</c> from <c>from</c> through <c>to</c> (default: the end), for one ally or all.</summary>
public sealed record LeverOverride(Lever Lever, double Value, int From, int? To, string? Ally, int Line);

/// <summary>One ally's own value of a parameter (<c>parameters: {bandwagonWeight: {JPN: 1.0}}</c>); the position is
/// that of the ally's key, for errors the data can only find later (an ally the baseline lacks).</summary>
public sealed record SpokeParameterOverride(ParameterId Parameter, string Ally, double Value, int Line, int Column);

/// <summary>A starting figure set by the scenario (<c>actors: {JPN: {belief: 0.8}}</c>): the indicator names of
/// <see cref="Data.BaselineVariable"/>, checked against the baseline and the variable's domain when the plan is built.</summary>
public sealed record StartOverride(string Actor, string Indicator, double Value, int Line, int Column);

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
    /// <summary>Per-ally parameter values (only <see cref="ParameterSet.PerSpoke"/>); they win over the global values.</summary>
    public IReadOnlyList<SpokeParameterOverride> SpokeParameters { get; init; } = [];
    /// <summary>Starting figures that replace the baseline's (<c>actors:</c>).</summary>
    public IReadOnlyList<StartOverride> Starts { get; init; } = [];
    public IReadOnlyList<LeverOverride> Levers { get; init; } = [];
    /// <summary>
    /// True (the default, <c>drivers: observed</c>): where the data cover the run's years, GDP follows observed growth,
    /// the adversaries' and the U.S. budgets follow SIPRI, governments follow data/politics.csv and the dated threat
    /// shocks of data/threat-events.csv occur; after the data, GDP follows the projection path of
    /// data/projections.csv, budgets are modelled and each government is held. False (<c>drivers: modelled</c>): every
    /// actor grows at its baseline rate, budgets are modelled, governments keep the start orientation and only the
    /// scenario's own events occur.
    /// </summary>
    public bool ObservedDrivers { get; init; } = true;
    /// <summary>Government orientation per ally and year (−1..1), held until the next year given; overrides the data from that year.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> Politics { get; init; } = new Dictionary<string, IReadOnlyDictionary<int, double>>();
    /// <summary>Sources of an episode (publications, records) as written in the file.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>An episode's expected directions (empty for ordinary scenarios).</summary>
    public IReadOnlyList<ExpectedDirection> Expected { get; init; } = [];
    /// <summary>Threat shocks the scenario adds to those of the data.</summary>
    public IReadOnlyList<EventOverride> Events { get; init; } = [];
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
        Politics = Politics.ToDictionary(kv => kv.Key,
            kv => (IReadOnlyDictionary<int, double>)kv.Value.Where(y => y.Key <= endYear).ToDictionary(y => y.Key, y => y.Value)),
        Events = Events.Where(e => e.Year <= endYear).ToList(),
    };

    /// <summary>The built-in default: the 2016 baseline under the status quo to 2030.</summary>
    public static ScenarioDefinition Default { get; } = new() { Name = "default", Description = "2016 baseline, status quo, to 2030" };
}
