using CsCheck;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>
/// The generation history on problems whose front is known (ZDT1, DTLZ2): the archive's hypervolume rises and the
/// distances to the true front fall toward 0. An ε-box archive is not strictly elitist in hypervolume — a solution in a
/// better box evicts members it does not dominate, and within a box the one nearer the corner stays — so the
/// hypervolume may dip, but never by more than shifting the old archive by ε costs (the ε-approximation property,
/// checked directly on the archive below).
/// </summary>
public sealed class ConvergenceHistoryTests
{
    private static NsgaResult RunZdt1() => EpsilonNsga2.Run(Zdt.Zdt1(), new NsgaOptions
    {
        Seed = 1, PopulationSize = 100, Generations = 150, Epsilons = [0.005, 0.005], ReferencePoint = [1, 1], ReferenceFront = Zdt.Zdt1Front(1001),
    });

    private static NsgaResult RunDtlz2() => EpsilonNsga2.Run(Dtlz.Dtlz2(3), new NsgaOptions
    {
        Seed = 1, PopulationSize = 60, Generations = 100, Epsilons = [0.025, 0.025, 0.025], ReferencePoint = [1, 1, 1],
        ReferenceFront = Dtlz.Dtlz2Front3(20),
    });

    /// <summary>
    /// The largest dip the ε-approximation allows when every objective is ≥ 0: the old archive shifted by ε loses at
    /// most the slab Π r_k − Π (r_k − ε_k) of the box [0, r].
    /// </summary>
    private static double DipBound(double[] eps, double[] reference) =>
        reference.Aggregate(1.0, (p, r) => p * r) - reference.Zip(eps).Aggregate(1.0, (p, t) => p * (t.First - t.Second));

    public static TheoryData<string> Problems => new() { "zdt1", "dtlz2" };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Hypervolume_rises_and_dips_at_most_what_the_epsilon_boxes_allow(string name)
    {
        var (result, eps, reference) = name == "zdt1"
            ? (RunZdt1(), new[] { 0.005, 0.005 }, new[] { 1.0, 1.0 })
            : (RunDtlz2(), new[] { 0.025, 0.025, 0.025 }, new[] { 1.0, 1.0, 1.0 });
        var hv = result.History.Select(h => h.Hypervolume).ToArray();
        Assert.All(result.History, h => Assert.True(h.HypervolumeExact));
        double bound = DipBound(eps, reference), worst = 0;
        for (int g = 1; g < hv.Length; g++)
        {
            Assert.True(hv[g] >= hv[g - 1] - bound, $"generation {g}: {hv[g - 1]} → {hv[g]}");
            worst = Math.Max(worst, hv[g - 1] - hv[g]);
        }
        // Measured (seed 1): the largest dip is 2.4e-5 (ZDT1) and 3.2e-5 (DTLZ2), under 1e-4 of the final volume.
        Assert.True(worst < 1e-3 * hv[^1], $"largest dip {worst}");
        // Rising: every 10 generations end higher than they began, once some point lies inside the reference box (ZDT1's
        // first generations lie above f₂ = 1) and until the volume is within 0.5% of its end.
        for (int g = 10; g < hv.Length; g += 10)
            Assert.True(hv[g] > hv[g - 10] || hv[g] == 0 || hv[g - 10] > 0.995 * hv[^1], $"generations {g - 10}..{g}: {hv[g - 10]} → {hv[g]}");
    }

    [Fact]
    public void Distances_to_the_zdt1_front_fall_toward_zero()
    {
        var h = RunZdt1().History;
        // Generation 0 is a random population far above the front (g ≈ 5.5).
        Assert.True(h[0].GenerationalDistance > 0.1, $"GD₀ {h[0].GenerationalDistance}");
        Assert.True(h[^1].GenerationalDistance < 1e-3, $"GD {h[^1].GenerationalDistance}");
        Assert.True(h[^1].InvertedGenerationalDistance < 1e-3, $"IGD {h[^1].InvertedGenerationalDistance}");
        // ε = 0.005 boxes: the archive covers the front to about one box.
        Assert.InRange(h[^1].AdditiveEpsilon, 0, 0.02);
        AverageFalls(h);
    }

    [Fact]
    public void Distances_to_the_dtlz2_front_fall_toward_zero()
    {
        var h = RunDtlz2().History;
        Assert.True(h[^1].GenerationalDistance < h[0].GenerationalDistance / 20, $"GD {h[0].GenerationalDistance} → {h[^1].GenerationalDistance}");
        // IGD cannot reach 0 against a 21 × 21 grid with ε = 0.025 boxes; measured 0.0022.
        Assert.True(h[^1].InvertedGenerationalDistance < h[0].InvertedGenerationalDistance / 5, $"IGD {h[0].InvertedGenerationalDistance} → {h[^1].InvertedGenerationalDistance}");
        Assert.True(h[^1].InvertedGenerationalDistance < 0.005);
        Assert.InRange(h[^1].AdditiveEpsilon, 0, 0.1);
        AverageFalls(h);
    }

    /// <summary>GD and IGD are not monotone (a new box can hold a point farther out), but each tenth of the run averages lower than the one before.</summary>
    private static void AverageFalls(IReadOnlyList<GenerationRecord> h)
    {
        int n = h.Count / 10;
        for (int part = 1; part < 10; part++)
        {
            double Mean(Func<GenerationRecord, double> f, int p) => h.Skip(p * n).Take(n).Average(f);
            Assert.True(Mean(r => r.GenerationalDistance, part) < Mean(r => r.GenerationalDistance, part - 1) * 1.05, $"GD, tenth {part}");
            Assert.True(Mean(r => r.InvertedGenerationalDistance, part) < Mean(r => r.InvertedGenerationalDistance, part - 1) * 1.05, $"IGD, tenth {part}");
        }
    }

    /// <summary>
    /// The guarantee behind the dip bound: after any offer, the archive's hypervolume is at least that of the archive
    /// before it shifted by +ε (every old member is ε-dominated by some new one).
    /// </summary>
    [Fact]
    public void After_every_offer_the_archive_covers_the_old_one_shifted_by_epsilon() =>
        Gen.Double[0, 1].Array[2].Array[2, 60].Sample(points =>
        {
            double[] eps = [0.1, 0.05], reference = [1.5, 1.5];
            var archive = new EpsilonArchive(eps);
            foreach (var p in points)
            {
                var before = archive.Members.Select(m => (IReadOnlyList<double>)m.Objectives.Select((f, k) => f + eps[k]).ToArray()).ToArray();
                archive.Add(new Solution([], p, []));
                var after = archive.Members.Select(m => m.Objectives).ToArray();
                Assert.True(Hypervolume.Compute(after, reference) >= Hypervolume.Compute(before, reference) - 1e-12);
            }
        });
}
