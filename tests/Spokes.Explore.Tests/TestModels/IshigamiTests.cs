using Spokes.Explore.Samplers;
using Spokes.Explore.TestModels;

namespace Spokes.Explore.Tests.TestModels;

public class IshigamiTests
{
    /// <summary>Values from Ishigami &amp; Homma (1990) and SALib's test suite.</summary>
    [Fact]
    public void Analytic_indices_match_the_published_values()
    {
        var f = Ishigami.Standard;
        Assert.Equal(13.844588, f.Variance, 6);
        Assert.Equal([0.313905, 0.442411, 0], f.FirstOrder.Select(v => Math.Round(v, 6)));
        Assert.Equal([0.557589, 0.442411, 0.243684], f.TotalOrder.Select(v => Math.Round(v, 6)));
        Assert.Equal(0.243684, f.SecondOrder(0, 2), 6);
        Assert.Equal(0.243684, f.SecondOrder(2, 0), 6);
        Assert.Equal(0, f.SecondOrder(0, 1));
        Assert.Equal(0, f.SecondOrder(1, 2));
        Assert.Equal(1, f.FirstOrder.Sum() + f.SecondOrder(0, 2), 12);
    }

    [Fact]
    public void Function_values_and_sample_moments_agree_with_the_formula()
    {
        var f = Ishigami.Standard;
        Assert.Equal(Math.Sin(1) + 7 * Math.Pow(Math.Sin(2), 2) + 0.1 * Math.Pow(3, 4) * Math.Sin(1), f.Evaluate(1, 2, 3), 1e-12);
        Assert.Equal(f.Evaluate(-Math.PI, 0, Math.PI), f.EvaluateUnit([0, 0.5, 1]), 1e-12);
        var y = f.EvaluateUnit(SobolSequence.Generate(1 << 16, 3));
        double mean = y.Average(), variance = y.Sum(v => (v - mean) * (v - mean)) / y.Length;
        Assert.Equal(3.5, mean, 2); // E f = a/2
        Assert.Equal(f.Variance, variance, 1);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Equal("a", Assert.ThrowsAny<ArgumentException>(() => new Ishigami(double.NaN)).ParamName);
        Assert.Equal("u", Assert.ThrowsAny<ArgumentException>(() => Ishigami.Standard.EvaluateUnit([0.5, 0.5])).ParamName);
        Assert.Equal("j", Assert.ThrowsAny<ArgumentException>(() => Ishigami.Standard.SecondOrder(3, 0)).ParamName);
    }
}
