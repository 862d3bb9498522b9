using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

public class FullFactorialTests
{
    [Fact]
    public void Every_combination_appears_once_with_the_last_dimension_fastest()
    {
        var rows = FullFactorial.Generate([2, 3]);
        double[][] expected =
        [
            [0.25, 1 / 6.0], [0.25, 0.5], [0.25, 5 / 6.0],
            [0.75, 1 / 6.0], [0.75, 0.5], [0.75, 5 / 6.0],
        ];
        Assert.Equal(expected.Length, rows.Length);
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < 2; j++)
                Assert.Equal(expected[i][j], rows[i][j], 15);
    }

    [Fact]
    public void Endpoint_spacing_reaches_both_ends_and_midpoints_stay_inside()
    {
        var ends = FullFactorial.Generate(3, 2, FactorialSpacing.Endpoints);
        Assert.Equal(9, ends.Length);
        Assert.Equal([0.0, 0.5, 1.0], ends.Select(r => r[1]).Distinct().Order());
        var mids = FullFactorial.Generate(4, 3);
        Assert.Equal(64, mids.Length);
        Assert.All(mids, r => Assert.All(r, u => Assert.InRange(u, 0.125, 0.875)));
        Assert.Equal(64, mids.Select(r => string.Join(",", r)).Distinct().Count());
        Assert.Equal([0.5], FullFactorial.Generate([1], FactorialSpacing.Endpoints).Select(r => r[0]));
    }

    [Fact]
    public void Midpoint_levels_give_each_value_of_a_discrete_parameter_once()
    {
        var parameter = new Spokes.Explore.Distributions.DiscreteUniform(1, 5);
        var values = FullFactorial.Generate(5, 1).Select(r => parameter.Value(r[0]));
        Assert.Equal([1, 2, 3, 4, 5], values);
    }

    [Fact]
    public void Bad_levels_are_rejected()
    {
        Assert.Equal("levels", Assert.ThrowsAny<ArgumentException>(() => FullFactorial.Generate([2, 0])).ParamName);
        Assert.Equal("levels", Assert.ThrowsAny<ArgumentException>(() => FullFactorial.Generate([])).ParamName);
        Assert.Equal("levels", Assert.ThrowsAny<ArgumentException>(() => FullFactorial.Generate(1000, 5)).ParamName);
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => FullFactorial.Generate(3, 0)).ParamName);
    }
}
