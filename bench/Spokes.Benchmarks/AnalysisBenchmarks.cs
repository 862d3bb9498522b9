using BenchmarkDotNet.Attributes;
using Spokes.Explore.Discovery;
using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;

namespace Spokes.Benchmarks;

/// <summary>
/// The analyses on precomputed outputs (the model is not run here): Sobol indices of the Sobol G function
/// (d = 10) from a Saltelli design with N = 1024 and 100 bootstrap resamples; PRIM on 5,000 synthetic rows of
/// 10 uniform inputs whose cases of interest lie mostly in a box on two of them.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private double[] _y = null!;
    private PrimInput _prim = null!;

    [GlobalSetup]
    public void Setup()
    {
        var g = new SobolG([0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99]);
        _y = g.Evaluate(SaltelliDesign.Create(1024, g.Dimensions));

        var random = SeededRandom.Create(7);
        var rows = new double[5000][];
        var interest = new bool[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[10];
            for (int j = 0; j < 10; j++) rows[i][j] = random.NextDouble();
            bool inBox = rows[i][0] > 0.6 && rows[i][3] < 0.35;
            interest[i] = inBox ? random.NextDouble() < 0.9 : random.NextDouble() < 0.05;
        }
        _prim = PrimInput.Create(Table.FromRows([.. Enumerable.Range(0, 10).Select(j => $"x{j}")], rows), interest);
    }

    [Benchmark(Description = "SobolAnalysis N = 1024, d = 10, bootstrap 100")]
    public SobolIndices Sobol() => SobolAnalysis.Analyze(_y, 10, secondOrder: true, bootstrap: 100, seed: 1);

    [Benchmark(Description = "PRIM 5,000 x 10")]
    public PrimResult Prim() => Spokes.Explore.Discovery.Prim.Run(_prim, PrimOptions.Default);
}
