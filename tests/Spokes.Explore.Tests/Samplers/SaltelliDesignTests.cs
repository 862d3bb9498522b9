using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

public class SaltelliDesignTests
{
    [Theory]
    [InlineData(64, 3, true, 64 * 8)]
    [InlineData(64, 3, false, 64 * 5)]
    [InlineData(16, 10, true, 16 * 22)]
    public void Row_count_is_n_times_2d_plus_2_or_d_plus_2(int n, int d, bool secondOrder, int rows) =>
        Assert.Equal(rows, SaltelliDesign.Create(n, d, secondOrder).Length);

    [Fact]
    public void Blocks_follow_the_salib_layout_over_a_skipped_2d_dimensional_sobol_base()
    {
        const int n = 32, d = 4;
        var design = SaltelliDesign.Create(n, d, secondOrder: true);
        var base2d = SobolSequence.Points(SaltelliDesign.DefaultSkip(n), n, 2 * d);
        int step = 2 * d + 2;
        for (int i = 0; i < n; i++)
        {
            var a = base2d[i][..d];
            var b = base2d[i][d..];
            Assert.Equal(a, design[i * step]);
            Assert.Equal(b, design[i * step + step - 1]);
            for (int j = 0; j < d; j++)
            {
                var ab = design[i * step + 1 + j];
                var ba = design[i * step + 1 + d + j];
                for (int k = 0; k < d; k++)
                {
                    Assert.Equal(k == j ? b[k] : a[k], ab[k]);
                    Assert.Equal(k == j ? a[k] : b[k], ba[k]);
                }
            }
        }
    }

    [Fact]
    public void Without_second_order_the_ba_blocks_are_left_out()
    {
        var full = SaltelliDesign.Create(16, 3, secondOrder: true);
        var first = SaltelliDesign.Create(16, 3, secondOrder: false);
        for (int i = 0; i < 16; i++)
        {
            Assert.Equal(full[(i * 8)..(i * 8 + 4)], first[(i * 5)..(i * 5 + 4)]);
            Assert.Equal(full[i * 8 + 7], first[i * 5 + 4]);
        }
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 32)]
    [InlineData(1000, 1024)]
    [InlineData(1024, 1024)]
    public void Default_skip_is_the_next_power_of_two_and_at_least_16(int n, long skip) =>
        Assert.Equal(skip, SaltelliDesign.DefaultSkip(n));

    [Fact]
    public void Explicit_skip_and_bad_arguments()
    {
        var noSkip = SaltelliDesign.Create(4, 2, secondOrder: false, skip: 0);
        Assert.Equal([0.0, 0.0], noSkip[0]);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => SaltelliDesign.Create(0, 2)).ParamName);
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => SaltelliDesign.Create(8, SaltelliDesign.MaxDimensions + 1)).ParamName);
        Assert.Equal("skip", Assert.ThrowsAny<ArgumentException>(() => SaltelliDesign.Create(8, 2, true, -1)).ParamName);
    }
}
