using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>Three policies (rows) in four scenarios (columns) of a cost to minimise, worked by hand.</summary>
public sealed class RobustnessMetricsTests
{
    private static readonly double[][] Cost =
    [
        [1, 2, 3, 10],
        [2, 2, 2, 2],
        [0, 5, 1, 4],
    ];

    [Fact]
    public void Mean_sum_extremes_and_percentiles()
    {
        Assert.Equal([4.0, 2, 2.5], RobustnessMetrics.Mean(Cost));
        Assert.Equal([16.0, 8, 10], RobustnessMetrics.Sum(Cost));
        Assert.Equal([10.0, 2, 5], RobustnessMetrics.Maximum(Cost));
        Assert.Equal([1.0, 2, 0], RobustnessMetrics.Minimum(Cost));
        // Type 7: position 3·0.9 = 2.7 → 3 + 0.7·(10 − 3) = 7.9 for the first policy; 4 + 0.7·(5 − 4) = 4.7 for the third.
        var p90 = RobustnessMetrics.Percentile(Cost, 90);
        Assert.Equal(7.9, p90[0], 1e-12);
        Assert.Equal(2.0, p90[1], 1e-12);
        Assert.Equal(4.7, p90[2], 1e-12);
        Assert.Equal([2.5, 2.0, 2.5], RobustnessMetrics.Percentile(Cost, 50));
    }

    [Fact]
    public void Regret_from_the_best_policy_in_each_scenario()
    {
        // Best per scenario: 0, 2, 1, 2.
        var regret = RobustnessMetrics.RegretFromBest(Cost, Goal.Minimise);
        Assert.Equal([1.0, 0, 2, 8], regret[0]);
        Assert.Equal([2.0, 0, 1, 0], regret[1]);
        Assert.Equal([0.0, 3, 0, 2], regret[2]);
        Assert.Equal([8.0, 2, 3], RobustnessMetrics.Maximum(regret)); // minimax regret picks the second policy
        var gain = RobustnessMetrics.RegretFromBest(Cost, Goal.Maximise);
        Assert.Equal([1.0, 3, 0, 0], gain[0]);
    }

    [Fact]
    public void Regret_from_the_policys_own_median_or_baseline_counts_only_shortfalls()
    {
        var median = RobustnessMetrics.RegretFromMedian(Cost, Goal.Minimise);
        Assert.Equal([0.0, 0, 0.5, 7.5], median[0]);
        Assert.Equal([0.0, 0, 0, 0], median[1]);
        Assert.Equal([0.0, 2.5, 0, 1.5], median[2]);
        Assert.Equal([8.0, 0, 4], RobustnessMetrics.Sum(median)); // undesirable deviations
        var baseline = RobustnessMetrics.RegretFromBaseline(Cost, Goal.Minimise, baselineScenario: 0);
        Assert.Equal([0.0, 1, 2, 9], baseline[0]);
        Assert.Equal([0.0, 5, 1, 4], baseline[2]);
        var maximise = RobustnessMetrics.RegretFromMedian(Cost, Goal.Maximise);
        Assert.Equal([1.5, 0.5, 0, 0], maximise[0]);
    }

    [Fact]
    public void Satisficing_is_the_share_of_scenarios_meeting_every_threshold()
    {
        Assert.Equal([0.5, 1.0, 0.5], RobustnessMetrics.Satisficing(Cost, 2, Goal.Minimise));
        Assert.Equal([0.25, 0.0, 0.5], RobustnessMetrics.Satisficing(Cost, 3.5, Goal.Maximise));
        double[][] benefit = [[1, 1, 0, 1], [0, 0, 0, 1], [1, 1, 1, 1]];
        var both = RobustnessMetrics.Satisficing([
            new SatisficingCriterion(Cost, 4, Goal.Minimise),
            new SatisficingCriterion(benefit, 1, Goal.Maximise),
        ]);
        Assert.Equal([0.5, 0.25, 0.75], both);
    }

    [Fact]
    public void Bad_matrices_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RobustnessMetrics.Mean([]));
        Assert.Throws<ArgumentException>(() => RobustnessMetrics.Mean([[1, 2], [3]]));
        Assert.Throws<ArgumentException>(() => RobustnessMetrics.Mean([[1, double.NaN]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RobustnessMetrics.Percentile(Cost, 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => RobustnessMetrics.RegretFromBaseline(Cost, Goal.Minimise, 4));
        Assert.Throws<ArgumentException>(() => RobustnessMetrics.Satisficing([
            new SatisficingCriterion(Cost, 4, Goal.Minimise), new SatisficingCriterion([[1.0]], 1, Goal.Maximise)]));
    }
}
