using Spokes.Explore.Distributions;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Scenarios;
using YamlDotNet.RepresentationModel;
using static Spokes.Scenarios.YamlFields;

namespace Spokes.Explore.Experiments;

/// <summary>Reads the uncertainties, policies and outcomes of an `experiments:` section.</summary>
public static class DesignReader
{
    public static readonly string[] UncertaintyKeys = ["name", "distribution", "min", "max", "mode", "mean", "sd", "mu", "sigma"];
    public static readonly string[] OutcomeKeys = ["name", "variable", "actor", "stat"];
    public static readonly string[] PolicyKeys = ["name", "posture", "levers"];

    /// <summary>The parameters the essay's remedy (SF5) and the indices depend on most, each uniform over its range.</summary>
    public static IReadOnlyList<UncertaintySpec> DefaultUncertainties { get; } =
        new[] { ParameterId.NegotiatedSpending, ParameterId.ThreatTalkWeight, ParameterId.CooperationSynergy,
                ParameterId.AbandonmentDuplication, ParameterId.BandwagonWeight, ParameterId.BudgetAdjustment }
            .Select(id => Parameter(ParameterCatalog.Get(id).Key, new Uniform(ParameterCatalog.Get(id).Min, ParameterCatalog.Get(id).Max), "uniform"))
            .ToList();

    public static IReadOnlyList<OutcomeSpec> DefaultOutcomes { get; } =
    [
        new("capability_per_us_dollar", Variable.CapabilityPerDollar, Trajectory.AllianceId, OutcomeStat.Final),
        new("discounting", Variable.Discounting, Trajectory.AllianceId, OutcomeStat.Final),
        new("distancing", Variable.Distancing, Trajectory.AllianceId, OutcomeStat.Final),
        new("duplication", Variable.Duplication, Trajectory.AllianceId, OutcomeStat.Final),
        new("burden_share", Variable.BurdenShare, Trajectory.AllianceId, OutcomeStat.Final),
        new("proliferation_risk", Variable.ProliferationRisk, Trajectory.AllianceId, OutcomeStat.Final),
    ];

    /// <summary>An uncertainty on a model parameter or on public support, with the valid range checked.</summary>
    public static UncertaintySpec Parameter(string name, IParameterDistribution distribution, string kind)
    {
        var (min, max) = ValidRange(name) ?? throw new ArgumentException($"unknown uncertainty '{name}'");
        return new UncertaintySpec(name, kind, distribution.Quantile, min, max);
    }

    private static (double Min, double Max)? ValidRange(string name) =>
        name == UncertaintySpec.PublicSupport ? (0.0, 1.0)
        : ParameterCatalog.Find(name) is { } p ? (p.Min, p.Max) : null;

