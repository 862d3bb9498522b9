using System.Globalization;
using Spokes.Explore.Experiments;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Experiments;

/// <summary>docs/scenario-reference.md lists exactly the keys the loaders read: it cannot go stale.</summary>
public class ScenarioReferenceTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(FindRoot(), "docs", "scenario-reference.md"));

    /// <summary>The table rows under one heading (up to the next heading): first cell's key, then the other cells.</summary>
    private static List<string[]> Rows(string heading)
    {
        int start = Array.FindIndex(Lines, l => l.TrimEnd() == heading);
        Assert.True(start >= 0, $"docs/scenario-reference.md has no '{heading}'");
        var rows = new List<string[]>();
        for (int i = start + 1; i < Lines.Length && !Lines[i].StartsWith('#'); i++)
            if (Lines[i].StartsWith("| `", StringComparison.Ordinal))
                rows.Add(Lines[i].Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray());
        return rows;
    }

    private static void AssertKeys(string heading, IEnumerable<string> keys) =>
        Assert.Equal(keys.Order(StringComparer.Ordinal), Rows(heading).Select(r => r[0]).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_section_lists_exactly_the_loader_keys()
    {
        AssertKeys("## Scenario file", ScenarioLoader.Keys);
        AssertKeys("### levers", ScenarioLoader.LeverKeys);
        AssertKeys("### events", ScenarioLoader.EventKeys);
        AssertKeys("### expected", ScenarioLoader.ExpectedKeys);
        AssertKeys("## experiments", ExperimentSettings.Keys);
        AssertKeys("### experiments.uncertainties", DesignReader.UncertaintyKeys);
        AssertKeys("### experiments.policies", DesignReader.PolicyKeys);
        AssertKeys("### experiments.outcomes", DesignReader.OutcomeKeys);
        AssertKeys("### Per-ally parameters", ParameterSet.PerSpoke.Select(id => ParameterCatalog.Get(id).Key));
    }

    [Fact]
    public void Every_lever_is_listed_with_its_range()
    {
        var rows = Rows("### Lever names");
        Assert.Equal(LeverInfo.AllKeys.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        foreach (var r in rows)
        {
            var lever = LeverInfo.LeversOfKey(r[0])[0];
            var (min, max) = LeverInfo.Range(lever);
            Assert.Equal($"{min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}", r[1]);
        }
    }

    [Fact]
    public void Listed_choices_match_the_loader()
    {
        string Range(string heading, string key) => Rows(heading).Single(r => r[0] == key)[2];
        Assert.Equal(string.Join(", ", Presets.All.Select(p => p.Name)), Range("## Scenario file", "posture"));
        Assert.Equal(string.Join(", ", ScenarioLoader.EpisodeIndicators), Range("### expected", "indicator"));
        foreach (var s in Range("## experiments", "sampler").Split(", ")) ExperimentSettings.ParseSampler(s);
        var defaults = new ExperimentSettings { Design = null! };
        Assert.Equal((defaults.N.ToString(CultureInfo.InvariantCulture), defaults.Seed.ToString(CultureInfo.InvariantCulture), defaults.Levels.ToString(CultureInfo.InvariantCulture)),
            (Rows("## experiments").Single(r => r[0] == "n")[3], Rows("## experiments").Single(r => r[0] == "seed")[3], Rows("## experiments").Single(r => r[0] == "levels")[3]));
        Assert.Equal($"1–{ExperimentSettings.MaxExperiments.ToString("N0", CultureInfo.InvariantCulture)}", Range("## experiments", "n"));
        var scenario = new ScenarioDefinition();
        Assert.Equal((scenario.Posture, scenario.BaselineYear.ToString(CultureInfo.InvariantCulture), scenario.EndYear.ToString(CultureInfo.InvariantCulture), scenario.Seed.ToString(CultureInfo.InvariantCulture)),
            (Rows("## Scenario file").Single(r => r[0] == "posture")[3], Rows("## Scenario file").Single(r => r[0] == "baseline")[3],
             Rows("## Scenario file").Single(r => r[0] == "end")[3], Rows("## Scenario file").Single(r => r[0] == "seed")[3]));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Spokes.sln not found");
    }
}
