using Spokes.Explore.Distributions;

namespace Spokes.Explore.Tests.Distributions;

/// <summary>Known values of particular distributions.</summary>
public class DistributionValueTests
{
    [Fact]
    public void Normal_quantiles_match_the_standard_table()
    {
        var n = new Normal(10, 2);
        Assert.Equal(10, n.Quantile(0.5), 12);
        Assert.Equal(10 + 2 * 1.959963984540054, n.Quantile(0.975), 10);
        Assert.Equal(10 - 2 * 2.326347874040841, n.Quantile(0.01), 10);
        Assert.Equal(10 - 2 * 8.2095361516013874, n.Quantile(0), 6); // Φ⁻¹(2⁻⁵³), not −∞
        Assert.Equal(-n.Quantile(0) + 20, n.Quantile(1), 6);
    }

    [Fact]
    public void Truncated_normal_hits_its_bounds_and_matches_the_textbook_mean()
    {
        var t = new TruncatedNormal(0, 1, -1, 2);
        Assert.Equal(-1, t.Quantile(0), 12);
        Assert.Equal(2, t.Quantile(1), 12);
        // E[X] = (φ(−1) − φ(2)) / (Φ(2) − Φ(−1)) for the standard normal on [−1, 2].
        Assert.Equal((0.24197072451914337 - 0.05399096651318806) / (0.9772498680518208 - 0.15865525393145707), t.Mean, 12);
        // Far upper tail: the mirrored computation keeps [6, 7] sampleable and the median inside it.
        var tail = new TruncatedNormal(0, 1, 6, 7);
        Assert.InRange(tail.Quantile(0.5), 6, 6.2);
        Assert.Equal(6, tail.Quantile(0), 9);
    }

    [Fact]
    public void Triangular_quantile_at_the_mode_probability_is_the_mode()
    {
        var t = new Triangular(0, 2, 10);
        Assert.Equal(2, t.Quantile(0.2), 12);
        Assert.Equal(0, t.Quantile(0), 12);
        Assert.Equal(10, t.Quantile(1), 12);
        Assert.Equal(4, t.Mean, 12);
    }

    [Fact]
    public void Log_normal_median_is_exp_mu()
    {
        var l = new LogNormal(1, 0.3);
        Assert.Equal(Math.E, l.Quantile(0.5), 12);
        Assert.Equal(Math.Exp(1 + 0.045), l.Mean, 12);
    }

    [Fact]
    public void Discrete_uniform_gives_every_value_equally_often_inclusive_of_both_ends()
    {
        var d = new DiscreteUniform(-3, 6);
        var counts = new Dictionary<int, int>();
        for (int k = 0; k < 1000; k++)
        {
            int v = d.Value((k + 0.5) / 1000);
            counts[v] = counts.GetValueOrDefault(v) + 1;
        }
        Assert.Equal(Enumerable.Range(-3, 10), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.Equal(100, c));
        Assert.Equal(6, d.Value(1));
        Assert.Equal(-3, d.Value(0));
    }

    [Fact]
    public void Categorical_returns_index_and_label()
    {
        var c = new Categorical("ally", "hedge", "defect");
        Assert.Equal(0, c.Quantile(0.1));
        Assert.Equal("hedge", c.Label(0.5));
        Assert.Equal("defect", c.Label(1));
        Assert.Equal(new Categorical("ally", "hedge", "defect"), c);
        Assert.NotEqual(new Categorical("hedge", "ally", "defect"), c);
    }

    [Fact]
    public void Records_with_equal_parameters_are_equal()
    {
        Assert.Equal(new Uniform(0, 1), new Uniform(0, 1));
        Assert.Equal(new TruncatedNormal(0, 1, -1, 1), new TruncatedNormal(0, 1, -1, 1));
        Assert.NotEqual(new Normal(0, 1), new Normal(0, 2));
    }
}