    /// <summary>
    /// The uncertainties of an `experiments:` section. Besides parameters and publicSupport, a name
    /// `baseline.ACTOR.INDICATOR` makes a starting figure uncertain (<see cref="BaselineVariable"/>): by default
    /// uniform over the range data/baseline.csv gives it for the scenario's baseline year, always inside its domain.
    /// </summary>
    public static IReadOnlyList<UncertaintySpec> Uncertainties(YamlNode node, string file, Spokes.Scenarios.ScenarioDefinition? scenario = null)
    {
        Spokes.Model.World.Baseline? baseline = null;
        Spokes.Scenarios.Data.ReferenceData? data = null;
        (double Min, double Max)? BaselineRange(string name, YamlNode at)
        {
            if (!name.StartsWith(Spokes.Scenarios.Data.BaselineVariable.Prefix, StringComparison.Ordinal)) return null;
            if (scenario is null) throw Error(at, file, "experiments.uncertainties.name", "baseline uncertainties need a scenario");
            data ??= scenario.DataDirectory is { } dir ? Spokes.Scenarios.Data.ReferenceData.FromDirectory(dir) : Spokes.Scenarios.Data.ReferenceData.BuiltIn;
            baseline ??= Spokes.Scenarios.ScenarioPlan.Build(scenario with { Experiments = null }).Baseline;
            var variable = Spokes.Scenarios.Data.BaselineVariable.Parse(name, baseline, out var problem)
                ?? throw Error(at, file, "experiments.uncertainties.name", $"'{name}': {problem}");
            if (variable.DataRange(data, baseline.Year) is not { } r)
                throw Error(at, file, "experiments.uncertainties.name", $"'{name}': no figure in the data for {baseline.Year}");
            if (!(r.High > r.Low))
                return variable.Domain; // a hard data point: only an explicit min and max (checked against the domain) make it uncertain
            return r;
        }
        if (node is not YamlSequenceNode seq) throw Error(node, file, "experiments.uncertainties", "must be a list of {name, distribution, …}");
        var result = new List<UncertaintySpec>();
        foreach (var item in seq.Children)
        {
            var map = Mapping(item, file, "experiments.uncertainties");
            var values = new Dictionary<string, (double Value, YamlNode Node)>();
            string? name = null, kind = null;
            foreach (var (k, v) in map.Children)
            {
                var key = Key(k, file, "experiments.uncertainties");
                string field = "experiments.uncertainties." + key;
                if (key == "name") name = Text(v, file, field);
                else if (key == "distribution") kind = Text(v, file, field);
                else if (UncertaintyKeys.Contains(key)) values[key] = (Number(v, file, field, double.MinValue, double.MaxValue), v);
                else throw Error(k, file, field, $"unknown key (known: {string.Join(", ", UncertaintyKeys)})");
            }
            if (name is null) throw Error(item, file, "experiments.uncertainties.name", "missing");
            bool isBaseline = name.StartsWith(Spokes.Scenarios.Data.BaselineVariable.Prefix, StringComparison.Ordinal);
            var range = (isBaseline ? BaselineRange(name, item) : ValidRange(name)) ?? throw Error(item, file, "experiments.uncertainties.name",
                $"unknown uncertainty '{name}' (a parameter key from `spokes presets`, publicSupport, or baseline.ACTOR.INDICATOR)");
            if (isBaseline && !values.ContainsKey("min") && !values.ContainsKey("max")
                && Spokes.Scenarios.Data.BaselineVariable.Parse(name, baseline!, out _)!.DataRange(data!, baseline!.Year) is { } dr && !(dr.High > dr.Low))
                throw Error(item, file, "experiments.uncertainties.name", $"'{name}' is a hard data point (low = high in data/baseline.csv): give min and max to make it uncertain");
            if (result.Any(u => u.Name == name)) throw Error(item, file, "experiments.uncertainties.name", $"'{name}' appears twice");
            double Get(string key)
            {
                if (!values.TryGetValue(key, out var v)) throw Error(item, file, "experiments.uncertainties." + key, $"missing for a {kind} distribution");
                return v.Value;
            }
            double GetBounded(string key, double fallback)
            {
                if (!values.TryGetValue(key, out var v)) return fallback;
                if (v.Value < range.Min || v.Value > range.Max)
                    throw Error(v.Node, file, "experiments.uncertainties." + key, $"{v.Value} is outside the valid range [{range.Min}, {range.Max}] of {name}");
                return v.Value;
            }
            kind ??= "uniform";
            try
            {
                IParameterDistribution dist = kind switch
                {
                    "uniform" => new Uniform(GetBounded("min", range.Min), GetBounded("max", range.Max)),
                    "triangular" => new Triangular(GetBounded("min", range.Min), GetBounded("mode", Get("mode")), GetBounded("max", range.Max)),
                    "normal" => new Normal(Get("mean"), Get("sd")),
                    "truncnormal" => new TruncatedNormal(Get("mean"), Get("sd"), GetBounded("min", range.Min), GetBounded("max", range.Max)),
                    "lognormal" => new LogNormal(Get("mu"), Get("sigma")),
                    "integer" => new DiscreteUniform((int)Math.Ceiling(GetBounded("min", range.Min)), (int)Math.Floor(GetBounded("max", range.Max))),
                    _ => throw Error(item, file, "experiments.uncertainties.distribution",
                        $"unknown distribution '{kind}' (known: uniform, triangular, normal, truncnormal, lognormal, integer; categorical inputs apply to PRIM tables and test models, not to model parameters)"),
                };
                if (MassOutside(dist, range.Min, range.Max) is var outside && outside > MaxMassOutside)
                    throw Error(item, file, "experiments.uncertainties", $"{name}: a {kind} distribution puts {(outside * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% of its samples outside the valid range [{range.Min}, {range.Max}], where they would all be clamped to its ends; use truncnormal (with min and max) or move the distribution inside the range");
                result.Add(new UncertaintySpec(name, kind, dist.Quantile, range.Min, range.Max));
            }
            catch (ArgumentException e)
            {
                throw Error(item, file, "experiments.uncertainties", $"{name}: {e.Message}");
            }
        }
        if (result.Count == 0) throw Error(node, file, "experiments.uncertainties", "name at least one uncertainty");
        return result;
    }

    /// <summary>Most probability mass a normal or lognormal uncertainty may put outside its parameter's valid range:
    /// samples there are clamped to the range's ends, so a larger share would pile up silently on the bounds.</summary>
    public const double MaxMassOutside = 0.05;

