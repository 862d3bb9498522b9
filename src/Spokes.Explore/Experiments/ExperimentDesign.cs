using Spokes.Scenarios;

namespace Spokes.Explore.Experiments;

/// <summary>
/// What to run: a base scenario, the uncertainties to sample, the policies to cross them with, the outcomes to keep
/// (EMA Workbench's uncertainties × levers → outcomes; constants are the scenario's own parameter overrides).
/// </summary>
public sealed record ExperimentDesign
{
    public required ScenarioDefinition Scenario { get; init; }
    public required IReadOnlyList<UncertaintySpec> Uncertainties { get; init; }
    public required IReadOnlyList<PolicySpec> Policies { get; init; }
    public required IReadOnlyList<OutcomeSpec> Outcomes { get; init; }
    /// <summary>Master seed: every experiment's random stream derives from it and the experiment's index alone.</summary>
    public int Seed { get; init; } = 1;

    public int ScalarOutcomeCount => Outcomes.Count(o => !o.IsSeries);
    public int SeriesOutcomeCount => Outcomes.Count(o => o.IsSeries);
    public int Years => Scenario.EndYear - Scenario.BaselineYear;
}

/// <summary>
/// The sampled scenarios (rows of input values, one column per uncertainty) crossed with the policies: experiment
/// e is scenario e / P under policy e % P.
/// </summary>
public sealed class ExperimentMatrix
{
    public ExperimentMatrix(ExperimentDesign design, double[][] unitSamples)
    {
        Design = design;
        int d = design.Uncertainties.Count;
        Inputs = new double[unitSamples.Length][];
        for (int s = 0; s < unitSamples.Length; s++)
        {
            if (unitSamples[s].Length != d) throw new ArgumentException($"sample {s} has {unitSamples[s].Length} coordinates, expected {d}");
            Inputs[s] = new double[d];
            for (int j = 0; j < d; j++)
            {
                // A distribution with unbounded support (normal, lognormal) is clamped to the input's valid range;
                // the experiments table records the value actually used.
                var u = design.Uncertainties[j];
                Inputs[s][j] = Math.Clamp(u.Quantile(unitSamples[s][j]), u.Min, u.Max);
            }
        }
    }

    public ExperimentDesign Design { get; }
    /// <summary>Input values per sampled scenario.</summary>
    public double[][] Inputs { get; }
    public int ScenarioCount => Inputs.Length;
    public int PolicyCount => Design.Policies.Count;
    public long ExperimentCount => (long)ScenarioCount * PolicyCount;

    public (int Scenario, int Policy) Locate(long experiment) => ((int)(experiment / PolicyCount), (int)(experiment % PolicyCount));

    /// <summary>
    /// The seed of experiment <paramref name="experiment"/>: SplitMix64 of the master seed and the index, so a result
    /// never depends on which thread ran it or in what order.
    /// </summary>
    public static int SeedFor(int masterSeed, long experiment)
    {
        ulong z = unchecked((ulong)masterSeed * 0x9E3779B97F4A7C15UL + (ulong)experiment + 0x632BE59BD9B4E019UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
