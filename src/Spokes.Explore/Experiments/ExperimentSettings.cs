using Spokes.Scenarios;
using YamlDotNet.RepresentationModel;
using static Spokes.Scenarios.YamlFields;

namespace Spokes.Explore.Experiments;

/// <summary>The sampling plan of an experiment design.</summary>
public enum SamplerKind
{
    MonteCarlo,
    LatinHypercube,
    Sobol,
    FullFactorial,
    Saltelli,
    Morris,
}

/// <summary>
/// The `experiments:` section of a scenario file, read and checked: sampler, size, seed, uncertainties, policies,
/// outcomes. Unknown keys, unknown names and out-of-range values are errors with file, line, column and field.
/// </summary>
/// <example><code>
/// experiments:
///   sampler: lhs          # mc, lhs, sobol, factorial, saltelli, morris
///   n: 1000               # scenarios (saltelli: base size N; morris: trajectories; not used by factorial)
///   levels: 4             # factorial: levels per input (levels^inputs scenarios); morris: grid levels
///   seed: 7
///   uncertainties:
///     - {name: threatTalkWeight}                                  # uniform over its documented range
///     - {name: negotiatedSpending, distribution: triangular, min: 0, mode: 0.3, max: 0.8}
///     - {name: publicSupport, distribution: uniform, min: 0.5, max: 0.95}
///   policies: [threaten, commit-and-cooperate]                    # presets, or {name, posture, levers}
///   outcomes:
///     - {name: cpd, variable: capability_per_us_dollar, actor: ALLIANCE, stat: final}
///   constraints: [distancing&lt;=0.3]                                # spokes optimize only
/// </code></example>
public sealed record ExperimentSettings
{
    public static readonly string[] Keys = ["sampler", "n", "seed", "levels", "secondOrder", "uncertainties", "policies", "outcomes", "constraints"];

    public SamplerKind Sampler { get; init; } = SamplerKind.LatinHypercube;
    public int N { get; init; } = 100;
    public int Seed { get; init; } = 1;
    /// <summary>Grid levels for Morris (p) and full factorial.</summary>
    public int Levels { get; init; } = 4;
    public bool SecondOrder { get; init; } = true;
    public required ExperimentDesign Design { get; init; }
    /// <summary>Bounds on outcomes for `spokes optimize` (experiments.constraints: [distancing&lt;=0.3, ...]).</summary>
    public IReadOnlyList<Optimization.OutcomeBound> Constraints { get; init; } = [];

    public const int MaxExperiments = 10_000_000;

    /// <summary>
    /// Identifies what a run computes, so that a resume never mixes results: the scenario file's bytes (or the
    /// built-in scenario's name); the parameters in effect (those from a `parameterFile:` included, so editing that
    /// file changes it); every file of a `data:` folder; the sampler, size, seed and levels; and the build of Spokes
    /// (<see cref="BuildId"/>: every build says version 0.1.0.0, so the version alone cannot tell two builds apart).
    /// </summary>
    public string Fingerprint()
    {
        var scenario = Design.Scenario;
        var file = scenario.SourceFile;
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
        hash.AppendData(File.Exists(file) ? Spokes.Formal.Io.BoundedFile.ReadBytes(file, "scenario", ScenarioLoader.MaxFileBytes) : System.Text.Encoding.UTF8.GetBytes(scenario.Name));
        foreach (var (id, value) in scenario.Parameters.OrderBy(kv => kv.Key))
            Add($"{id}={value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        if (scenario.DataDirectory is { } data && Directory.Exists(data))
            foreach (var f in Directory.GetFiles(data).Order(StringComparer.Ordinal))
            {
                Add(Path.GetFileName(f));
                hash.AppendData(Spokes.Formal.Io.BoundedFile.ReadBytes(f, "data", Spokes.Scenarios.Data.ReferenceData.MaxFileBytes));
            }
        Add($"{Sampler}|{N}|{Seed}|{Levels}|{SecondOrder}|{typeof(ExperimentSettings).Assembly.GetName().Version}|{BuildId}");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The build of the code that shapes results: the module version ids of the model, scenario, formal and
    /// exploration assemblies. The compiler derives each from the compiled content (deterministic builds), so it
    /// changes with any change to the code and is the same for two builds of the same source.
    /// </summary>
    public static string BuildId { get; } = string.Join("-", new[]
    {
        typeof(Spokes.Model.Parameters.ParameterCatalog), typeof(ScenarioLoader), typeof(Spokes.Formal.Io.YamlText), typeof(ExperimentSettings),
    }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]));

