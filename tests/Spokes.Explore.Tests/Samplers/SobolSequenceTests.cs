using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

/// <summary>
/// Reference points are from SciPy 1.10.1, <c>scipy.stats.qmc.Sobol(d, scramble=False).random(n)</c>, which uses the
/// same Joe–Kuo (new-joe-kuo-6.21201) direction numbers in the same Gray-code order. Beyond these tests the whole
/// table was compared against SciPy: the first 4096 points in all 1000 dimensions are identical, bit for bit.
/// </summary>
public class SobolSequenceTests
{
    [Fact]
    public void First_points_in_three_dimensions_equal_scipy()
    {
        double[][] expected =
        [
            [0, 0, 0],
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
        ];
        Assert.Equal(expected, SobolSequence.Generate(8, 3, skipFirst: false));
        Assert.Equal(expected[1..], SobolSequence.Generate(7, 3, skipFirst: true));
    }

    [Fact]
    public void Skipping_the_origin_gives_the_published_first_coordinates()
    {
        var rows = SobolSequence.Generate(5, 2);
        Assert.Equal([0.5, 0.75, 0.25, 0.375, 0.875], rows.Select(r => r[0]));
        Assert.Equal([0.5, 0.25, 0.75, 0.375, 0.875], rows.Select(r => r[1]));
    }

    [Theory]
    [InlineData(10, new[] { 1, 3, 1, 5, 1, 3, 7, 5 })]
    [InlineData(100, new[] { 1, 3, 1, 7, 3, 1, 5, 15 })]
    [InlineData(500, new[] { 1, 1, 3, 5, 1, 7, 3, 7 })]
    [InlineData(1000, new[] { 1, 3, 1, 1, 5, 7, 3, 15 })]
    public void Early_points_in_high_dimensions_equal_scipy(int dimension, int[] numerators)
    {
        int[] denominators = [2, 4, 4, 8, 8, 8, 8, 16];
        var rows = SobolSequence.Generate(8, dimension);
        for (int i = 0; i < 8; i++)
            Assert.Equal((double)numerators[i] / denominators[i], rows[i][dimension - 1]);
    }

    [Fact]
    public void Late_points_equal_scipy()
    {
        var rows = SobolSequence.Generate(8192, 1000, skipFirst: false);
        int[] dims = [0, 1, 2, 99, 499, 999];
        Assert.Equal([0.0001220703125, 0.5333251953125, 0.5015869140625, 0.7947998046875, 0.1353759765625, 0.8116455078125],
            dims.Select(j => rows[8191][j]));
        Assert.Equal([0.1966552734375, 0.2606201171875, 0.2156982421875, 0.0655517578125, 0.3035888671875, 0.4705810546875],
            dims.Select(j => rows[5000][j]));
        Assert.Equal([0.0009765625, 0.7529296875, 0.6123046875, 0.5302734375, 0.8564453125],
            new[] { 0, 1, 2, 99, 999 }.Select(j => rows[1023][j]));

        // Weighted checksum of the first 8192 points in all 1000 dimensions as integers k (x = k/8192), which
        // depends on the first 13 direction numbers of every dimension: Σ_i Σ_j k_ij·((1000·i + j) mod 1000003),
        // computed from SciPy's points.
        long checksum = 0;
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < 1000; j++)
            {
                double scaled = rows[i][j] * 8192;
                Assert.Equal(Math.Floor(scaled), scaled);
                checksum += (long)scaled * ((1000L * i + j) % 1000003);
            }
        Assert.Equal(16459181394722770L, checksum);
    }

    [Fact]
    public void Points_from_an_offset_continue_the_sequence()
    {
        var all = SobolSequence.Generate(300, 6, skipFirst: false);
        Assert.Equal(all[100..300], SobolSequence.Points(100, 200, 6));
        var far = SobolSequence.Points(1_000_000_007, 2, 4);
        Assert.Equal([0.1287523740902543, 0.9279698533937335, 0.24949695076793432, 0.7190851317718625], far[0]);
        Assert.Equal([0.1912523740902543, 0.1154698533937335, 0.6869969507679343, 0.9065851317718625], far[1]);
    }

    [Theory]
    [InlineData(1, 64)]
    [InlineData(40, 256)]
    [InlineData(1000, 1024)]
    public void Every_dimension_of_the_first_power_of_two_points_is_a_permutation_of_the_dyadic_grid(int dimensions, int n)
    {
        var rows = SobolSequence.Generate(n, dimensions, skipFirst: false);
        for (int j = 0; j < dimensions; j++)
            Assert.Equal(Enumerable.Range(0, n).Select(k => (double)k / n), rows.Select(r => r[j]).Order());
    }

    [Fact]
    public void Dimensions_beyond_the_table_and_bad_ranges_are_rejected()
    {
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Generate(4, SobolSequence.MaxDimension + 1)).ParamName);
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Generate(4, 0)).ParamName);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Generate(-1, 2)).ParamName);
        Assert.Equal("start", Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Points(-1, 2, 2)).ParamName);
        Assert.Equal("n", Assert.ThrowsAny<ArgumentException>(() => SobolSequence.Points(uint.MaxValue, 2, 2)).ParamName);
        Assert.Single(SobolSequence.Points(uint.MaxValue, 1, 2));
    }
}
