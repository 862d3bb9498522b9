using System.Diagnostics;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>
/// ZDT1 (Zitzler, Deb &amp; Thiele 2000), 30 variables: the true front f₂ = 1 − √f₁ has hypervolume 2/3 with reference
/// (1, 1). Population 100, 250 generations (25,100 evaluations), ε = 0.005 on both objectives: measured archive
/// hypervolume 0.6619–0.6623 for seeds 1–5, about 1.2 s in Debug on 2 cores.
/// </summary>
public sealed class Zdt1Tests
{
    private static readonly NsgaOptions Options = new()
    {
        Seed = 1, PopulationSize = 100, Generations = 250, Epsilons = [0.005, 0.005], ReferencePoint = [1, 1],
    };

    [Fact]
    public void The_archive_reaches_a_hypervolume_of_at_least_065_of_the_true_0667()
    {
        // No wall-clock bound: timings belong to the benchmarks (docs/performance.md), not to tests on a loaded runner.
        var result = EpsilonNsga2.Run(Zdt.Zdt1(), Options);
        double hv = Hypervolume.Compute(result.Archive, [1.0, 1.0]);
        Assert.InRange(hv, 0.65, Zdt.Zdt1FrontHypervolume);
        Assert.Equal(hv, result.History[^1].Hypervolume, 1e-12);
    }

    [Fact]
    public void The_archive_lies_close_to_the_true_front_and_spreads_along_it()
    {
        var result = EpsilonNsga2.Run(Zdt.Zdt1(), Options);
        var gaps = result.Archive.Select(s => s.Objectives[1] - (1 - Math.Sqrt(s.Objectives[0]))).ToArray();
        Assert.All(gaps, g => Assert.True(g >= -1e-12));
        Assert.True(gaps.Average() < 0.01, $"mean gap {gaps.Average()}");
        Assert.True(result.Archive[0].Objectives[0] < 0.01);
        Assert.True(result.Archive[^1].Objectives[0] > 0.95);
    }

    [Fact]
    public void The_history_has_one_record_per_generation_and_ends_higher_than_it_starts()
    {
        var result = EpsilonNsga2.Run(Zdt.Zdt1(), Options with { Generations = 40 });
        Assert.Equal(41, result.History.Count);
        Assert.Equal(Enumerable.Range(0, 41), result.History.Select(h => h.Generation));
        Assert.Equal(100 * 41, result.Evaluations);
        Assert.Equal(result.Evaluations, result.History[^1].Evaluations);
        Assert.True(result.History[^1].Hypervolume > result.History[0].Hypervolume);
        Assert.Equal(result.Archive.Count, result.History[^1].ArchiveSize);
        Assert.Equal([1.0, 1.0], result.HistoryReference);
    }
}
