using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios.Tests;

/// <summary>The docs/extending.md example: New Zealand added as a spoke with data alone (scenarios/new-zealand/).</summary>
public class AddedActorTests
{
    private static string Folder => Path.Combine(RepoRoot.Path, "scenarios", "new-zealand");

    [Fact]
    public void New_zealand_is_a_seventh_spoke_with_its_own_figures_and_ties()
    {
        var b = BaselineBuilder.Build(ReferenceData.FromDirectory(Folder), 2016, "nz", DriverData.FromDirectory(Folder));
        Assert.Equal(["JPN", "KOR", "AUS", "PHL", "THA", "TWN", "NZL"], b.Spokes.Select(s => s.Id));
        var nzl = b.Spokes[6];
        Assert.Equal((0.5, 0.5), (nzl.Belief, nzl.Alignment));
        Assert.Equal(0.8, b.Ties[2, 6]);
        Assert.Equal(0.0, b.Ties[5, 6]);
    }

    [Fact]
    public void A_missing_tie_is_an_error_naming_the_pair_and_year()
    {
        var dir = Path.Combine(Path.GetTempPath(), "spokes-nz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Folder)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var ties = Path.Combine(dir, "ties.csv");
        File.WriteAllLines(ties, File.ReadAllLines(ties).Where(l => !l.StartsWith("JPN,NZL,", StringComparison.Ordinal)));
        var e = Assert.Throws<InputException>(() => BaselineBuilder.Build(ReferenceData.FromDirectory(dir), 2016, "nz", null));
        Assert.Contains("no tie JPN–NZL for 2016", e.Message);
        Assert.EndsWith("ties.csv", e.File);
    }

    [Fact]
    public void The_shipped_scenario_runs_and_new_zealand_responds_to_its_own_lever()
    {
        var d = ScenarioLoader.Load(Path.Combine(RepoRoot.Path, "scenarios", "new-zealand.yaml"));
        var with = ScenarioPlan.Build(d).Run();
        var without = ScenarioPlan.Build(d with { Levers = [] }).Run();
        Assert.True(with.Get(2030, "NZL", Variable.Belief) > without.Get(2030, "NZL", Variable.Belief));
    }
}
