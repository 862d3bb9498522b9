using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>
/// DTLZ2 with three objectives (Deb et al. 2005), 12 variables: the front is the positive octant of the unit sphere,
/// whose hypervolume with reference (1, 1, 1) is 1 − π/6 ≈ 0.4764. ε-NSGA-II, population 60, 100 generations.
/// </summary>
public sealed class Dtlz2Tests
{
    private static readonly NsgaOptions Options = new()
    {
        Seed = 2, PopulationSize = 60, Generations = 100, Epsilons = [0.025, 0.025, 0.025], ReferencePoint = [1, 1, 1],
        ReferenceFront = Dtlz.Dtlz2Front3(20),
    };

    [Fact]
    public void The_front_hypervolume_is_one_minus_pi_over_six() =>
        Assert.Equal(1 - Math.PI / 6, Dtlz.Dtlz2FrontHypervolume(3), 14);

    [Fact]
    public void The_archive_converges_to_the_sphere_and_the_indicators_record_it()
    {
        var result = EpsilonNsga2.Run(Dtlz.Dtlz2(3), Options);
        var radii = result.Archive.Select(s => Math.Sqrt(s.Objectives.Sum(f => f * f))).ToArray();
        Assert.All(radii, r => Assert.True(r >= 1 - 1e-12));
        Assert.True(radii.Average() < 1.02, $"mean radius {radii.Average()}");
        double hv = result.History[^1].Hypervolume;
        Assert.True(hv > 0.85 * Dtlz.Dtlz2FrontHypervolume(3), $"hypervolume {hv}");
        Assert.True(hv <= Dtlz.Dtlz2FrontHypervolume(3));
        var first = result.History[0];
        var last = result.History[^1];
        Assert.True(last.GenerationalDistance < first.GenerationalDistance / 5, $"GD {first.GenerationalDistance} → {last.GenerationalDistance}");
        Assert.True(last.InvertedGenerationalDistance < first.InvertedGenerationalDistance);
        Assert.True(last.AdditiveEpsilon < 0.15, $"ε+ {last.AdditiveEpsilon}");
        Assert.True(last.EpsilonProgress > first.EpsilonProgress);
        for (int g = 1; g < result.History.Count; g++)
            Assert.True(result.History[g].EpsilonProgress >= result.History[g - 1].EpsilonProgress);
    }
}
