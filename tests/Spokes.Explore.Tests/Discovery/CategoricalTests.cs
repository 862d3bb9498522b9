using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>A box on a categorical column: cases of interest sit in region ∈ {east, south} with x1 ≥ 0.4.</summary>
public sealed class CategoricalTests
{
    [Fact]
    public void Peeling_removes_whole_categories_and_finds_the_two_regions()
    {
        var input = Synthetic.Categorical(2000, seed: 11);
        Assert.Equal(["east", "north", "south", "west"], input.X["region"].Categories);
        var result = Prim.Run(input, PrimOptions.Default);
        var selected = result.Select(BoxSelection.BestF1)!;
        var region = selected.Box.Limit("region");
        Assert.Equal(ColumnKind.Categorical, region.Kind);
        Assert.Equal(["east", "south"], region.AllowedCategories);
        Assert.True(double.IsNaN(region.Lower));
        Assert.Equal(0.4, selected.Box.Limit("x1").Lower, 0.05);
        Assert.False(selected.Box.Limit("x2").IsRestricted);
        var q = Assert.Single(selected.QuasiPFor("region"));
        Assert.Equal(BoxSide.Categories, q.Side);
        Assert.True(q.PValue < 0.01);
        Assert.Equal("{east, south}", region.ToString());
    }

    [Fact]
    public void Each_peel_of_a_categorical_column_drops_exactly_one_category()
    {
        var result = Prim.Run(Synthetic.Categorical(800, seed: 12), PrimOptions.Default);
        var counts = result.Trajectory.Select(b => b.Limit("region").AllowedCodes.Count).ToArray();
        for (int i = 1; i < counts.Length; i++)
        {
            if (result.Trajectory[i].Phase == PrimPhase.Peel) Assert.InRange(counts[i - 1] - counts[i], 0, 1);
            else Assert.InRange(counts[i] - counts[i - 1], 0, 1);
        }
        Assert.All(counts, c => Assert.True(c >= 1));
    }

    [Fact]
    public void A_box_contains_exactly_the_rows_it_counts()
    {
        var input = Synthetic.Categorical(800, seed: 13);
        var result = Prim.Run(input, PrimOptions.Default);
        foreach (var box in result.Trajectory)
        {
            var inside = Enumerable.Range(0, input.Count).Where(r => box.Contains(input.X, r)).ToArray();
            Assert.Equal(box.Count, inside.Length);
            Assert.Equal(box.CasesOfInterest, inside.Count(r => input.Y[r]));
        }
    }
}
