using System.Globalization;
using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;

namespace Spokes.Cli.Tests;

/// <summary>`spokes sensitivity --design --outputs` on designs written as SALib writes them.</summary>
public class SensitivityFileTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    private static string Write(string dir, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Salib(double v) => v.ToString("E18", CultureInfo.InvariantCulture); // np.savetxt's %.18e

    [Fact]
    public void Sobol_on_a_salib_style_saltelli_design_matches_the_library_on_the_same_arrays()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-salib-").FullName;
        var unit = SaltelliDesign.Create(256, 3, secondOrder: true);
        var y = Ishigami.Standard.EvaluateUnit(unit);
        var x = Write(dir, "X.txt", unit.Select(r => string.Join(" ", r.Select(Salib))));
        var yFile = Write(dir, "Y.txt", y.Select(Salib));
        var (code, output, err) = Spokes("sensitivity", "--design", x, "--outputs", yFile, "--bootstrap", "50", "--seed", "3");
        Assert.True(code == 0, err);
        var r = SobolAnalysis.Analyze(y.Select(v => double.Parse(Salib(v), CultureInfo.InvariantCulture)).ToArray(), 3, true, 50, 3);
        Assert.Contains($"x1     {r.S1[0].ToString("0.0000", CultureInfo.InvariantCulture)}", output);
        Assert.Contains("y1 (variance", output);
        // Without the second-order rows the same file does not fit: 2048 rows are not a multiple of 5.
        var (code2, _, err2) = Spokes("sensitivity", "--design", x, "--outputs", yFile, "--second-order", "false");
        Assert.Equal(2, code2);
        Assert.Single(err2.Trim().Split('\n'));
    }

    [Fact]
    public void Morris_on_a_scaled_design_equals_morris_on_the_unit_design()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-morris-").FullName;
        var unit = MorrisDesign.Create(30, 3, 4, 2);
        var y = Ishigami.Standard.EvaluateUnit(unit);
        var scaled = unit.Select(r => r.Select(u => -Math.PI + 2 * Math.PI * u).ToArray());
        var x = Write(dir, "X.csv", new[] { "a,b,c" }.Concat(scaled.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))));
        var yFile = Write(dir, "Y.csv", new[] { "ishigami" }.Concat(y.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        var (code, output, err) = Spokes("sensitivity", "--method", "morris", "--design", x, "--outputs", yFile, "--bootstrap", "0");
        Assert.True(code == 0, err);
        var r = MorrisAnalysis.Analyze(unit, y, 0, 0);
        Assert.Matches($@"a\s+\S+\s+{r.MuStar[0].ToString("0.0000", CultureInfo.InvariantCulture)}\s", output);
        Assert.Matches($@"b\s+\S+\s+{r.MuStar[1].ToString("0.0000", CultureInfo.InvariantCulture)}\s", output);
    }

    [Fact]
    public void Rbd_fast_and_rsa_take_any_sample()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-rsa-").FullName;
        var unit = new LatinHypercubeSampler().Sample(2000, 3, 9);
        var x = Write(dir, "X.txt", unit.Select(r => string.Join(" ", r.Select(Salib))));
        var yFile = Write(dir, "Y.txt", unit.Select(r => Salib(r[0] + 2 * r[1])));
        var (code, output, err) = Spokes("sensitivity", "--method", "rbd-fast", "--design", x, "--outputs", yFile, "--bootstrap", "10");
        Assert.True(code == 0, err);
        Assert.Matches(@"x2\s+0\.(7[7-9]|8[0-3])", output);
        var (code2, output2, err2) = Spokes("sensitivity", "--method", "rsa", "--design", x, "--outputs", yFile, "--threshold", "2", "--direction", "above");
        Assert.True(code2 == 0, err2);
        Assert.Matches(@"-\n\s*x2\s", output2);
        Assert.Equal(2, Spokes("sensitivity", "--method", "rsa", "--design", x, "--outputs", yFile).Code);
        var (code3, output3, err3) = Spokes("sensitivity", "--method", "pawn", "--design", x, "--outputs", yFile);
        Assert.True(code3 == 0, err3);
        Assert.Matches(@"x2\s+0\.[4-9]", output3);
        Assert.Equal(2, Spokes("sensitivity", "--method", "fast", "--design", x, "--outputs", yFile).Code);
        Assert.Equal(2, Spokes("sensitivity", "--design", x).Code);
        Assert.Equal(2, Spokes("sensitivity", "--method", "rbd-fast").Code);
    }
}
