using CsCheck;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Tests.Samplers;

public class LatinHypercubeTests
{
    [Fact]
    public void Every_stratum_of_every_dimension_is_hit_exactly_once()
    {
        Gen.Select(Gen.Int[1, 300], Gen.Int[1, 8], Gen.Int).Sample((n, d, seed) =>
        {
            var rows = new LatinHypercubeSampler().Sample(n, d, seed);
            for (int j = 0; j < d; j++)
            {
                var strata = rows.Select(r => (int)Math.Floor(r[j] * n)).Order();
                if (!strata.SequenceEqual(Enumerable.Range(0, n)))
                    return false;
            }
            return true;
        }, iter: 200);
    }

    [Fact]
    public void Points_are_not_all_at_stratum_centres()
    {
        var rows = new LatinHypercubeSampler().Sample(50, 2, seed: 1);
        Assert.Contains(rows, r => Math.Abs(r[0] * 50 - Math.Floor(r[0] * 50) - 0.5) > 0.1);
    }
}
