namespace Spokes.Cli.Tests;

public class HistoryCommandTests
{
    private static readonly string Root = Cli.Root;


    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    [Fact]
    public void Hindcast_prints_the_table_that_docs_validation_reports()
    {
        var (code, output, err) = Spokes("hindcast",
            Path.Combine(Root, "scenarios", "history-2017-2024.yaml"),
            "--parameters", Path.Combine(Root, "scenarios", "calibrated-parameters.yaml"));
        Assert.True(code == 0, err);
        Assert.Contains("pooled", output);
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "validation.md"));
        foreach (var line in output.Split('\n').Skip(1).Where(l => l.Trim().Length > 0))
            Assert.True(doc.Contains(line.TrimEnd()), $"docs/validation.md lacks the hindcast line: {line}");
    }

    [Fact]
    public void Hindcast_writes_csv()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory().FullName, "new", "folder");
        var (code, _, err) = Spokes("hindcast", Path.Combine(Root, "scenarios", "history-2017-2024.yaml"),
            "--parameters", Path.Combine(Root, "scenarios", "calibrated-parameters.yaml"), "--out", dir);
        Assert.True(code == 0, err);
        var path = Path.Combine(dir, "hindcast.csv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("ally,year,observed,model,persistence,trend", lines[0]);
        Assert.Equal(1 + 6 * 4, lines.Length);
    }

    [Fact]
    public void Calibrate_reads_nothing_after_2020_and_writes_a_loadable_parameter_file()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var path = Path.Combine(dir, "calibrated-parameters.yaml");
        var (code, output, err) = Spokes("calibrate", "--params", "budgetAdjustment", "--starts", "2",
            "--early", Path.Combine(Root, "scenarios", "history-2010-2016.yaml"),
            "--late", Path.Combine(Root, "scenarios", "history-2017-2024.yaml"), "--out", dir);
        Assert.True(code == 0, err);
        Assert.Contains("latest year read: 2020", output);
        Assert.Contains("budgetAdjustment", File.ReadAllText(path));
        var scenario = Path.Combine(Path.GetDirectoryName(path)!, "s.yaml");
        File.WriteAllText(scenario, "parameterFile: calibrated-parameters.yaml\nend: 2020\n");
        Assert.Equal(0, Spokes("run", scenario).Code);
    }

    [Fact]
    public void Calibrate_rejects_an_unknown_parameter()
    {
        var (code, _, err) = Spokes("calibrate", "--params", "courage");
        Assert.Equal(2, code);
        Assert.Contains("unknown parameter 'courage'", err);
    }

    [Fact]
    public void Data_series_show_gaps_as_gaps()
    {
        var (code, output, _) = Spokes("data", "PRK", "--indicator", "milex_usd_bn");
        Assert.Equal(0, code);
        Assert.Contains("PRK    2016", output);
        Assert.Contains("gap", output);
        Assert.Equal(2, Spokes("data", "--indicator", "no_such_thing").Code);
    }
}
