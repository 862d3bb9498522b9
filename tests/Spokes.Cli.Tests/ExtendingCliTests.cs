namespace Spokes.Cli.Tests;

/// <summary>docs/extending.md's New Zealand example, end to end through the command line.</summary>
public class ExtendingCliTests
{
    [Fact]
    public void New_zealand_runs_as_a_seventh_spoke_through_spokes_run()
    {
        var (code, output, err) = Cli.Run("run", Path.Combine(Cli.Root, "scenarios", "new-zealand.yaml"), "--out", Path.Combine(Path.GetTempPath(), "spokes-nz-" + Guid.NewGuid().ToString("N")));
        Assert.Equal("", err);
        Assert.Equal(0, code);
        var nzl = output.Split('\n').Where(l => l.StartsWith("NZL ", StringComparison.Ordinal)).ToList();
        Assert.True(nzl.Count >= 2, "New Zealand has a row in the start and end tables");
        Assert.Contains(" 0.500 ", nzl[0]); // the starting belief of scenarios/new-zealand/baseline.csv
    }

    [Fact]
    public void A_data_folder_with_a_missing_tie_exits_2_naming_the_pair()
    {
        var dir = Path.Combine(Path.GetTempPath(), "spokes-nz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "nz"));
        foreach (var f in Directory.GetFiles(Path.Combine(Cli.Root, "scenarios", "new-zealand")))
            File.Copy(f, Path.Combine(dir, "nz", Path.GetFileName(f)));
        var ties = Path.Combine(dir, "nz", "ties.csv");
        File.WriteAllLines(ties, File.ReadAllLines(ties).Where(l => !l.StartsWith("AUS,NZL,", StringComparison.Ordinal)));
        File.WriteAllText(Path.Combine(dir, "s.yaml"), "name: s\ndata: nz\n");
        var (code, _, err) = Cli.Run("run", Path.Combine(dir, "s.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("no tie AUS–NZL for 2016", err);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }
}
