using System.Globalization;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>The CSV files a PRIM search is charted from: trajectory, limits with quasi-p, and the pairs-scatter points.</summary>
public class PrimCsvTests
{
    private static string[][] Csv(Action<TextWriter> write)
    {
        var w = new StringWriter();
        write(w);
        return w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_known_box_writes_its_limits_quasi_p_and_points_consistently()
    {
        var input = Synthetic.KnownBox(2000, 1);
        var result = Prim.Run(input, PrimOptions.Default);
        int index = result.Select(BoxSelection.BestF1)!.Box.Index;
        var box = result.Trajectory[index];

        var trajectory = Csv(w => PrimCsv.WriteTrajectory(result, w));
        Assert.Equal("box,phase,coverage,density,mass,rows,of_interest,restricted", string.Join(",", trajectory[0]));
        Assert.Equal(result.Trajectory.Count + 1, trajectory.Length);
        Assert.Equal(box.Count, int.Parse(trajectory[index + 1][5], CultureInfo.InvariantCulture));
        Assert.Equal(box.Density, D(trajectory[index + 1][3]));

        var limits = Csv(w => PrimCsv.WriteLimits(result.Inspect(index), w));
        Assert.Equal(new[] { "x0", "x1" }, limits.Skip(1).Select(l => l[0]));
        var x0 = limits[1];
        Assert.Equal(box.Limit("x0").Lower, D(x0[2]));
        Assert.Equal(box.Limit("x0").Upper, D(x0[3]));
        Assert.True(D(x0[7]) < 0.01 && D(x0[8]) < 0.01, "both sides of x0 are significant");
        Assert.True(D(x0[11]) < box.Density - 0.2, "dropping x0 costs density");
        Assert.Equal("", limits[2][8]); // x1 is not restricted from above

        var points = Csv(w => PrimCsv.WritePoints(result.Points(index), w));
        Assert.Equal("row,x0,x1,of_interest,in_box", string.Join(",", points[0]));
        Assert.Equal(input.Count + 1, points.Length);
        var inside = points.Skip(1).Where(p => p[4] == "1").ToArray();
        Assert.Equal(box.Count, inside.Length);
        Assert.Equal(box.CasesOfInterest, inside.Count(p => p[3] == "1"));
        Assert.All(inside, p => Assert.InRange(D(p[1]), box.Limit("x0").Lower, box.Limit("x0").Upper));
        Assert.Equal(input.X["x0"][17], D(points[18][1]));
    }

    [Fact]
    public void Categorical_limits_list_the_allowed_labels_and_regression_mode_writes_the_outcome()
    {
        var input = Synthetic.Categorical(1500, 2);
        var result = Prim.Run(input, PrimOptions.Default);
        int index = result.Select(BoxSelection.BestF1)!.Box.Index;
        var limits = Csv(w => PrimCsv.WriteLimits(result.Inspect(index), w));
        var region = limits.Single(l => l[1] == "categorical");
        Assert.Equal(new[] { "east", "south" }, region[6].Split(';').Order());
        Assert.True(D(region[9]) < 1e-10);

        var y = Enumerable.Range(0, input.Count).Select(i => input.Y[i] ? 2.0 : -1.0).ToArray();
        var regression = Prim.Run(PrimInput.Continuous(input.X, y), PrimOptions.Default);
        var last = regression.Trajectory.Count - 1;
        Assert.StartsWith("box,phase,mean,", string.Join(",", Csv(w => PrimCsv.WriteTrajectory(regression, w))[0]));
        var points = Csv(w => PrimCsv.WritePoints(regression.Points(last), w));
        Assert.Equal("outcome", points[0][^2]);
        Assert.All(points.Skip(1), p => Assert.Contains(p[^2], new[] { "2", "-1" }));
        var regionLimits = Csv(w => PrimCsv.WriteLimits(regression.Inspect(last), w));
        Assert.Contains("dropped_mean", regionLimits[0]);
        Assert.All(regionLimits.Skip(1), l => Assert.Equal("", l[7]));
    }
}
