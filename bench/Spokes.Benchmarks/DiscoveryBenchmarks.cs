using BenchmarkDotNet.Attributes;
using Spokes.Explore.Discovery;
using Spokes.Explore.Optimization;
using Spokes.Explore.Samplers;
using Spokes.Explore.Scoring;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;

namespace Spokes.Benchmarks;

/// <summary>
/// The exploratory analyses at the sizes EMA Workbench users meet (issue 15 compares PRIM on 1,000 rows × 5 inputs,
/// 0.30 s in EMA): PRIM with Spokes' and EMA's settings, CART, logistic discovery with forward selection and one
/// extra-trees forest on synthetic rows whose cases of interest lie mostly in a box on x0 and x1; RBD-FAST and PAWN
/// on 1,000 Ishigami rows; exact WFG hypervolume of 100 points on the positive unit sphere in 4 and 5 objectives.
/// The library calls only: no process start-up, no CSV reading.
/// </summary>
[MemoryDiagnoser]
public class DiscoveryBenchmarks
{
    private PrimInput _five = null!;
    private ScoreData _ten = null!;
    private double[][] _ishigamiX = null!;
    private double[] _ishigamiY = null!;
    private IReadOnlyList<double>[] _sphere4 = null!, _sphere5 = null!;

    private static readonly PrimOptions Ema = new() { Objective = PeelObjective.Lenient1, PasteRule = PasteRule.Quantile };

    [GlobalSetup]
    public void Setup()
    {
        var random = SeededRandom.Create(11);
        double[][] Rows(int n, int d) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray()).ToArray();
        bool Hit(double[] x) => random.NextDouble() < (x[0] > 0.2 && x[0] < 0.6 && x[1] > 0.5 ? 0.9 : 0.05);

        var five = Rows(1000, 5);
        _five = PrimInput.Create(Table.FromRows([.. Enumerable.Range(0, 5).Select(j => $"x{j}")], five), five.Select(Hit).ToArray());
        var ten = Rows(1000, 10);
        _ten = ScoreData.FromRows([.. Enumerable.Range(0, 10).Select(j => $"x{j}")], ten, ten.Select(x => x[0] + 2 * x[1] * x[1]).ToArray(), "y");

        _ishigamiX = new LatinHypercubeSampler().Sample(1000, Ishigami.Dimensions, 5);
        _ishigamiY = Ishigami.Standard.EvaluateUnit(_ishigamiX);

        IReadOnlyList<double>[] Sphere(int m) => Enumerable.Range(0, 100).Select(_ =>
        {
            var v = Enumerable.Range(0, m).Select(_ => random.NextDouble() + 0.05).ToArray();
            double norm = Math.Sqrt(v.Sum(x => x * x));
            return (IReadOnlyList<double>)v.Select(x => x / norm).ToArray();
        }).ToArray();
        _sphere4 = Sphere(4);
        _sphere5 = Sphere(5);
    }

    [Benchmark(Description = "PRIM 1,000 x 5 (original, rows paste)")]
    public PrimResult Prim() => Spokes.Explore.Discovery.Prim.Run(_five, PrimOptions.Default);

    [Benchmark(Description = "PRIM 1,000 x 5 (EMA: lenient1, quantile paste)")]
    public PrimResult PrimEma() => Spokes.Explore.Discovery.Prim.Run(_five, Ema);

    [Benchmark(Description = "CART 1,000 x 5")]
    public CartResult Cart() => Spokes.Explore.Discovery.Cart.Run(_five, new CartOptions());

    [Benchmark(Description = "Logit 1,000 x 5, forward selection")]
    public LogitResult Logit() => LogitDiscovery.Run(_five);

    [Benchmark(Description = "Extra trees 1,000 x 10, 100 trees, 1 thread")]
    public FeatureScores ExtraTrees() => FeatureScoring.Run(_ten, ScoreMethod.ExtraTrees, resamples: 0, seed: 1, new ForestOptions { Threads = 1 });

    [Benchmark(Description = "RBD-FAST Ishigami 1,000 rows, bootstrap 100")]
    public (double[], double[]) RbdFast() => Spokes.Explore.Sensitivity.RbdFast.Analyze(_ishigamiX, _ishigamiY);

    [Benchmark(Description = "PAWN Ishigami 1,000 rows")]
    public Pawn.Indices PawnIndices() => Pawn.Analyze(_ishigamiX, _ishigamiY);

    [Benchmark(Description = "WFG hypervolume 100 points, 4 objectives")]
    public double Wfg4() => Hypervolume.Compute(_sphere4, [1.0, 1, 1, 1]);

    [Benchmark(Description = "WFG hypervolume 100 points, 5 objectives")]
    public double Wfg5() => Hypervolume.Compute(_sphere5, [1.0, 1, 1, 1, 1]);
}
