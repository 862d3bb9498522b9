using Spokes.Explore.Samplers;
using Spokes.Explore.TestModels;

namespace Spokes.Explore.Tests.TestModels;

public class SobolGTests
{
    [Fact]
    public void Analytic_indices_for_salib_coefficients()
    {
        var g = SobolG.Standard;
        Assert.Equal([0, 1, 4.5, 9, 99, 99, 99, 99], g.A.ToArray());
        // V_i = 1/(3(1 + a_i)²); V = Π(1 + V_i) − 1.
        double[] parts = [1 / 3.0, 1 / 12.0, 1 / (3 * 5.5 * 5.5), 1 / 300.0, 1 / 30000.0, 1 / 30000.0, 1 / 30000.0, 1 / 30000.0];
        double v = parts.Aggregate(1.0, (p, vi) => p * (1 + vi)) - 1;
        Assert.Equal(v, g.Variance, 14);
        Assert.Equal(0.465424, g.Variance, 6);
        Assert.Equal([0.71619, 0.17905, 0.02368, 0.00716, 0.00007, 0.00007, 0.00007, 0.00007], g.FirstOrder.Select(s => Math.Round(s, 5)));
        Assert.Equal([0.78714, 0.24220, 0.03432, 0.01046, 0.00010, 0.00010, 0.00010, 0.00010], g.TotalOrder.Select(s => Math.Round(s, 5)));
        Assert.True(g.FirstOrder.Sum() < 1);
    }

    [Fact]
    public void Sample_mean_is_one_and_variance_matches()
    {
        var g = SobolG.Standard;
        var y = g.Evaluate(SobolSequence.Generate(1 << 15, g.Dimensions));
        double mean = y.Average(), variance = y.Sum(v => (v - mean) * (v - mean)) / y.Length;
        Assert.Equal(1, mean, 3);
        Assert.Equal(g.Variance, variance, 2);
        Assert.Equal(1, new SobolG([99]).Evaluate([0.25]), 14);
        Assert.Equal(2, new SobolG([0]).Evaluate([1]), 14);
    }

    [Fact]
    public void Bad_coefficients_are_rejected()
    {
        Assert.Equal("a", Assert.ThrowsAny<ArgumentException>(() => new SobolG([])).ParamName);
        Assert.Equal("a", Assert.ThrowsAny<ArgumentException>(() => new SobolG([1, -2])).ParamName);
        Assert.Equal("a", Assert.ThrowsAny<ArgumentException>(() => new SobolG([double.NaN])).ParamName);
        Assert.Equal("x", Assert.ThrowsAny<ArgumentException>(() => SobolG.Standard.Evaluate([0.5])).ParamName);
    }
}
