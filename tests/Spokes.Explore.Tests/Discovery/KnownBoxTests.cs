using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>
/// PRIM recovers a known box from noisy data: 2,000 points uniform in [0, 1]^5, of interest with probability 0.9 in
/// x0 ∈ [0.2, 0.6] × x1 ∈ [0.5, 1.0] and 0.05 outside (the true box holds ≈ 82% of the cases of interest).
/// </summary>
public sealed class KnownBoxTests
{
    private const double Tolerance = 0.05;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_best_F1_box_matches_the_true_box_and_leaves_the_noise_dimensions_free(int seed)
    {
        var result = Prim.Run(Synthetic.KnownBox(2000, seed), PrimOptions.Default);
        var selected = result.Select(BoxSelection.BestF1)!;
        AssertTrueBox(selected);
    }

    [Fact]
    public void The_highest_density_box_with_coverage_of_at_least_080_matches_the_true_box()
    {
        // The brief's rule. It holds for this seed, but it is fragile: the true box's expected coverage is only 0.82,
        // so on some samples (6 of 60 seeds measured) its realised coverage is below 0.8 and the rule picks a box too big.
        var result = Prim.Run(Synthetic.KnownBox(2000, seed: 1), PrimOptions.Default);
        AssertTrueBox(result.Select(BoxSelection.MinCoverage(0.8))!);
    }

    [Fact]
    public void The_highest_coverage_box_with_density_of_at_least_085_matches_the_true_box()
    {
        var result = Prim.Run(Synthetic.KnownBox(2000, seed: 2), PrimOptions.Default);
        AssertTrueBox(result.Select(BoxSelection.MinDensity(0.85))!);
    }

    [Fact]
    public void Peeling_ends_at_the_minimum_mass_and_pasting_only_raises_density()
    {
        var result = Prim.Run(Synthetic.KnownBox(2000, seed: 3), PrimOptions.Default);
        var peels = result.Trajectory.Where(b => b.Phase == PrimPhase.Peel).ToArray();
        var pastes = result.Trajectory.Where(b => b.Phase == PrimPhase.Paste).ToArray();
        Assert.InRange(peels[^1].Mass, 0.05, 0.06);
        for (int i = 1; i < pastes.Length; i++) Assert.True(pastes[i].Density > pastes[i - 1].Density);
        if (pastes.Length > 0) Assert.True(pastes[0].Density > peels[^1].Density);
    }

    private static void AssertTrueBox(SelectedBox selected)
    {
        var box = selected.Box;
        Assert.Equal(0.2, box.Limit("x0").Lower, Tolerance);
        Assert.Equal(0.6, box.Limit("x0").Upper, Tolerance);
        Assert.Equal(0.5, box.Limit("x1").Lower, Tolerance);
        Assert.Equal(1.0, box.Limit("x1").Upper, Tolerance);
        Assert.Equal(["x0", "x1"], box.Restrictions.Select(r => r.Name));
        foreach (var q in selected.QuasiP.Where(q => q.Side != BoxSide.Upper || q.Dimension != "x1"))
            Assert.True(q.PValue < 0.01, $"{q.Dimension} {q.Side}: quasi-p {q.PValue}");
        Assert.Equal(3, selected.QuasiP.Count(q => q.PValue < 0.01));
    }
}
