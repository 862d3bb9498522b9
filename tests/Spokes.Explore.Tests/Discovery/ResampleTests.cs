using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class ResampleTests
{
    [Theory]
    [InlineData(ResampleMethod.Bootstrap)]
    [InlineData(ResampleMethod.Subsample)]
    public void The_true_dimensions_are_found_again_on_resamples_and_the_noise_dimensions_rarely(ResampleMethod method)
    {
        var result = Prim.Run(Synthetic.KnownBox(2000, seed: 31), PrimOptions.Default);
        var box = result.Select(BoxSelection.BestF1)!.Box;
        var stability = result.Resample(box.Index, new ResampleOptions { Seed = 5, Iterations = 10, Method = method });
        Assert.Equal(["x0", "x1"], stability.Dimensions.Take(2).Select(d => d.Dimension).Order());
        Assert.All(stability.Dimensions.Take(2), d => Assert.Equal(1.0, d.ReproduceCoverage));
        Assert.All(stability.Dimensions.Skip(2), d => Assert.True(d.ReproduceCoverage <= 0.3, $"{d}"));
        Assert.Equal(1.0, stability.For("x0").ReproduceDensity);
    }

    [Fact]
    public void Invalid_resampling_settings_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResampleOptions { Seed = 1, Iterations = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResampleOptions { Seed = 1, Fraction = 1 });
        var result = Prim.Run(Synthetic.KnownBox(200, seed: 1), PrimOptions.Default);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Resample(result.Trajectory.Count, new ResampleOptions { Seed = 1 }));
    }
}
