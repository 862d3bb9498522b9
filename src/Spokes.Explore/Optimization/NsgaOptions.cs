using System.Globalization;

namespace Spokes.Explore.Optimization;

/// <summary>
/// Settings of an ε-NSGA-II run. Immutable; every invalid value throws on <c>init</c> with a message naming the
/// setting, counts that depend on the problem (ε and reference point per objective) are checked when the run starts,
/// and <see cref="FromSettings"/> rejects unknown keys. Defaults: population 100, 250 generations, crossover
/// probability 0.9, SBX η_c = 15, polynomial mutation η_m = 20 and probability 1/(number of variables) (Deb et al.
/// 2002 use η_c = η_m = 20; 15 is Deb &amp; Agrawal's and this project's choice for crossover).
/// </summary>
public sealed record NsgaOptions
{
    public const int DefaultPopulationSize = 100;
    public const int DefaultGenerations = 250;
    public const double DefaultCrossoverProbability = 0.9;
    public const double DefaultCrossoverDistributionIndex = 15;
    public const double DefaultMutationDistributionIndex = 20;

    /// <summary>Binary tournaments and pairing need at least this many individuals.</summary>
    public const int MinPopulationSize = 4;

    private readonly int _populationSize = DefaultPopulationSize;
    private readonly int _generations = DefaultGenerations;
    private readonly IReadOnlyList<double> _epsilons = Array.Empty<double>();
    private readonly double _crossoverProbability = DefaultCrossoverProbability;
    private readonly double _crossoverEta = DefaultCrossoverDistributionIndex;
    private readonly double _mutationEta = DefaultMutationDistributionIndex;
    private readonly double? _mutationProbability;
    private readonly IReadOnlyList<double>? _referencePoint;
    private readonly int _parallelism = 1;

    /// <summary>Seed of the random source (MathNet Xoshiro256**): the same seed, problem and options give the same run.</summary>
    public required int Seed { get; init; }

