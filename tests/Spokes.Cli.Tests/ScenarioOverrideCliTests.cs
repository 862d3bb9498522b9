namespace Spokes.Cli.Tests;

/// <summary>Per-ally parameters and starting figures through `spokes run`: bad ones exit 2 with file:line:column.</summary>
public class ScenarioOverrideCliTests
{
    private static string Scenario(string yaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spokes-override-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "s.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Theory]
    [InlineData("parameters:\n  bandwagonWeight: {IND: 1.0}\n", ":2:21: field 'parameters.bandwagonWeight.IND': unknown ally 'IND'")]
    [InlineData("parameters:\n  noSuchWeight: {JPN: 1.0}\n", ":2:3: field 'parameters.noSuchWeight': unknown parameter")]
    [InlineData("actors:\n  JPN: {belief: 1.5}\n", ":2:9: field 'actors.JPN.belief': 1.5 is outside the domain")]
    public void Unknown_ally_or_parameter_exits_2_with_file_line_and_column(string yaml, string expected)
    {
        var path = Scenario(yaml);
        var (code, _, err) = Cli.Run("run", path);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", err);
        Assert.Contains(path + expected, err);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Overrides_run_and_change_the_summary()
    {
        var (code, plain, _) = Cli.Run("run", Scenario("end: 2030\nposture: withdraw\n"));
        var (code2, own, err) = Cli.Run("run", Scenario("end: 2030\nposture: withdraw\nparameters: {bandwagonWeight: {JPN: 4.0}}\nactors: {JPN: {belief: 0.5}}\n"));
        Assert.Equal((0, 0), (code, code2));
        Assert.Equal("", err);
        // The start-year table: Japan's row shows the new belief, Korea's row is unchanged.
        static string Row(string summary, string ally) => summary.Split('\n').First(l => l.StartsWith(ally + " ", StringComparison.Ordinal));
        Assert.Contains(" 0.500 ", Row(own, "JPN"));
        Assert.NotEqual(Row(plain, "JPN"), Row(own, "JPN"));
        Assert.Equal(Row(plain, "KOR"), Row(own, "KOR"));
    }
}
