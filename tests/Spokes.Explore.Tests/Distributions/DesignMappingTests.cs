using Spokes.Explore.Distributions;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Distributions;

public class DesignMappingTests
{
    [Fact]
    public void Each_column_goes_through_its_own_parameter()
    {
        IParameterDistribution[] parameters = [new Uniform(10, 20), new DiscreteUniform(1, 4), new Categorical("a", "b")];
        double[][] design = [[0, 0.3, 0.7], [0.5, 0.99, 0.2]];
        var values = design.ToValues(parameters);
        Assert.Equal([10.0, 2, 1], values[0]);
        Assert.Equal([15.0, 4, 0], values[1]);
        Assert.Equal(0.3, design[0][1]);
    }

    [Fact]
    public void A_latin_hypercube_keeps_its_strata_through_the_mapping()
    {
        var parameter = new Normal(0, 1);
        var values = new LatinHypercubeSampler().Sample(100, 1, seed: 4).ToValues([parameter]);
        var sorted = values.Select(r => r[0]).Order().ToArray();
        for (int k = 0; k < 100; k++)
            Assert.InRange(sorted[k], parameter.Quantile(k / 100.0), parameter.Quantile((k + 1) / 100.0));
    }

    [Fact]
    public void Mismatched_rows_and_bad_coordinates_are_rejected()
    {
        IParameterDistribution[] two = [new Uniform(0, 1), new Uniform(0, 1)];
        Assert.Equal("design", Assert.ThrowsAny<ArgumentException>(() => new[] { new[] { 0.5 } }.ToValues(two)).ParamName);
        Assert.Equal("design", Assert.ThrowsAny<ArgumentException>(() => new[] { new[] { 0.5, double.NaN } }.ToValues(two)).ParamName);
        Assert.Equal("parameters", Assert.ThrowsAny<ArgumentException>(() => new[] { new[] { 0.5 } }.ToValues(null!)).ParamName);
    }
}
