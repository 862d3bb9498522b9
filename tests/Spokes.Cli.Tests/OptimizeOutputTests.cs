using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Spokes.Cli.Tests;

/// <summary>What `spokes optimize --out DIR` writes beside pareto.csv: convergence.csv and the set in parallel coordinates.</summary>
public sealed class OptimizeOutputTests
{
    private static readonly string[] Columns =
    [
        "generation", "evaluations", "archive_size", "hypervolume", "hypervolume_exact", "epsilon_progress",
        "generational_distance", "inverted_generational_distance", "additive_epsilon",
    ];

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void On_zdt1_the_program_writes_one_row_per_generation_and_the_distances_to_the_front_fall()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("spokes-convergence-").FullName, "new");
        var (code, output, err) = Cli.RunIn(Cli.Root, "optimize", "--problem", "zdt1", "--population", "40", "--generations", "60", "--seed", "3", "--out", dir);
        Assert.True(code == 0, err);
        Assert.Contains("convergence.csv", output);
        var lines = File.ReadAllLines(Path.Combine(dir, "convergence.csv"));
        Assert.Equal(string.Join(",", Columns), lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(61, rows.Length);
        for (int g = 0; g < rows.Length; g++)
        {
            Assert.Equal(g.ToString(CultureInfo.InvariantCulture), rows[g][0]);
            Assert.Equal((40 * (g + 1)).ToString(CultureInfo.InvariantCulture), rows[g][1]);
            Assert.Equal("true", rows[g][4]);
            if (g > 0) Assert.True(int.Parse(rows[g][5], CultureInfo.InvariantCulture) >= int.Parse(rows[g - 1][5], CultureInfo.InvariantCulture));
        }
        Assert.True(D(rows[^1][3]) > D(rows[0][3]));
        // GD, IGD and ε+ against 1,001 points of f₂ = 1 − √f₁: far at first, much nearer after 60 generations.
        foreach (int c in new[] { 6, 7, 8 }) Assert.True(D(rows[^1][c]) < D(rows[0][c]) / 3, $"{Columns[c]}: {rows[0][c]} → {rows[^1][c]}");
        Assert.Contains("GD ", output);

        var docs = File.ReadAllText(Path.Combine(Cli.Root, "docs", "optimization.md"));
        foreach (var column in Columns) Assert.Contains($"`{column}`", docs);
    }

    [Fact]
    public void A_policy_search_leaves_the_distances_empty_and_draws_one_line_per_policy_on_named_axes()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-parcoords-").FullName;
        var (code, output, err) = Cli.Run("optimize", "--population", "12", "--generations", "3", "--scenarios", "4", "--out", dir);
        Assert.True(code == 0, err);
        var history = File.ReadAllLines(Path.Combine(dir, "convergence.csv"));
        Assert.Equal(5, history.Length);
        Assert.All(history.Skip(1), l => Assert.EndsWith(",,,", l));

        var pareto = File.ReadAllLines(Path.Combine(dir, "pareto.csv"));
        var header = pareto[0].Split(',');
        Assert.True(File.Exists(Path.Combine(dir, "parcoords-pareto.png")));
        var svg = XDocument.Load(Path.Combine(dir, "parcoords-pareto.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        // Every numeric lever and every objective is an axis (the categorical commitment colours the lines instead).
        var axes = header.Skip(1).ToArray();
        Assert.Equal(13, axes.Length);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        foreach (var axis in axes) Assert.Contains(axis, texts);
        // One polyline per solution: a path through one vertex per axis.
        int lines = svg.Descendants(ns + "path").Count(p => (string?)p.Attribute("stroke-width") == "1.2"
            && Regex.Matches((string?)p.Attribute("d") ?? "", "[ML]").Count == axes.Length);
        Assert.Equal(pareto.Length - 1, lines);
        Assert.Contains($"Pareto set: {pareto.Length - 1} non-dominated policies", texts);
    }

    [Theory]
    [InlineData("--problem", "zdt3")]
    [InlineData("--problem", "zdt1", "--scenarios", "3")]
    [InlineData("--problem", "dtlz2", "--robustness", "mean")]
    [InlineData("--problem", "dtlz2", "--constraint", "distancing<=1")]
    [InlineData("--problem", "zdt1", "scenarios/default.yaml")]
    public void A_test_problem_refuses_what_only_the_policy_search_reads(params string[] args)
    {
        var (code, _, err) = Cli.Run(["optimize", .. args]);
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }
}
