using Spokes.Explore.Samplers;
using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class ParameterSummaryTests
{
    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_r_type_7()
    {
        double[] x = [1, 2, 4, 8, 16];
        Assert.Equal(1, Quantiles.Type7(x, 0));
        Assert.Equal(16, Quantiles.Type7(x, 1));
        Assert.Equal(4, Quantiles.Type7(x, 0.5));
        Assert.Equal(1.2, Quantiles.Type7(x, 0.05), 12); // h = (5 − 1)·0.05 = 0.2: x[0] + 0.2·(x[1] − x[0])
        Assert.Equal(14.4, Quantiles.Type7(x, 0.95), 12); // h = 3.8: x[3] + 0.8·(x[4] − x[3]) = 8 + 0.8·8
        Assert.Equal((2.0, 8.0), Quantiles.Central([8, 1, 16, 4, 2], 0.5));
    }

    [Fact]
    public void Moments_quantiles_and_sd_ratio_match_hand_computed_values()
    {
        // Draws 1..9 on the range [0, 10]: mean 5, sd √7.5, prior sd 10/√12.
        var s = ParameterSummary.Of("a", Enumerable.Range(1, 9).Select(i => (double)i), 0, 10);
        Assert.Equal(9, s.Draws);
        Assert.Equal(5, s.Mean, 12);
        Assert.Equal(Math.Sqrt(7.5), s.Sd, 12);
        Assert.Equal(1.4, s.Q05, 12);
        Assert.Equal(3, s.Q25, 12);
        Assert.Equal(5, s.Q50, 12);
        Assert.Equal(7, s.Q75, 12);
        Assert.Equal(8.6, s.Q95, 12);
        Assert.Equal(Math.Sqrt(7.5) / (10 / Math.Sqrt(12)), s.SdRatio, 12);
        Assert.Equal(0, s.ShareNearMin);
        Assert.Equal(Identification.NotIdentified, s.Verdict); // ratio 0.95
    }

    [Fact]
    public void Verdicts_follow_the_documented_thresholds()
    {
        var random = SeededRandom.Create(3);
        double[] Uniform(double lo, double hi, int n) => Enumerable.Range(0, n).Select(_ => lo + (hi - lo) * random.NextDouble()).ToArray();
        // Uniform over the whole range: ratio ≈ 1, 2% near each bound.
        Assert.Equal(Identification.NotIdentified, ParameterSummary.Of("flat", Uniform(0, 1, 4000), 0, 1).Verdict);
        // Uniform over a tenth of the range in the middle: ratio 0.1.
        Assert.Equal(Identification.Identified, ParameterSummary.Of("narrow", Uniform(0.45, 0.55, 4000), 0, 1).Verdict);
        // Over half the range in the middle: ratio 0.5.
        Assert.Equal(Identification.WeaklyIdentified, ParameterSummary.Of("half", Uniform(0.25, 0.75, 4000), 0, 1).Verdict);
        // Narrow but against the upper bound: 20% of the draws within 2% of it.
        var piled = ParameterSummary.Of("piled", Uniform(0.9, 1, 4000), 0, 1);
        Assert.Equal(Identification.AtBound, piled.Verdict);
        Assert.InRange(piled.ShareNearMax, 0.17, 0.23);
        Assert.Equal("at bound (max)", piled.VerdictWord);
        // Thresholds are parameters: the same draws with a stricter at-bound share.
        Assert.Equal(Identification.Identified,
            ParameterSummary.Of("piled", Uniform(0.9, 1, 4000), 0, 1, new IdentificationThresholds { AtBoundShare = 0.5 }).Verdict);
    }

    [Fact]
    public void Bad_ranges_and_draws_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterSummary.Of("a", [1, 2], 1, 1));
        Assert.Throws<ArgumentException>(() => ParameterSummary.Of("a", [1], 0, 2));
        Assert.Throws<ArgumentException>(() => ParameterSummary.Of("a", [1, double.NaN], 0, 2));
    }
}
