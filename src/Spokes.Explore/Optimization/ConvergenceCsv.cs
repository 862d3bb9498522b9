using System.Globalization;

namespace Spokes.Explore.Optimization;

/// <summary>
/// The run's history as CSV, one row per generation (<see cref="GenerationRecord"/>): the file `spokes optimize --out`
/// writes as convergence.csv. The indicators against a reference front are empty cells when the run had none (a
/// policy search, whose true front is unknown), so readers see a missing value rather than a number.
/// </summary>
public static class ConvergenceCsv
{
    /// <summary>The header, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "generation", "evaluations", "archive_size", "hypervolume", "hypervolume_exact", "epsilon_progress",
        "generational_distance", "inverted_generational_distance", "additive_epsilon",
    ];

    public static void Write(TextWriter writer, IReadOnlyList<GenerationRecord> history)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(history);
        writer.WriteLine(string.Join(",", Columns));
        foreach (var g in history)
            writer.WriteLine(string.Join(",",
                g.Generation.ToString(CultureInfo.InvariantCulture), g.Evaluations.ToString(CultureInfo.InvariantCulture),
                g.ArchiveSize.ToString(CultureInfo.InvariantCulture), R(g.Hypervolume), g.HypervolumeExact ? "true" : "false",
                g.EpsilonProgress.ToString(CultureInfo.InvariantCulture),
                R(g.GenerationalDistance), R(g.InvertedGenerationalDistance), R(g.AdditiveEpsilon)));
    }

    private static string R(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
