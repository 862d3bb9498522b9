using System.Globalization;
using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;

namespace Spokes.Cli.Tests;

/// <summary>`spokes sensitivity --out DIR` writes the indices as CSV (docs/sensitivity.md): run the command, read the files.</summary>
public class SensitivityCsvTests
{
    private static string Folder() => Path.Combine(Directory.CreateTempSubdirectory("spokes-sens-csv-").FullName, "out");

    private static (string[] Header, List<string[]> Rows) Read(string path)
    {
        var lines = File.ReadAllLines(path);
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Sobol_on_ishigami_writes_the_indices_the_analysis_computes_and_every_pair()
    {
        var folder = Folder();
        var (code, output, err) = Cli.Run("sensitivity", "--model", "ishigami", "--n", "256", "--bootstrap", "20", "--seed", "4", "--out", folder);
        Assert.True(code == 0, err);
        Assert.Contains(Path.Combine(folder, "sobol.csv"), output);
        Assert.True(File.Exists(Path.Combine(folder, "sensitivity.txt")));

        var unit = SaltelliDesign.Create(256, 3, secondOrder: true);
        var r = SobolAnalysis.Analyze(Ishigami.Standard.EvaluateUnit(unit), 3, secondOrder: true, bootstrap: 20, seed: 4);
        var (header, rows) = Read(Path.Combine(folder, "sobol.csv"));
        Assert.Equal(["outcome", "input", "S1", "S1_conf", "ST", "ST_conf", "variance"], header);
        Assert.Equal(3, rows.Count);
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(["ishigami", $"x{j + 1}"], rows[j][..2]);
            Assert.Equal(r.S1[j], D(rows[j][2]));
            Assert.Equal(r.S1Conf[j], D(rows[j][3]));
            Assert.Equal(r.ST[j], D(rows[j][4]));
            Assert.Equal(r.STConf[j], D(rows[j][5]));
            Assert.Equal(r.Variance, D(rows[j][6]));
        }
        // x2 carries the largest first-order share (analytic 0.4424), x3 none (0).
        Assert.True(D(rows[1][2]) > D(rows[0][2]) && Math.Abs(D(rows[2][2])) < 0.1);

        var (h2, pairs) = Read(Path.Combine(folder, "sobol-s2.csv"));
        Assert.Equal(["outcome", "input_a", "input_b", "S2", "S2_conf"], h2);
        Assert.Equal([["x1", "x2"], ["x1", "x3"], ["x2", "x3"]], pairs.Select(p => p[1..3]));
        Assert.Equal(r.S2[0][2], D(pairs[1][3])); // x1 × x3, Ishigami's one interaction
    }

    [Fact]
    public void Morris_on_the_model_writes_one_row_per_outcome_and_input()
    {
        var folder = Folder();
        var (code, output, err) = Cli.Run("sensitivity", "--method", "morris", "--n", "4", "--bootstrap", "10", "--out", folder);
        Assert.True(code == 0, err);
        var (header, rows) = Read(Path.Combine(folder, "morris.csv"));
        Assert.Equal(["outcome", "input", "mu", "mu_star", "mu_star_conf", "sigma"], header);
        // "scenario NAME, policy P, D uncertainties, K outcomes" heads the printed output.
        var head = output.Split('\n').First(l => l.StartsWith("scenario ", StringComparison.Ordinal));
        var m = System.Text.RegularExpressions.Regex.Match(head, @"(\d+) uncertainties, (\d+) outcomes");
        int d = int.Parse(m.Groups[1].Value), k = int.Parse(m.Groups[2].Value);
        Assert.Equal(d * k, rows.Count);
        Assert.All(rows, r => Assert.True(D(r[3]) >= Math.Abs(D(r[2])) - 1e-12, "μ* ≥ |μ|"));
        Assert.All(rows, r => Assert.True(D(r[5]) >= 0));
        Assert.False(File.Exists(Path.Combine(folder, "sobol.csv")));
    }

    [Fact]
    public void Rbd_fast_pawn_and_rsa_on_a_design_write_their_own_files()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-sens-csv-").FullName;
        var rng = new Random(5);
        var x = Enumerable.Range(0, 400).Select(_ => new[] { rng.NextDouble(), rng.NextDouble() }).ToArray();
        var design = Path.Combine(dir, "X.csv");
        File.WriteAllLines(design, new[] { "a,b" }.Concat(x.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))));
        var outputs = Path.Combine(dir, "Y.csv");
        File.WriteAllLines(outputs, new[] { "y" }.Concat(x.Select(r => (4 * r[0] + 0.1 * r[1]).ToString("R", CultureInfo.InvariantCulture))));
        foreach (var (method, file, extra) in new[] { ("rbd-fast", "rbd-fast.csv", new string[0]), ("pawn", "pawn.csv", []), ("rsa", "rsa.csv", ["--threshold", "2"]) })
        {
            var folder = Path.Combine(dir, method);
            var (code, _, err) = Cli.Run(["sensitivity", "--design", design, "--outputs", outputs, "--method", method, "--bootstrap", "10", .. extra, "--out", folder]);
            Assert.True(code == 0, err);
            var (_, rows) = Read(Path.Combine(folder, file));
            Assert.Equal(2, rows.Count);
            var a = rows.Single(r => r[1] == "a");
            var b = rows.Single(r => r[1] == "b");
            Assert.True(D(a[2]) > D(b[2]), $"{method}: a drives y, so its index leads ({a[2]} against {b[2]})");
        }
    }
}
