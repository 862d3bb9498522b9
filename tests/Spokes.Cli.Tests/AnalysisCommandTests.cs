using System.Globalization;
using System.Text.RegularExpressions;

namespace Spokes.Cli.Tests;

/// <summary>`spokes score` and the discovery methods on CSVs whose answer is known.</summary>
public class AnalysisCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    /// <summary>A CSV of ten inputs x0..x9 uniform in [0, 1] (plus a run id) and outcomes computed from them.</summary>
    internal static string TenInputCsv(int n, int seed, params (string Name, Func<double[], double> F)[] outcomes)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-analysis-").FullName;
        var path = Path.Combine(dir, "runs.csv");
        var r = new Random(seed);
        var lines = new List<string> { "run," + string.Join(",", Enumerable.Range(0, 10).Select(j => $"x{j}")) + "," + string.Join(",", outcomes.Select(o => o.Name)) };
        for (int i = 0; i < n; i++)
        {
            var x = Enumerable.Range(0, 10).Select(_ => r.NextDouble()).ToArray();
            lines.Add($"r{i}," + string.Join(",", x.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))
                + "," + string.Join(",", outcomes.Select(o => o.F(x).ToString("R", CultureInfo.InvariantCulture))));
        }
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string[] RankedInputs(string output) =>
        Regex.Matches(output, @"^\s*\d+\s+(x\d)\s", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

    [Theory]
    [InlineData("extra-trees")]
    [InlineData("random-forest")]
    [InlineData("f")]
    public void Score_ranks_the_two_inputs_the_outcome_depends_on_first(string method)
    {
        var csv = TenInputCsv(400, 1, ("y", x => 2 * x[3] + x[6] * x[6]));
        var (code, output, err) = Spokes("score", csv, "--outcome", "y", "--method", method, "--ignore", "run", "--trees", "40", "--resamples", "4");
        Assert.True(code == 0, err);
        var ranked = RankedInputs(output);
        Assert.Equal(10, ranked.Length);
        Assert.Equal(new[] { "x3", "x6" }, ranked.Take(2).Order());
    }

    [Fact]
    public void Score_chi2_needs_a_threshold_and_then_finds_the_inputs()
    {
        var csv = TenInputCsv(500, 2, ("y", x => x[1] + x[8]));
        Assert.Equal(2, Spokes("score", csv, "--outcome", "y", "--method", "chi2", "--ignore", "run").Code);
        var (code, output, err) = Spokes("score", csv, "--outcome", "y", "--method", "chi2", "--ignore", "run", "--threshold", "1.3", "--direction", "above", "--resamples", "0");
        Assert.True(code == 0, err);
        Assert.Equal(new[] { "x1", "x8" }, RankedInputs(output).Take(2).Order());
    }

    [Fact]
    public void Score_is_the_same_at_one_and_two_threads()
    {
        var csv = TenInputCsv(200, 3, ("y", x => x[0] * x[9]));
        var a = Spokes("score", csv, "--outcome", "y", "--ignore", "run", "--trees", "20", "--resamples", "3", "--threads", "1");
        var b = Spokes("score", csv, "--outcome", "y", "--ignore", "run", "--trees", "20", "--resamples", "3", "--threads", "2");
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }

    [Theory]
    [InlineData("--method", "magic")]
    [InlineData("--trees", "0")]
    [InlineData("--resamples", "-1")]
    [InlineData("--max-features", "1.5")]
    [InlineData("--direction", "sideways")]
    [InlineData("--ignore", "nosuch")]
    public void Score_usage_errors_exit_2_with_one_line(string option, string value)
    {
        var csv = TenInputCsv(20, 4, ("y", x => x[0]));
        var (code, _, err) = Spokes("score", csv, "--outcome", "y", option, value);
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }
}
