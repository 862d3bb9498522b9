namespace Spokes.Cli.Tests;

/// <summary>
/// The scenarios shipped in scenarios/ are found by that name from any folder (README), by every command that takes a
/// scenario: run from an empty scratch folder, each of these reads the bundled copy next to the program.
/// </summary>
public class BundledScenarioCliTests
{
    [Theory]
    [InlineData("run", "scenarios/threaten.yaml")]
    [InlineData("explore", "scenarios/explore-remedy.yaml", "--n", "4", "--out", "x")]
    [InlineData("sensitivity", "scenarios/sensitivity-indices.yaml", "--method", "morris", "--n", "2")]
    [InlineData("report", "scenarios/korea-troop-cut.yaml", "--out", "r")]
    [InlineData("game", "new", "scenarios/from-2024.yaml", "--roles", "USA,JPN", "--out", "g")]
    public void A_bundled_scenario_is_found_from_an_empty_folder(params string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spokes-bundled-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (code, _, err) = Cli.RunIn(folder, args);
            Assert.True(code == 0, $"spokes {string.Join(' ', args)} exited {code}: {err}");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
