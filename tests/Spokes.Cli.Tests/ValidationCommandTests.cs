namespace Spokes.Cli.Tests;

/// <summary>
/// `spokes validate` and `spokes episodes` in the seeded, small configurations docs/validation.md quotes: every line
/// they print must be in the doc, so the doc cannot drift from the program. (The full runs are in the Long category.)
/// </summary>
public class ValidationCommandTests
{
    public static readonly string[] SmallValidate = ["validate", "--origins", "2005-2019", "--every", "7", "--walkers", "12", "--steps", "60", "--draws", "10"];
    public static readonly string[] SmallEpisodes = ["episodes", "--draws", "10", "--walkers", "12", "--steps", "40"];

    private static void AssertDocHolds((int Code, string Out, string Err) run, string what)
    {
        Assert.True(run.Code == 0, run.Err);
        var doc = File.ReadAllText(Path.Combine(Cli.Root, "docs", "validation.md"));
        foreach (var line in run.Out.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith("episodes: ", StringComparison.Ordinal)))
            Assert.True(doc.Contains(line.TrimEnd()), $"docs/validation.md lacks the {what} line: {line}");
    }

    [Fact]
    public void Validate_small_prints_what_docs_validation_reports() => AssertDocHolds(Cli.Run(SmallValidate), "validate");

    [Fact]
    public void Episodes_small_prints_what_docs_validation_reports() =>
        AssertDocHolds(Cli.Run([.. SmallEpisodes, Path.Combine(Cli.Root, "scenarios", "episodes")]), "episodes");

    [Fact]
    public void Validate_refuses_a_bad_origin_range_with_exit_2()
    {
        var (code, _, err) = Cli.Run(["validate", "--origins", "2020-2010"]);
        Assert.Equal(2, code);
        Assert.Contains("origins", err);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("episodes")]
    public void Too_few_walkers_is_a_usage_error_not_a_crash(string command)
    {
        var (code, _, err) = Cli.Run([command, "--walkers", "4"]);
        Assert.Equal(2, code);
        Assert.Contains("walkers", err);
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Full_validation_and_episodes_run_to_the_end()
    {
        Assert.Equal(0, Cli.Run(["validate"]).Code);
        Assert.Equal(0, Cli.Run(["episodes", Path.Combine(Cli.Root, "scenarios", "episodes")]).Code);
    }
}

public class PosteriorRunTests
{
    [Fact]
    public void Run_with_posterior_prints_medians_and_intervals_and_is_reproducible()
    {
        var a = Cli.Run(["run", "--posterior", "6"]);
        Assert.True(a.Code == 0, a.Err);
        Assert.Contains("uncertainty: 6 draws", a.Out);
        Assert.Matches(@"allied spending %GDP\s+\d\.\d\d \[\d\.\d\d, \d\.\d\d\] \[\d\.\d\d, \d\.\d\d\]", a.Out);
        Assert.Equal(a.Out, Cli.Run(["run", "--posterior", "6"]).Out);
        Assert.Equal(2, Cli.Run(["run", "--posterior", "1"]).Code);
    }
}

public class PosteriorHindcastTests
{
    [Fact]
    public void Hindcast_with_posterior_prints_intervals_and_their_coverage()
    {
        var (code, output, err) = Cli.Run(["hindcast", "--posterior", "6",
            Path.Combine(Cli.Root, "scenarios", "history-2017-2024.yaml"),
            "--parameters", Path.Combine(Cli.Root, "scenarios", "calibrated-parameters.yaml")]);
        Assert.True(code == 0, err);
        Assert.Contains("posterior hindcast: 6 draws from the posterior on allied spending 2013–2020 (never later)", output);
        Assert.Matches(@"coverage: 50% intervals \d+ of 24, 90% intervals \d+ of 24", output);
    }
}
