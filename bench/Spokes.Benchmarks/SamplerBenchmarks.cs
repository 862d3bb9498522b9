using BenchmarkDotNet.Attributes;
using Spokes.Explore.Samplers;

namespace Spokes.Benchmarks;

/// <summary>The design generators at sizes a real study uses.</summary>
[MemoryDiagnoser]
public class SamplerBenchmarks
{
    [Benchmark(Description = "Sobol sequence 2^16 x 10")]
    public double[][] Sobol() => SobolSequence.Generate(1 << 16, 10);

    [Benchmark(Description = "LHS 10,000 x 10")]
    public double[][] LatinHypercube() => new LatinHypercubeSampler().Sample(10_000, 10, SeededRandom.Create(1));

    [Benchmark(Description = "Saltelli N = 1024, d = 10 (second order, 22,528 rows)")]
    public double[][] Saltelli() => SaltelliDesign.Create(1024, 10);
}
