using System.Security.Cryptography;
using System.Text;
using Spokes.Explore.Experiments;
using Spokes.Scenarios;

namespace Spokes.Cluster.Contracts;

/// <summary>
/// Everything a silo needs to rebuild an experiment matrix bit for bit: the scenario file's text (not its path, so a
/// silo needs no shared disk), the name it is parsed under, and the sampler settings after command-line overrides.
/// The silo parses the text with <see cref="ScenarioLoader.Parse"/>, reads the design with
/// <see cref="ExperimentSettings.From"/>, applies these settings and draws the unit sample with <see cref="UnitSample.Draw"/>:
/// the same code, in the same order, as a local run.
/// </summary>
/// <remarks>A scenario with relative <c>data:</c> or <c>parameterFile:</c> entries resolves them against the directory of
/// <see cref="ScenarioName"/>, so those files must exist at the same absolute path on every silo.</remarks>
[GenerateSerializer, Immutable, Alias("spokes.ExperimentJob")]
public sealed record ExperimentJob
{
    /// <summary>The scenario file's text; null means the built-in default scenario (<see cref="ScenarioDefinition.Default"/>).</summary>
    [Id(0)] public string? ScenarioText { get; init; }
    /// <summary>The name the text is parsed under (an absolute path: it names the scenario and anchors relative files).</summary>
    [Id(1)] public string ScenarioName { get; init; } = "<built-in>";
    /// <summary>A <see cref="SamplerKind"/> name.</summary>
    [Id(2)] public string Sampler { get; init; } = nameof(SamplerKind.LatinHypercube);
    [Id(3)] public int N { get; init; } = 100;
    [Id(4)] public int Seed { get; init; } = 1;
    [Id(5)] public int Levels { get; init; } = 4;
    [Id(6)] public bool SecondOrder { get; init; } = true;
    /// <summary>0: single runs; 16 or 8 (4 before Lane16): SIMD lock-step with that many lanes (<see cref="Spokes.Explore.Evaluation.ModelRunner.LockstepWidth"/>),
    /// which the silo must have: lock-step results equal single runs only within a tolerance.</summary>
    [Id(7)] public int Lanes { get; init; }

    /// <summary>The job for <paramref name="settings"/>, read from <paramref name="file"/> (null: the built-in scenario).
    /// The settings carry the command-line overrides (sampler, n, seed) already applied.</summary>
    public static ExperimentJob From(string? file, ExperimentSettings settings) => new()
    {
        ScenarioText = file is null ? null : ScenarioLoader.ReadText(file, "scenario"),
        ScenarioName = file is null ? "<built-in>" : Path.GetFullPath(file),
        Sampler = settings.Sampler.ToString(),
        N = settings.N,
        Seed = settings.Seed,
        Levels = settings.Levels,
        SecondOrder = settings.SecondOrder,
    };

    /// <summary>Rebuilds the settings: parse, read the `experiments:` section, apply the overrides (as `spokes explore` does).</summary>
    public ExperimentSettings Settings()
    {
        var scenario = ScenarioText is null ? ScenarioDefinition.Default : ScenarioLoader.Parse(ScenarioText, ScenarioName);
        if (!Enum.TryParse<SamplerKind>(Sampler, out var sampler) || !Enum.IsDefined(sampler))
            throw new ArgumentException($"unknown sampler '{Sampler}'");
        var s = ExperimentSettings.From(scenario) with { Sampler = sampler, N = N, Seed = Seed, Levels = Levels, SecondOrder = SecondOrder };
        return s with { Design = s.Design with { Seed = Seed } };
    }

    /// <summary>Rebuilds the experiment matrix (deterministic: same job, same matrix, on any machine).</summary>
    public ExperimentMatrix Matrix()
    {
        var s = Settings();
        return new ExperimentMatrix(s.Design, UnitSample.Draw(s));
    }

    /// <summary>SHA-256 of every field: the key under which a silo caches the rebuilt matrix.</summary>
    public string Fingerprint()
    {
        var text = $"{ScenarioText?.Length ?? -1}|{ScenarioText}|{ScenarioName}|{Sampler}|{N}|{Seed}|{Levels}|{SecondOrder}|{Lanes}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
