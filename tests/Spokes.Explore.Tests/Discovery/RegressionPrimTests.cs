using MathNet.Numerics.Random;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>PRIM's regression mode on a continuous outcome with a known bump.</summary>
public class RegressionPrimTests
{
    /// <summary>y = 3 inside x0 ∈ [0.2, 0.6] × x1 ∈ [0.5, 1], 0 outside, plus N(0, 1)-ish noise; x2–x4 irrelevant.</summary>
    private static (Table X, double[] Y) Bump(int n, int seed, double height = 3)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var rows = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = Enumerable.Range(0, 5).Select(_ => random.NextDouble()).ToArray();
            bool inBox = rows[i][0] >= 0.2 && rows[i][0] <= 0.6 && rows[i][1] >= 0.5;
            double noise = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2;
            y[i] = (inBox ? height : 0) + noise;
        }
        return (Table.FromRows(["x0", "x1", "x2", "x3", "x4"], rows), y);
    }

    [Theory]
    [InlineData(PeelObjective.Original)]
    [InlineData(PeelObjective.Lenient1)]
    [InlineData(PeelObjective.Lenient2)]
    public void Peeling_raises_the_mean_and_finds_the_bump(PeelObjective objective)
    {
        var (x, y) = Bump(2000, 1);
        var result = Prim.Run(PrimInput.Continuous(x, y), new PrimOptions { Objective = objective });
        // The box of highest mean with at least 15% of the rows (the bump holds 20%).
        var box = result.Trajectory.Where(b => b.Mass >= 0.15).MaxBy(b => b.Mean)!;
        Assert.True(box.Mean > 2.5, $"mean {box.Mean}");
        // Peeling on the mean also trims noise a little (here x2 ≥ 0.05, x4 ≤ 0.92): the bump's two inputs are
        // restricted to its limits, any other input keeps at least 85% of its range.
        Assert.Contains("x0", box.Restrictions.Select(r => r.Name));
        Assert.Contains("x1", box.Restrictions.Select(r => r.Name));
        Assert.All(box.Restrictions.Where(r => r.Name is not ("x0" or "x1")), r => Assert.True(r.Upper - r.Lower > 0.85, $"{r.Name} {r}"));
        Assert.InRange(box.Limit("x0").Lower, 0.15, 0.25);
        Assert.InRange(box.Limit("x0").Upper, 0.55, 0.65);
        Assert.InRange(box.Limit("x1").Lower, 0.45, 0.55);
        Assert.True(double.IsNaN(box.Coverage));
        Assert.Empty(result.SelectBox(box.Index).QuasiP);
        for (int i = 1; i < result.Trajectory.Count; i++)
            if (result.Trajectory[i].Phase == PrimPhase.Peel) Assert.True(result.Trajectory[i].Mass < result.Trajectory[i - 1].Mass);
    }

    [Fact]
    public void Minimising_finds_a_dip_and_the_mean_is_in_the_outcomes_units()
    {
        var (x, y) = Bump(2000, 2);
        var negated = y.Select(v => -v + 10).ToArray(); // a dip to 7 in a plain of 10
        var result = Prim.Run(PrimInput.Continuous(x, negated, maximise: false), PrimOptions.Default);
        Assert.Equal(negated.Average(), result.Trajectory[0].Mean, 10);
        var box = result.Trajectory.Where(b => b.Mass >= 0.15).MinBy(b => b.Mean)!;
        Assert.True(box.Mean < 7.5, $"mean {box.Mean}");
        Assert.Contains("x0", box.Restrictions.Select(r => r.Name));
        Assert.Contains("x1", box.Restrictions.Select(r => r.Name));
        var text = PrimReport.Format(result, result.SelectBox(box.Index));
        Assert.Contains("regression mode, lowering the mean", text);
        Assert.Contains("x0", text[text.IndexOf("Box ", StringComparison.Ordinal)..]);
        Assert.Throws<ArgumentException>(() => Prim.RunCovering(PrimInput.Continuous(x, y), PrimOptions.Default, new CoveringOptions { Selection = BoxSelection.BestF1 }));
    }

    [Fact]
    public void A_binary_outcome_gives_the_same_trajectory_as_cases_of_interest()
    {
        // Regression mode on 0/1 values is ordinary PRIM: the shift is 0 and the mean is the density.
        var input = Synthetic.KnownBox(1000, 3);
        var a = Prim.Run(input, PrimOptions.Default).Trajectory;
        var b = Prim.Run(PrimInput.Continuous(input.X, input.Y.Select(v => v ? 1.0 : 0.0).ToArray()), PrimOptions.Default).Trajectory;
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Count, b[i].Count);
            Assert.Equal(a[i].Density, b[i].Mean, 12);
        }
    }
}
