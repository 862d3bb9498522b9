using CsCheck;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

public sealed class EpsilonArchiveTests
{
    /// <summary>A solution with objectives only, as the archive sees it.</summary>
    private static Solution Point(params double[] f) => new([], f, []);

    [Fact]
    public void One_solution_per_box_the_one_nearer_the_corner_or_the_dominant_one()
    {
        var archive = new EpsilonArchive([0.1, 0.1]);
        Assert.True(archive.Add(Point(0.55, 0.55)));
        Assert.False(archive.Add(Point(0.58, 0.52)));   // same box, neither dominates, farther from the corner (0.5, 0.5)
        Assert.True(archive.Add(Point(0.51, 0.52)));    // same box, dominates
        Assert.Equal([0.51, 0.52], archive.Members.Single().Objectives);
        Assert.True(archive.Add(Point(0.31, 0.79)));    // another box, not box-dominated
        Assert.Equal(2, archive.Count);
        Assert.False(archive.Add(Point(0.61, 0.61)));   // box (6, 6) is dominated by box (5, 5)
        Assert.True(archive.Add(Point(0.2, 0.2)));      // box (2, 2) dominates both
        Assert.Equal([0.2, 0.2], archive.Members.Single().Objectives);
    }

    [Fact]
    public void Invalid_epsilons_and_counts_throw()
    {
        Assert.Throws<ArgumentException>(() => new EpsilonArchive([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonArchive([0.1, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EpsilonArchive([double.NaN]));
        Assert.Throws<ArgumentException>(() => new EpsilonArchive([0.1, 0.1]).Add(Point(1, 2, 3)));
    }

    [Fact]
    public void The_archive_is_an_epsilon_approximation_of_everything_offered() =>
        Gen.Double[0, 1].Array[3].Array[1, 80].Sample(points =>
        {
            var archive = new EpsilonArchive([0.1, 0.2, 0.05]);
            foreach (var p in points) archive.Add(Point(p));
            var boxes = archive.Members.Select(m => archive.Box(m.Objectives)).ToArray();
            for (int i = 0; i < boxes.Length; i++)
                for (int j = 0; j < boxes.Length; j++)
                    if (i != j)
                    {
                        Assert.False(boxes[i].SequenceEqual(boxes[j]));
                        Assert.False(Dominance.Dominates(boxes[i], boxes[j]));
                    }
            // Every offered point's box is weakly dominated by some member's box.
            foreach (var p in points)
            {
                var box = archive.Box(p);
                Assert.Contains(boxes, b => b.Zip(box).All(t => t.First <= t.Second));
            }
        });
}
