using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class ReportTests
{
    [Fact]
    public void The_report_is_a_plain_text_table_of_the_trajectory_and_the_box()
    {
        var result = Prim.Run(Synthetic.KnownBox(500, seed: 41), PrimOptions.Default);
        var box = result.Select(BoxSelection.BestF1)!;
        var text = PrimReport.Format(result, box);
        Assert.Contains("box  phase  coverage  density   mass", text);
        Assert.Contains("  0  start     1.000", text);
        Assert.Contains($"Box {box.Box.Index} (", text);
        Assert.Contains("x0         lower", text);
        Assert.Contains("quasi-p", text);
        Assert.DoesNotContain(",", text.Split('\n').Last(l => l.StartsWith("  0")));
    }

    [Fact]
    public void Stability_and_covering_reports_list_every_dimension_and_box()
    {
        var result = Prim.Run(Synthetic.KnownBox(400, seed: 42), PrimOptions.Default);
        var stability = result.Resample(result.Trajectory.Count - 1, new ResampleOptions { Seed = 3, Iterations = 3 });
        var text = PrimReport.Stability(stability);
        Assert.Contains("3 bootstrap, seed 3", text);
        foreach (var name in new[] { "x0", "x1", "x2", "x3", "x4" }) Assert.Contains(name, text);
        var covering = Prim.RunCovering(Synthetic.TwoBoxes(800, seed: 43), PrimOptions.Default,
            new CoveringOptions { Selection = BoxSelection.BestF1, MaxBoxes = 2 });
        var coveringText = PrimReport.Covering(covering);
        Assert.Contains("Covering: ", coveringText);
        Assert.Contains("Covering box 1", coveringText);
    }
}