    /// <summary>Probability that <paramref name="dist"/> falls outside [min, max] (0 for bounded distributions, whose
    /// bounds are already checked against the range).</summary>
    private static double MassOutside(IParameterDistribution dist, double min, double max) => dist switch
    {
        Normal n => StandardNormal.Cdf((min - n.Mean) / n.StandardDeviation) + StandardNormal.Cdf(-(max - n.Mean) / n.StandardDeviation),
        LogNormal l => (min > 0 ? StandardNormal.Cdf((Math.Log(min) - l.Mu) / l.Sigma) : 0)
                       + (max > 0 ? StandardNormal.Cdf(-(Math.Log(max) - l.Mu) / l.Sigma) : 1),
        _ => 0,
    };

    public static IReadOnlyList<PolicySpec> Policies(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, file, "experiments.policies", "must be a list of preset names or {name, posture, levers}");
        var result = new List<PolicySpec>();
        foreach (var item in seq.Children)
        {
            PolicySpec policy;
            if (item is YamlScalarNode)
            {
                var posture = Text(item, file, "experiments.policies");
                policy = new PolicySpec(posture, CheckPosture(posture, item, file), []);
            }
            else
            {
                var map = Mapping(item, file, "experiments.policies");
                string? name = null, posture = "status-quo";
                IReadOnlyList<LeverOverride> levers = [];
                foreach (var (k, v) in map.Children)
                {
                    var key = Key(k, file, "experiments.policies");
                    switch (key)
                    {
                        case "name": name = Text(v, file, "experiments.policies.name"); break;
                        case "posture": posture = CheckPosture(Text(v, file, "experiments.policies.posture"), v, file); break;
                        case "levers": levers = ScenarioLoader.Levers(v, file); break;
                        default: throw Error(k, file, "experiments.policies." + key, $"unknown key (known: {string.Join(", ", PolicyKeys)})");
                    }
                }
                policy = new PolicySpec(name ?? throw Error(item, file, "experiments.policies.name", "missing"), posture, levers);
            }
            if (result.Any(p => p.Name == policy.Name)) throw Error(item, file, "experiments.policies", $"'{policy.Name}' appears twice");
            result.Add(policy);
        }
        if (result.Count == 0) throw Error(node, file, "experiments.policies", "name at least one policy");
        return result;
    }

    public static IReadOnlyList<OutcomeSpec> Outcomes(YamlNode node, string file, IReadOnlyCollection<string> actors)
    {
        if (node is not YamlSequenceNode seq) throw Error(node, file, "experiments.outcomes", "must be a list of {name, variable, actor, stat}");
        var result = new List<OutcomeSpec>();
        foreach (var item in seq.Children)
        {
            var map = Mapping(item, file, "experiments.outcomes");
            string? name = null, actor = Trajectory.AllianceId;
            Variable? variable = null;
            var stat = OutcomeStat.Final;
            foreach (var (k, v) in map.Children)
            {
                var key = Key(k, file, "experiments.outcomes");
                string field = "experiments.outcomes." + key;
                switch (key)
                {
                    case "name": name = Text(v, file, field); break;
                    case "variable":
                        var vk = Text(v, file, field);
                        variable = VariableInfo.Find(vk)?.Variable
                            ?? throw Error(v, file, field, $"unknown variable '{vk}' (known: {string.Join(", ", VariableInfo.All.Select(x => x.Key))})");
                        break;
                    case "actor":
                        actor = Text(v, file, field);
                        if (!actors.Contains(actor)) throw Error(v, file, field, $"unknown actor '{actor}' (known: {string.Join(", ", actors)})");
                        break;
                    case "stat":
                        var sk = Text(v, file, field);
                        stat = Enum.GetValues<OutcomeStat>().FirstOrDefault(x => x.ToString().Equals(sk, StringComparison.OrdinalIgnoreCase), (OutcomeStat)(-1));
                        if ((int)stat < 0) throw Error(v, file, field, $"unknown stat '{sk}' (known: final, mean, cumulative, min, max, series)");
                        break;
                    default: throw Error(k, file, field, $"unknown key (known: {string.Join(", ", OutcomeKeys)})");
                }
            }
            if (variable is null) throw Error(item, file, "experiments.outcomes.variable", "missing");
            name ??= $"{actor.ToLowerInvariant()}_{VariableInfo.Get(variable.Value).Key}_{stat.ToString().ToLowerInvariant()}";
            if (result.Any(o => o.Name == name)) throw Error(item, file, "experiments.outcomes.name", $"'{name}' appears twice");
            result.Add(new OutcomeSpec(name, variable.Value, actor, stat));
        }
        if (result.Count == 0) throw Error(node, file, "experiments.outcomes", "name at least one outcome");
        return result;
    }

    private static string CheckPosture(string posture, YamlNode node, string file) =>
        Presets.Find(posture) is not null ? posture
            : throw Error(node, file, "experiments.policies", $"unknown posture '{posture}' (known: {string.Join(", ", Presets.All.Select(p => p.Name))})");
}
