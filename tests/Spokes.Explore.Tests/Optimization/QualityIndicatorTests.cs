using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>The indicators on sets worked by hand.</summary>
public sealed class QualityIndicatorTests
{
    private static readonly IReadOnlyList<double>[] Front = [[0.0, 1.0], [0.5, 0.5], [1.0, 0.0]];

    [Fact]
    public void A_set_on_the_front_scores_zero()
    {
        Assert.Equal(0, QualityIndicators.GenerationalDistance(Front, Front));
        Assert.Equal(0, QualityIndicators.InvertedGenerationalDistance(Front, Front));
        Assert.Equal(0, QualityIndicators.AdditiveEpsilon(Front, Front));
    }

    [Fact]
    public void A_shifted_single_point_scores_by_hand()
    {
        IReadOnlyList<double>[] set = [[0.6, 0.6]];
        // GD: nearest front point (0.5, 0.5) at √0.02; one point → √0.02.
        Assert.Equal(Math.Sqrt(0.02), QualityIndicators.GenerationalDistance(set, Front), 14);
        // IGD: distances² 0.36 + 0.16, 0.02, 0.16 + 0.36 → √1.06 / 3.
        Assert.Equal(Math.Sqrt(1.06) / 3, QualityIndicators.InvertedGenerationalDistance(set, Front), 14);
        // ε+: to cover (0, 1) it must move by 0.6, (0.5, 0.5) by 0.1, (1, 0) by 0.6 → 0.6.
        Assert.Equal(0.6, QualityIndicators.AdditiveEpsilon(set, Front), 14);
    }

    [Fact]
    public void A_dominating_set_has_a_negative_epsilon()
    {
        IReadOnlyList<double>[] set = [[-0.1, -0.1]];
        Assert.Equal(-0.1, QualityIndicators.AdditiveEpsilon(set, Front), 14);
    }
}
