using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

/// <summary>The contract every <see cref="ISampler"/> keeps: shape, range [0, 1), determinism, argument checks.</summary>
public class SamplerContractTests
{
    private static readonly Dictionary<string, ISampler> Samplers = new()
    {
        ["MonteCarlo"] = new MonteCarloSampler(),
        ["LatinHypercube"] = new LatinHypercubeSampler(),
        ["Sobol"] = new SobolSampler(),
        ["Sobol keeping the origin"] = new SobolSampler(skipFirst: false),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Samplers.Keys)
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Samples_have_the_requested_shape_and_lie_in_the_half_open_unit_cube(string name)
    {
        var rows = Samplers[name].Sample(257, 7, seed: 3);
        Assert.Equal(257, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(7, row.Length);
            Assert.All(row, u => Assert.True(u >= 0 && u < 1, $"{name}: coordinate {u}"));
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_same_seed_gives_an_identical_design(string name)
    {
        var sampler = Samplers[name];
        Assert.Equal(sampler.Sample(100, 5, seed: 42), sampler.Sample(100, 5, seed: 42));
        Assert.Equal(sampler.Sample(10, 2, seed: 9), sampler.Sample(10, 2, SeededRandom.Create(9)));
    }

    [Theory]
    [InlineData("MonteCarlo")]
    [InlineData("LatinHypercube")]
    public void Random_samplers_differ_between_seeds(string name) =>
        Assert.NotEqual(Samplers[name].Sample(50, 3, seed: 1), Samplers[name].Sample(50, 3, seed: 2));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_dimension_is_close_to_uniform(string name)
    {
        var rows = Samplers[name].Sample(4096, 4, seed: 5);
        for (int j = 0; j < 4; j++)
        {
            double mean = rows.Average(r => r[j]);
            double below = rows.Count(r => r[j] < 0.25) / 4096.0;
            Assert.InRange(mean, 0.48, 0.52);
            Assert.InRange(below, 0.23, 0.27);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_shapes_are_rejected_by_name(string name)
    {
        var sampler = Samplers[name];
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => sampler.Sample(-1, 2, seed: 0)).ParamName);
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => sampler.Sample(5, 0, seed: 0)).ParamName);
        Assert.Empty(sampler.Sample(0, 3, seed: 0));
    }
}
