using CsCheck;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

public sealed class NondominatedSortTests
{
    [Fact]
    public void Known_fronts_and_crowding_distances()
    {
        double[][] points = [[1, 5], [2, 3], [4, 1], [3, 4], [5, 5], [2, 3]];
        var fronts = NondominatedSort.Fronts(points);
        Assert.Equal([0, 1, 2, 5], fronts[0]);
        Assert.Equal([3], fronts[1]);
        Assert.Equal([4], fronts[2]);
        var d = NondominatedSort.CrowdingDistance(points, [0, 1, 2]);
        Assert.Equal(double.PositiveInfinity, d[0]);
        Assert.Equal(double.PositiveInfinity, d[2]);
        // (4 − 1)/(4 − 1) + (5 − 1)/(5 − 1)
        Assert.Equal(2.0, d[1], 1e-15);
    }

    private static readonly Gen<double[][]> Sets = Gen.Int[0, 5].Array[3].Select(p => p.Select(v => (double)v).ToArray()).Array[1, 30];

    [Fact]
    public void Fronts_partition_the_points_and_each_front_is_dominated_only_by_earlier_ones() =>
        Sets.Sample(points =>
        {
            var fronts = NondominatedSort.Fronts(points);
            Assert.Equal(Enumerable.Range(0, points.Length), fronts.SelectMany(f => f).Order());
            for (int f = 0; f < fronts.Count; f++)
            {
                foreach (var p in fronts[f])
                {
                    Assert.DoesNotContain(fronts[f], q => Dominance.Dominates(points[q], points[p]));
                    if (f > 0) Assert.Contains(fronts[f - 1], q => Dominance.Dominates(points[q], points[p]));
                }
            }
        });
}
