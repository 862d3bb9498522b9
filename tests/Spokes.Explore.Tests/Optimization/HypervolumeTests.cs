using CsCheck;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

public sealed class HypervolumeTests
{
    [Fact]
    public void Known_two_objective_sets()
    {
        double[] r = [1, 1];
        Assert.Equal(0.25, Hypervolume.Compute([[0.5, 0.5]], r), 1e-15);
        // (1 − 0.2)(1 − 0.8) + (1 − 0.6)(0.8 − 0.3) = 0.16 + 0.20
        Assert.Equal(0.36, Hypervolume.Compute([[0.2, 0.8], [0.6, 0.3]], r), 1e-15);
        // A dominated point, a duplicate and a point beyond the reference add nothing.
        Assert.Equal(0.36, Hypervolume.Compute([[0.2, 0.8], [0.6, 0.3], [0.7, 0.9], [0.6, 0.3], [1.5, 0.0]], r), 1e-15);
        Assert.Equal(0, Hypervolume.Compute(Array.Empty<double[]>(), r));
        Assert.Equal(0, Hypervolume.Compute([[1.0, 0.0]], r));
    }

    [Fact]
    public void The_true_ZDT1_front_approaches_two_thirds()
    {
        var front = Enumerable.Range(0, 10001).Select(i => i / 10000.0).Select(f => new[] { f, 1 - Math.Sqrt(f) }).ToArray();
        Assert.Equal(2.0 / 3, Hypervolume.Compute(front, [1.0, 1.0]), 1e-3);
    }

    [Fact]
    public void Known_one_and_three_objective_sets()
    {
        Assert.Equal(0.7, Hypervolume.Compute([[0.5], [0.3]], [1.0]), 1e-15);
        Assert.Equal(1, Hypervolume.Compute([[0.0, 0.0, 0.0]], [1.0, 1, 1]), 1e-15);
        // [0,1]²×[0.5,1] ∪ [0.5,1]²×[0,1]: 0.5 + 0.25 − 0.125
        Assert.Equal(0.625, Hypervolume.Compute([[0, 0, 0.5], [0.5, 0.5, 0]], [1.0, 1, 1]), 1e-15);
    }

