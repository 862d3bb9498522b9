using Spokes.Cluster.Contracts;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Results;
using Spokes.Scenarios;

namespace Spokes.Cluster.Tests;

/// <summary>A small exploration (200 scenarios × 2 policies, three uncertainties, a scalar and a series outcome) and its local reference run.</summary>
internal static class Designs
{
    public const int BlockSize = 16;

    public const string ScenarioText = """
        name: cluster-test
        baseline: 2016
        end: 2026
        seed: 1
        experiments:
          sampler: lhs
          n: 200
          seed: 2016
          uncertainties:
            - {name: threatTalkWeight}
            - {name: cooperationSynergy}
            - {name: publicSupport, distribution: uniform, min: 0.4, max: 0.95}
          policies: [threaten, commit-and-cooperate]
          outcomes:
            - {name: cpd, variable: capability_per_us_dollar, actor: ALLIANCE, stat: final}
            - {name: share, variable: spending_share, actor: ALLIANCE, stat: series}
        """;

    /// <summary>Writes the scenario file into <paramref name="directory"/> and reads it as `spokes explore` does.</summary>
    public static (string File, ExperimentSettings Settings, ExperimentMatrix Matrix) Load(string directory)
    {
        var file = Path.Combine(directory, "cluster-test.yaml");
        File.WriteAllText(file, ScenarioText);
        var settings = ExperimentSettings.From(ScenarioLoader.Load(file));
        return (file, settings, new ExperimentMatrix(settings.Design, UnitSample.Draw(settings)));
    }

    /// <summary>The local run: BlockEvaluator into a ResultWriter, merged.</summary>
    public static void RunLocal(ExperimentSettings settings, ExperimentMatrix matrix, string output)
    {
        var writer = new ResultWriter(output, settings.Design, csv: true, BlockSize, settings.Fingerprint());
        new BlockEvaluator(new EvaluationOptions { Threads = 2, BlockSize = BlockSize }).Evaluate(matrix, writer);
        writer.Complete();
    }

    public static ResultWriter Writer(ExperimentSettings settings, string output) =>
        new(output, settings.Design, csv: true, BlockSize, settings.Fingerprint());

    /// <summary>Asserts both directories hold the same files with the same bytes.</summary>
    public static void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.GetFiles(expected).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(names, Directory.GetFiles(actual).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("series.parquet", names);
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
    }

    public static ExperimentJob Job(string file, ExperimentSettings settings) => ExperimentJob.From(file, settings);
}

/// <summary>A scratch directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spokes-cluster-" + Guid.NewGuid().ToString("N"));
    public string Sub(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
