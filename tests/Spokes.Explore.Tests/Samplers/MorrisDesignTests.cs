using CsCheck;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

public class MorrisDesignTests
{
    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(4, 2 / 3.0)]
    [InlineData(6, 0.6)]
    public void Delta_is_p_over_2_p_minus_1(int levels, double delta) =>
        Assert.Equal(delta, MorrisDesign.Delta(levels), 15);

    [Fact]
    public void Each_step_moves_one_new_factor_by_delta_along_the_grid()
    {
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 8], Gen.Int[1, 4].Select(h => 2 * h), Gen.Int).Sample((r, d, p, seed) =>
        {
            var rows = MorrisDesign.Create(r, d, p, seed);
            double delta = MorrisDesign.Delta(p);
            if (rows.Length != r * (d + 1))
                return false;
            foreach (var row in rows)
                foreach (var u in row)
                    if (u < 0 || u > 1 || Math.Abs(u * (p - 1) - Math.Round(u * (p - 1))) > 1e-9)
                        return false;
            for (int t = 0; t < r; t++)
            {
                var moved = new HashSet<int>();
                for (int k = 0; k < d; k++)
                {
                    var (from, to) = (rows[t * (d + 1) + k], rows[t * (d + 1) + k + 1]);
                    var changed = Enumerable.Range(0, d).Where(j => from[j] != to[j]).ToList();
                    if (changed.Count != 1 || !moved.Add(changed[0]))
                        return false;
                    if (Math.Abs(Math.Abs(to[changed[0]] - from[changed[0]]) - delta) > 1e-12)
                        return false;
                }
            }
            return true;
        }, iter: 200);
    }

    [Fact]
    public void Base_points_cover_both_directions_and_every_start_level()
    {
        var rows = MorrisDesign.Create(400, 2, 4, seed: 1);
        var starts = rows.Where((_, i) => i % 3 == 0).Select(r => r[0]).Distinct().Order().ToArray();
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1], starts, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Same_seed_same_design_and_bad_arguments_are_rejected()
    {
        Assert.Equal(MorrisDesign.Create(10, 4, 4, seed: 7), MorrisDesign.Create(10, 4, 4, seed: 7));
        Assert.NotEqual(MorrisDesign.Create(10, 4, 4, seed: 7), MorrisDesign.Create(10, 4, 4, seed: 8));
        Assert.Equal("levels", Assert.ThrowsAny<ArgumentException>(() => MorrisDesign.Create(10, 4, 3, seed: 0)).ParamName);
        Assert.Equal("levels", Assert.ThrowsAny<ArgumentException>(() => MorrisDesign.Delta(0)).ParamName);
        Assert.Equal("trajectories", Assert.ThrowsAny<ArgumentException>(() => MorrisDesign.Create(0, 4, 4, seed: 0)).ParamName);
        Assert.Equal("dimensions", Assert.ThrowsAny<ArgumentException>(() => MorrisDesign.Create(1, 0, 4, seed: 0)).ParamName);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
