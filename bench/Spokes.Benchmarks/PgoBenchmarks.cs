using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Spokes.Model.Outputs;
using Spokes.Model.Simulation;
using Spokes.Scenarios;

namespace Spokes.Benchmarks;

/// <summary>
/// Dynamic PGO once made the yearly loop about 4x slower (dirty upper AVX registers before calls into libm; found and
/// fixed, docs/performance.md). This keeps watch: it runs the default scenario under BenchmarkDotNet's own job twice,
/// with the runtime's default settings (TieredPGO on) and with <c>DOTNET_TieredPGO=0</c>, so the means compare directly.
/// The jobs are short runs of their own; they ignore <c>--job</c>.
/// </summary>
[Config(typeof(Config))]
public class PgoBenchmarks
{
    private AllianceSimulation _simulation = null!;
    private int _seed;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddJob(Job.ShortRun.WithId("PGO on (default)").AsBaseline());
            AddJob(Job.ShortRun.WithEnvironmentVariable("DOTNET_TieredPGO", "0").WithId("PGO off"));
            WithOption(ConfigOptions.KeepBenchmarkFiles, false);
        }
    }

    [GlobalSetup]
    public void Setup() => _simulation = ScenarioPlan.Build(ScenarioDefinition.Default).CreateSimulation();

    [Benchmark(Description = "default scenario run")]
    public Trajectory DefaultRun() => _simulation.Run(++_seed);
}