    public static SamplerKind ParseSampler(string s, YamlNode? node = null, string file = "") => s switch
    {
        "mc" or "montecarlo" => SamplerKind.MonteCarlo,
        "lhs" => SamplerKind.LatinHypercube,
        "sobol" => SamplerKind.Sobol,
        "factorial" => SamplerKind.FullFactorial,
        "saltelli" => SamplerKind.Saltelli,
        "morris" => SamplerKind.Morris,
        _ => throw (node is null
            ? new InputException("--sampler", 0, 0, "sampler", $"unknown sampler '{s}' (known: mc, lhs, sobol, factorial, saltelli, morris)")
            : Error(node, file, "experiments.sampler", $"unknown sampler '{s}' (known: mc, lhs, sobol, factorial, saltelli, morris)")),
    };

    /// <summary>Reads the `experiments:` section of <paramref name="scenario"/> (defaults when it has none).</summary>
    public static ExperimentSettings From(ScenarioDefinition scenario)
    {
        var file = scenario.SourceFile;
        var settings = new ExperimentSettings { Design = DefaultDesign(scenario) };
        if (scenario.Experiments is not { } root) return settings;
        var design = settings.Design;
        foreach (var (k, v) in root.Children)
        {
            var key = Key(k, file, "experiments");
            switch (key)
            {
                case "sampler": settings = settings with { Sampler = ParseSampler(Text(v, file, "experiments.sampler"), v, file) }; break;
                case "n": settings = settings with { N = Integer(v, file, "experiments.n", 1, MaxExperiments) }; break;
                case "seed": settings = settings with { Seed = Integer(v, file, "experiments.seed", 0, int.MaxValue) }; break;
                case "levels": settings = settings with { Levels = Integer(v, file, "experiments.levels", 2, 100) }; break;
                case "secondOrder": settings = settings with { SecondOrder = Boolean(v, file, "experiments.secondOrder") }; break;
                case "uncertainties": design = design with { Uncertainties = DesignReader.Uncertainties(v, file, scenario) }; break;
                case "policies": design = design with { Policies = DesignReader.Policies(v, file) }; break;
                case "outcomes": design = design with { Outcomes = DesignReader.Outcomes(v, file, Actors(scenario)) }; break;
                case "constraints": settings = settings with { Constraints = ReadConstraints(v, file) }; break;
                default: throw Error(k, file, "experiments." + key, $"unknown key (known: {string.Join(", ", Keys)})");
            }
        }
        return settings with { Design = design with { Seed = settings.Seed } };
    }

    private static Optimization.OutcomeBound[] ReadConstraints(YamlNode node, string file) =>
        node is YamlSequenceNode list
            ? list.Children.Select(c => Optimization.OutcomeBound.Parse(Text(c, file, "experiments.constraints"), file,
                (int)c.Start.Line, (int)c.Start.Column, "experiments.constraints")).ToArray()
            : throw Error(node, file, "experiments.constraints", "must be a list such as [distancing<=0.3, capability>=1.2]");

    private static IReadOnlyCollection<string> Actors(ScenarioDefinition scenario)
    {
        var b = ScenarioPlan.Build(scenario).Baseline;
        return [b.Hub.Id, .. b.Spokes.Select(s => s.Id), .. b.Threats.Select(t => t.Id), Spokes.Model.Outputs.Trajectory.AllianceId];
    }

    /// <summary>Without an `experiments:` section: every catalogue parameter uniform over its range is too many for most
    /// uses, so the default explores the six parameters SF5 depends on most, the scenario's posture, and the essay's indices.</summary>
    public static ExperimentDesign DefaultDesign(ScenarioDefinition scenario) => new()
    {
        Scenario = scenario,
        Uncertainties = DesignReader.DefaultUncertainties,
        Policies = [new PolicySpec(scenario.Posture, scenario.Posture, [])],
        Outcomes = DesignReader.DefaultOutcomes,
        Seed = 1,
    };
}