    /// <summary>The ε of each objective: the archive keeps at most one solution per ε-box (Laumanns et al. 2002).</summary>
    /// <exception cref="ArgumentException">empty, or an ε that is not a positive finite number.</exception>
    public required IReadOnlyList<double> Epsilons
    {
        get => _epsilons;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Epsilons));
            if (value.Count == 0) throw new ArgumentException("give one ε per objective", nameof(Epsilons));
            for (int k = 0; k < value.Count; k++)
                if (!(value[k] > 0) || !double.IsFinite(value[k]))
                    throw new ArgumentOutOfRangeException(nameof(Epsilons), value[k], $"ε[{k}] must be a positive finite number");
            _epsilons = value.ToArray();
        }
    }

    /// <exception cref="ArgumentOutOfRangeException">below <see cref="MinPopulationSize"/>.</exception>
    public int PopulationSize
    {
        get => _populationSize;
        init => _populationSize = Checks.AtLeast(value, MinPopulationSize, nameof(PopulationSize));
    }

    /// <exception cref="ArgumentOutOfRangeException">below 1.</exception>
    public int Generations
    {
        get => _generations;
        init => _generations = Checks.AtLeast(value, 1, nameof(Generations));
    }

    /// <summary>Probability that a pair of parents is crossed over (otherwise the children copy them).</summary>
    public double CrossoverProbability
    {
        get => _crossoverProbability;
        init => _crossoverProbability = Checks.InClosedInterval(value, 0, 1, nameof(CrossoverProbability));
    }

    /// <summary>SBX distribution index η_c: larger keeps children nearer their parents.</summary>
    public double CrossoverDistributionIndex
    {
        get => _crossoverEta;
        init => _crossoverEta = Checks.Positive(value, nameof(CrossoverDistributionIndex));
    }

    /// <summary>Polynomial mutation distribution index η_m: larger makes smaller steps.</summary>
    public double MutationDistributionIndex
    {
        get => _mutationEta;
        init => _mutationEta = Checks.Positive(value, nameof(MutationDistributionIndex));
    }

    /// <summary>Per-variable mutation probability; null means 1/(number of variables).</summary>
    /// <exception cref="ArgumentOutOfRangeException">not in (0, 1].</exception>
    public double? MutationProbability
    {
        get => _mutationProbability;
        init => _mutationProbability = value is { } p && !(p > 0 && p <= 1)
            ? throw new ArgumentOutOfRangeException(nameof(MutationProbability), p, "MutationProbability must lie in (0, 1]")
            : value;
    }

    /// <summary>
    /// Reference point of the hypervolume recorded each generation (minimisation: every coordinate should be worse
    /// than any solution of interest). Null: the worst value of each objective in the first population plus a tenth of
    /// its range (1 where the range is 0).
    /// </summary>
    public IReadOnlyList<double>? ReferencePoint
    {
        get => _referencePoint;
        init
        {
            if (value is not null)
                for (int k = 0; k < value.Count; k++) Checks.Finite(value[k], $"{nameof(ReferencePoint)}[{k}]");
            _referencePoint = value?.ToArray();
        }
    }

    /// <summary>
    /// Points on (or near) the true Pareto front, when known (test problems): each generation then also records the
    /// generational distance, inverted generational distance and additive ε-indicator of the archive against them.
    /// </summary>
    public IReadOnlyList<double[]>? ReferenceFront { get; init; }

    /// <summary>How many evaluations may run at once (1 = sequential). Results do not depend on it.</summary>
    public int Parallelism
    {
        get => _parallelism;
        init => _parallelism = Checks.AtLeast(value, 1, nameof(Parallelism));
    }

    /// <summary>The keys <see cref="FromSettings"/> understands.</summary>
    public static IReadOnlyList<string> SettingNames { get; } =
    [
        "seed", "epsilons", "populationSize", "generations", "crossoverProbability", "crossoverDistributionIndex",
        "mutationDistributionIndex", "mutationProbability", "referencePoint", "parallelism",
    ];

    /// <summary>
    /// Options from text settings (a scenario file, the command line): keys as in <see cref="SettingNames"/>
    /// (case-sensitive), numbers in the invariant culture, lists comma-separated. <c>seed</c> and <c>epsilons</c> are
    /// required.
    /// </summary>
    /// <exception cref="ArgumentException">an unknown key, a value that does not parse, a missing required key, or an invalid value.</exception>
    public static NsgaOptions FromSettings(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var key in settings.Keys)
            if (!SettingNames.Contains(key))
                throw new ArgumentException($"unknown setting '{key}' (known: {string.Join(", ", SettingNames)})", nameof(settings));
        string Need(string key) => settings.TryGetValue(key, out var v) ? v : throw new ArgumentException($"the setting '{key}' is required", nameof(settings));
        var o = new NsgaOptions { Seed = Int("seed", Need("seed")), Epsilons = List("epsilons", Need("epsilons")) };
        foreach (var (key, text) in settings)
        {
            o = key switch
            {
                "populationSize" => o with { PopulationSize = Int(key, text) },
                "generations" => o with { Generations = Int(key, text) },
                "crossoverProbability" => o with { CrossoverProbability = Number(key, text) },
                "crossoverDistributionIndex" => o with { CrossoverDistributionIndex = Number(key, text) },
                "mutationDistributionIndex" => o with { MutationDistributionIndex = Number(key, text) },
                "mutationProbability" => o with { MutationProbability = Number(key, text) },
                "referencePoint" => o with { ReferencePoint = List(key, text) },
                "parallelism" => o with { Parallelism = Int(key, text) },
                _ => o,
            };
        }
        return o;

        static int Int(string key, string text) =>
            int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new ArgumentException($"setting '{key}': '{text}' is not a whole number");

        static double Number(string key, string text) =>
            double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new ArgumentException($"setting '{key}': '{text}' is not a number");

        static double[] List(string key, string text) => text.Split(',').Select(s => Number(key, s)).ToArray();
    }

    /// <summary>Checks the counts that depend on the problem.</summary>
    /// <exception cref="ArgumentException">ε or reference point of the wrong length.</exception>
    internal void Validate(Problem problem)
    {
        if (Epsilons.Count != problem.ObjectiveCount)
            throw new ArgumentException($"{Epsilons.Count} epsilons for {problem.ObjectiveCount} objectives: give one ε per objective");
        if (ReferenceFront is { } front && front.Any(p => p.Length != problem.ObjectiveCount))
            throw new ArgumentException($"every reference-front point needs {problem.ObjectiveCount} objectives", nameof(ReferenceFront));
        if (ReferencePoint is { } r && r.Count != problem.ObjectiveCount)
            throw new ArgumentException($"the reference point has {r.Count} coordinates for {problem.ObjectiveCount} objectives");
    }
}
