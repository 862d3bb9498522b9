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

/// <summary>`spokes reevaluate` checks the constraints scenario by scenario on the fresh ensemble.</summary>
public sealed class ReevaluateConstraintTests
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_share_of_scenarios_meeting_each_constraint_is_the_share_counted_from_the_outcomes()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-reevaluate-constraints-").FullName;
        var set = Cli.WritePolicies(dir, Cli.KeepPolicy, Cli.PhaseOutPolicy);
        var scenario = Path.Combine(dir, "short.yaml");
        File.WriteAllText(scenario, "end: 2020\n");
        var first = Cli.Run("reevaluate", set, scenario, "--scenarios", "20", "--out", Path.Combine(dir, "a"));
        Assert.True(first.Code == 0, first.Err);
        var rows = File.ReadAllLines(Path.Combine(dir, "a", "outcomes.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(40, rows.Length);
        double[] Of(string policy, int column) => rows.Where(r => r[0] == policy).Select(r => D(r[column])).ToArray();
        // Bounds that p1 meets in exactly 7 (distancing at most its 7th smallest) and 6 (capability at least its 15th
        // smallest) of the 20 scenarios; the distancing bound comes from the scenario file, the other from the flag.
        var distancing = Of("p1", 3).Order().ToArray();
        var capability = Of("p1", 2).Order().ToArray();
        Assert.Equal(20, distancing.Distinct().Count());
        string d = distancing[6].ToString("R", CultureInfo.InvariantCulture), c = capability[14].ToString("R", CultureInfo.InvariantCulture);
        File.WriteAllText(scenario, $"end: 2020\nexperiments:\n  constraints: [distancing<={d}]\n");
        var (code, output, err) = Cli.Run("reevaluate", set, scenario, "--scenarios", "20", "--constraint", $"capability>={c}", "--out", Path.Combine(dir, "b"));
        Assert.True(code == 0, err);
        Assert.Contains("share of the 20 scenarios in which each constraint holds", output);
        var table = File.ReadAllLines(Path.Combine(dir, "b", "reevaluation.csv"));
        var header = table[0].Split(',');
        Assert.Equal(["holds distancing<=" + d, "holds capability>=" + c, "holds all at once"], header[^3..]);
        var p1 = table[1].Split(',');
        Assert.Equal(7 / 20.0, D(p1[^3]));
        Assert.Equal(6 / 20.0, D(p1[^2]));
        // Both at once, and p2, counted here from the outcomes file.
        double Share(string policy, Func<double, double, bool> holds) =>
            Of(policy, 2).Zip(Of(policy, 3)).Count(t => holds(t.First, t.Second)) / 20.0;
        Assert.Equal(Share("p1", (cap, dist) => cap >= D(c) && dist <= D(d)), D(p1[^1]));
        var p2 = table[2].Split(',');
        Assert.Equal(Share("p2", (_, dist) => dist <= D(d)), D(p2[^3]));
        Assert.Equal(Share("p2", (cap, _) => cap >= D(c)), D(p2[^2]));
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "a", "outcomes.csv")), File.ReadAllText(Path.Combine(dir, "b", "outcomes.csv")));

        var bad = Cli.Run("reevaluate", set, "--constraint", "happiness>=1");
        Assert.Equal(2, bad.Code);
        Assert.Single(bad.Err.Trim().Split('\n'));
    }

    [Fact]
    public void With_worst_case_the_table_gains_the_worst_value_searched_per_outcome()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-reevaluate-worst-").FullName;
        var set = Cli.WritePolicies(dir, Cli.KeepPolicy);
        var (code, output, err) = Cli.Run("reevaluate", set, "--scenarios", "5", "--worst-case", "2", "--out", dir);
        Assert.True(code == 0, err);
        var table = File.ReadAllLines(Path.Combine(dir, "reevaluation.csv"));
        var header = table[0].Split(',');
        Assert.Equal(["capability worst searched", "distancing worst searched", "spending worst searched"], header[^3..]);
        var row = table[1].Split(',');
        // The printed worst-case table shows the same values to three decimals: "p1  1.234 (1.250)  …".
        var printed = Regex.Match(output, @"^p1\s+(\S+) \(\S+\)\s+(\S+) \(\S+\)\s+(\S+) \(", RegexOptions.Multiline);
        Assert.True(printed.Success, output);
        for (int o = 0; o < 3; o++)
            Assert.Equal(printed.Groups[o + 1].Value, D(row[^(3 - o)]).ToString("0.000", CultureInfo.InvariantCulture));
        // Capability is maximised: its worst found is no better than its mean over the sample.
        Assert.True(D(row[^3]) <= D(row[Array.IndexOf(header, "capability mean")]));
    }
}