    [Fact]
    public void Bad_points_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[0.0, 0]], [1.0, 1, 1]));
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[double.NaN, 0]], [1.0, 1]));
        Assert.Throws<ArgumentException>(() => Hypervolume.Compute([[0.0, 0]], [double.NaN, 1]));
    }

    private static readonly Gen<double[][]> Sets2 = Gen.Int[0, 8].Array[2].Select(p => p.Select(v => v / 8.0).ToArray()).Array[1, 7];
    private static readonly Gen<double[][]> Sets3 = Gen.Int[0, 8].Array[3].Select(p => p.Select(v => v / 8.0).ToArray()).Array[1, 7];

    [Fact]
    public void Two_and_three_objectives_agree_with_inclusion_exclusion() =>
        Gen.Select(Sets2, Sets3).Sample((a, b) =>
        {
            Assert.Equal(InclusionExclusion(a, [1.0, 1.0]), Hypervolume.Compute(a, [1.0, 1.0]), 1e-12);
            Assert.Equal(InclusionExclusion(b, [1.0, 1.0, 1.0]), Hypervolume.Compute(b, [1.0, 1.0, 1.0]), 1e-12);
        }, iter: 300);

    [Fact]
    public void A_flat_three_objective_set_is_its_two_objective_area_times_the_depth() =>
        Gen.Select(Sets2, Gen.Int[0, 7]).Sample((a, z) =>
        {
            var flat = a.Select(p => new[] { p[0], p[1], z / 8.0 }).ToArray();
            Assert.Equal(Hypervolume.Compute(a, [1.0, 1.0]) * (1 - z / 8.0), Hypervolume.Compute(flat, [1.0, 1.0, 1.0]), 1e-12);
        });

    [Fact]
    public void Adding_a_point_never_lowers_the_hypervolume_and_order_does_not_matter() =>
        Gen.Select(Sets3, Gen.Int[0, 8].Array[3]).Sample((a, extra) =>
        {
            double[] r = [1.0, 1.0, 1.0];
            double before = Hypervolume.Compute(a, r);
            var more = a.Append(extra.Select(v => v / 8.0).ToArray()).ToArray();
            Assert.True(Hypervolume.Compute(more, r) >= before - 1e-15);
            Assert.Equal(before, Hypervolume.Compute(a.Reverse().ToArray(), r), 1e-12);
        });

    private static readonly Gen<double[][]> Sets4 = Gen.Int[0, 8].Array[4].Select(p => p.Select(v => v / 8.0).ToArray()).Array[1, 9];
    private static readonly Gen<double[][]> Sets5 = Gen.Int[0, 8].Array[5].Select(p => p.Select(v => v / 8.0).ToArray()).Array[1, 8];

    [Fact]
    public void Four_and_five_objectives_agree_with_inclusion_exclusion() =>
        Gen.Select(Sets4, Sets5).Sample((a, b) =>
        {
            Assert.Equal(InclusionExclusion(a, [1.0, 1, 1, 1]), Hypervolume.Compute(a, [1.0, 1, 1, 1]), 1e-12);
            Assert.Equal(InclusionExclusion(b, [1.0, 1, 1, 1, 1]), Hypervolume.Compute(b, [1.0, 1, 1, 1, 1]), 1e-12);
        }, iter: 300);

    [Fact]
    public void Wfg_in_six_objectives_matches_the_sphere_front_and_the_monte_carlo_estimate()
    {
        // 300 random points on the positive unit 6-sphere: WFG exactly, then the Monte Carlo estimate with the exact
        // route switched off must agree within four standard errors.
        var random = new Random(3);
        var points = Enumerable.Range(0, 60).Select(_ =>
        {
            var v = Enumerable.Range(0, 6).Select(_ => Math.Abs(random.NextDouble() + 0.05)).ToArray();
            double norm = Math.Sqrt(v.Sum(x => x * x));
            return (IReadOnlyList<double>)v.Select(x => x / norm).ToArray();
        }).ToArray();
        double[] r = [1.0, 1, 1, 1, 1, 1];
        var (exact, isExact) = Hypervolume.Estimate(points, r);
        Assert.True(isExact);
        Assert.True(exact > 0 && exact < Spokes.Explore.Optimization.Dtlz.Dtlz2FrontHypervolume(6));
        var (estimate, estimated) = Hypervolume.Estimate(points, r, exactLimit: 10, samples: 200_000, seed: 4);
        Assert.False(estimated);
        double box = 1;
        for (int k = 0; k < 6; k++) box *= 1 - points.Min(p => p[k]);
        double p = estimate / box, se = box * Math.Sqrt(p * (1 - p) / 200_000);
        Assert.True(Math.Abs(estimate - exact) < 4 * se, $"exact {exact}, estimate {estimate}, se {se}");
    }

    /// <summary>The union of boxes [p, r] by inclusion–exclusion: exact for any dimension, exponential in the set size.</summary>
    private static double InclusionExclusion(double[][] points, double[] r)
    {
        var inside = points.Where(p => p.Zip(r).All(t => t.First < t.Second)).ToArray();
        double total = 0;
        for (int mask = 1; mask < 1 << inside.Length; mask++)
        {
            var subset = Enumerable.Range(0, inside.Length).Where(i => (mask >> i & 1) == 1).Select(i => inside[i]).ToArray();
            double volume = 1;
            for (int k = 0; k < r.Length; k++) volume *= r[k] - subset.Max(p => p[k]);
            total += (subset.Length % 2 == 1 ? 1 : -1) * volume;
        }
        return total;
    }
}
