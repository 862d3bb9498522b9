using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class CoveringTests
{
    [Fact]
    public void Covering_finds_both_boxes_one_after_the_other()
    {
        var input = Synthetic.TwoBoxes(3000, seed: 21);
        var result = Prim.RunCovering(input, PrimOptions.Default,
            new CoveringOptions { Selection = BoxSelection.MinDensity(0.9), MaxBoxes = 4 });
        Assert.True(result.Boxes.Count >= 2, PrimReport.Covering(result));
        var slab = result.Boxes[0].Selected.Box;
        Assert.Equal(0.25, slab.Limit("x0").Upper, 0.05);
        Assert.Equal(["x0"], slab.Restrictions.Select(r => r.Name));
        var corner = result.Boxes[1].Selected.Box;
        Assert.Equal(0.6, corner.Limit("x1").Lower, 0.05);
        Assert.Equal(0.6, corner.Limit("x2").Lower, 0.05);
        Assert.True(result.TotalCoverage > 0.75, PrimReport.Covering(result));
        Assert.Equal(1, result.Boxes[0].Number);
        Assert.True(result.Boxes[1].Search.PopulationCount < input.Count);
    }

    [Fact]
    public void The_boxes_of_a_covering_sequence_share_no_rows()
    {
        var input = Synthetic.TwoBoxes(1500, seed: 22);
        var result = Prim.RunCovering(input, PrimOptions.Default,
            new CoveringOptions { Selection = BoxSelection.BestF1, MaxBoxes = 3 });
        int covered = result.Boxes.Sum(b => b.Selected.Box.Count);
        Assert.Equal(input.Count, covered + result.RemainingRows);
        int interest = result.Boxes.Sum(b => b.Selected.Box.CasesOfInterest);
        Assert.Equal(input.CasesOfInterest, interest + result.RemainingCasesOfInterest);
    }

    [Fact]
    public void Covering_stops_when_no_box_meets_the_rule()
    {
        var result = Prim.RunCovering(Synthetic.TwoBoxes(1000, seed: 23), PrimOptions.Default,
            new CoveringOptions { Selection = BoxSelection.MinDensity(1.0), MaxBoxes = 5 });
        Assert.Empty(result.Boxes);
        Assert.Contains("no box meets the rule", result.StopReason);
    }
}
