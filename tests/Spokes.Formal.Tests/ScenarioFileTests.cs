using Spokes.Formal.Bargaining;
using Spokes.Formal.Io;
using Spokes.Formal.Landscape;

namespace Spokes.Formal.Tests;

/// <summary>The shipped example files load and run; the results quoted in docs/bargaining.md and docs/landscape.md.</summary>
public class ScenarioFileTests
{
    [Fact]
    public void Sma_korea_example_cycles_in_scholz_mode_and_settles_in_faithful_mode()
    {
        var actors = BargainingFileReader.Load(RepoRoot.Scenario("bargaining-sma-korea.csv"));
        Assert.Equal(7, actors.Count);
        var scholz = BargainingModel.Run(actors, new BargainingOptions { Mode = BargainingMode.Scholz, MaxRounds = 30 });
        Assert.Equal(BargainingStop.Cycle, scholz.Stop);
        Assert.Equal(2, scholz.CycleLength);
        var faithful = BargainingModel.Run(actors, new BargainingOptions { Mode = BargainingMode.Faithful, MaxRounds = 30 });
        Assert.Equal(BargainingStop.Stable, faithful.Stop);
        Assert.All(faithful.FinalPositions, x => Assert.Equal(faithful.FinalPositions[0], x)); // consensus
        Assert.Equal(1.3297, faithful.FinalMean, 4);
    }

    [Fact]
    public void Landscape_asia_example_has_one_minimum_splitting_the_threats_from_everyone_else()
    {
        var system = LandscapeFileReader.Load(RepoRoot.Scenario("landscape-asia.csv"));
        var a = LandscapeAnalysis.Enumerate(system);
        var m = Assert.Single(a.Minima);
        Assert.Equal(["CHN", "PRK"], m.Configuration.Members(true).Select(i => system.Names[i]));
        Assert.Equal(1.0, m.BasinShare);
    }

    [Fact]
    public void European_community_csv_holds_the_published_table()
    {
        var ec = BargainingFileReader.Load(RepoRoot.Scenario("bargaining-ec.csv"));
        Assert.Equal(["Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK", "Ireland", "Denmark", "Greece"], ec.Select(a => a.Name));
        Assert.Equal([0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08], ec.Select(a => a.Capability));
        Assert.Equal([4.0, 7, 4, 4, 10, 10, 10, 7, 4, 7], ec.Select(a => a.Position));
        Assert.Equal([80.0, 40, 20, 80, 60, 60, 90, 10, 100, 70], ec.Select(a => Math.Round(a.Salience * 100, 10)));
    }
}
