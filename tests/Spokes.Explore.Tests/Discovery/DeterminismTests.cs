using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_the_same_trajectory()
    {
        var a = Prim.Run(Synthetic.KnownBox(1000, seed: 7), PrimOptions.Default);
        var b = Prim.Run(Synthetic.KnownBox(1000, seed: 7), PrimOptions.Default);
        Assert.Equal(Describe(a), Describe(b));
    }

    [Fact]
    public void The_same_resampling_seed_gives_the_same_stability_and_another_seed_draws_other_rows()
    {
        var result = Prim.Run(Synthetic.KnownBox(600, seed: 8), PrimOptions.Default);
        int index = result.Select(BoxSelection.BestF1)!.Box.Index;
        var options = new ResampleOptions { Seed = 42, Iterations = 5 };
        var a = result.Resample(index, options);
        var b = result.Resample(index, options);
        Assert.Equal(a.Dimensions, b.Dimensions);
        var c = result.Resample(index, options with { Seed = 43, Method = ResampleMethod.Subsample });
        Assert.Equal(5, c.Options.Iterations);
        Assert.Equal(43, c.Options.Seed);
    }

    [Fact]
    public void The_same_covering_options_give_the_same_boxes()
    {
        var options = new CoveringOptions { Selection = BoxSelection.BestF1, MaxBoxes = 3 };
        var a = Prim.RunCovering(Synthetic.TwoBoxes(1500, seed: 9), PrimOptions.Default, options);
        var b = Prim.RunCovering(Synthetic.TwoBoxes(1500, seed: 9), PrimOptions.Default, options);
        Assert.Equal(PrimReport.Covering(a), PrimReport.Covering(b));
    }

    private static string[] Describe(PrimResult r) =>
        r.Trajectory.Select(b => $"{b.Index} {b.Phase} {b.Count} {b.CasesOfInterest} {string.Join(";", b.Limits)}").ToArray();
}
