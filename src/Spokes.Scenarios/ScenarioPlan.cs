using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;
using Spokes.Model.World;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios;

/// <summary>
/// A scenario made runnable: baseline, parameters, the full lever schedule (preset, then overrides) and exogenous
/// drivers. Checks what only makes sense against the data (ally names, years) and reports it with the scenario
/// file's line numbers.
/// </summary>
public sealed class ScenarioPlan
{
    private ScenarioPlan(ScenarioDefinition definition, Baseline baseline, ParameterSet parameters, LeverSchedule levers, Exogenous exogenous)
    {
        Definition = definition;
        Baseline = baseline;
        Parameters = parameters;
        Levers = levers;
        Exogenous = exogenous;
    }

    public ScenarioDefinition Definition { get; }
    public Baseline Baseline { get; }
    public ParameterSet Parameters { get; }
    public LeverSchedule Levers { get; }
    public Exogenous Exogenous { get; }
    /// <summary>The threat shocks the run includes (data and scenario), by year, for summaries.</summary>
    public IReadOnlyList<(int Year, string Target, string Event)> Events { get; private init; } = [];

    public static ScenarioPlan Build(ScenarioDefinition d)
    {
        var file = d.SourceFile;
        Baseline baseline = d.DataDirectory is { } dir
            ? BaselineBuilder.Build(ReferenceData.FromDirectory(dir), d.BaselineYear, $"{d.Name} ({dir})", DriverData.FromDirectory(dir))
            : Baselines.ForYear(d.BaselineYear)
              ?? throw new InputException(file, 0, 0, "baseline", $"no built-in baseline for {d.BaselineYear} (built in: {string.Join(", ", Baselines.Years)}; bring your own with 'data:')");
        if (d.EndYear <= baseline.Year)
            throw new InputException(file, 0, 0, "end", $"the end year {d.EndYear} must come after the start year {baseline.Year}");

        foreach (var o in d.Starts)
        {
            var v = BaselineVariable.Parse($"{BaselineVariable.Prefix}{o.Actor}.{o.Indicator}", baseline, out var problem)
                ?? throw new InputException(file, o.Line, o.Column, $"actors.{o.Actor}.{o.Indicator}", problem);
            var (min, max) = v.Domain;
            if (o.Value < min || o.Value > max)
                throw new InputException(file, o.Line, o.Column, $"actors.{o.Actor}.{o.Indicator}", $"{o.Value} is outside the domain [{min}, {max}]");
            baseline = v.Apply(baseline, o.Value);
        }

        var parameters = ParameterSet.Defaults.With(d.Parameters);
        foreach (var o in d.SpokeParameters)
        {
            int idx = baseline.Spokes.ToList().FindIndex(s => s.Id == o.Ally);
            if (idx < 0)
                throw new InputException(file, o.Line, o.Column, $"parameters.{ParameterCatalog.Get(o.Parameter).Key}.{o.Ally}", $"unknown ally '{o.Ally}' (spokes: {string.Join(", ", baseline.Spokes.Select(s => s.Id))})");
            parameters = parameters.WithSpoke(o.Parameter, idx, o.Value);
        }
        var levers = new LeverSchedule(baseline.Year, d.EndYear, baseline.Spokes.Count);
        var preset = Presets.Find(d.Posture)
            ?? throw new InputException(file, 0, 0, "posture", $"unknown posture '{d.Posture}' (known: {string.Join(", ", Presets.All.Select(p => p.Name))})");
        preset.Apply(levers);
        foreach (var o in d.Levers)
        {
            int? spoke = null;
            if (o.Ally is { } ally)
            {
                int idx = baseline.Spokes.ToList().FindIndex(s => s.Id == ally);
                if (idx < 0)
                    throw new InputException(file, o.Line, 0, "ally", $"unknown ally '{ally}' (spokes: {string.Join(", ", baseline.Spokes.Select(s => s.Id))})");
                spoke = idx;
            }
            if (o.From <= baseline.Year || o.From > d.EndYear)
                throw new InputException(file, o.Line, 0, "from", $"{o.From} is outside the simulated years {baseline.Year + 1}–{d.EndYear}");
            if (o.To is { } to && (to < o.From || to > d.EndYear))
                throw new InputException(file, o.Line, 0, "to", $"{to} must lie between 'from' ({o.From}) and the end year {d.EndYear}");
            levers.SetRange(o.From, o.Lever, o.Value, spoke, o.To);
        }

        var support = new double[d.EndYear - baseline.Year + 1];
        double current = baseline.Hub.PublicSupport;
        for (int y = baseline.Year; y <= d.EndYear; y++)
        {
            if (d.PublicSupport.TryGetValue(y, out var s)) current = s;
            support[y - baseline.Year] = current;
        }
        var drivers = d.DataDirectory is { } own ? DriverData.FromDirectory(own) : DriverData.BuiltIn;
        IObservations? series = d.DataDirectory is null ? ObservedSeries.BuiltIn : null;
        var paths = PathsBuilder.Build(baseline, d, series, drivers, out var events);
        return new ScenarioPlan(d, baseline, parameters, levers, new Exogenous(baseline.Year, support, d.Growth, paths)) { Events = events };
    }

    /// <summary>The host-support negotiation the scenario asks for, or null for the formula.</summary>
    public IHostSupportNegotiation? Negotiation =>
        Definition.Negotiation == "bargaining" ? new Formal.Links.BargainedHostSupport(Parameters[ParameterId.HostSupportDemandGain]) : null;

    /// <summary>A new simulation for this plan (one per thread).</summary>
    public AllianceSimulation CreateSimulation() => new(Baseline, Parameters, Levers, Exogenous, Definition.EndYear, Negotiation);

    /// <summary>Runs the plan with its seed.</summary>
    public Trajectory Run() => CreateSimulation().Run(Definition.Seed);
}
