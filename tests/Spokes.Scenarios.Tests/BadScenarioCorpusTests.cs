namespace Spokes.Scenarios.Tests;

/// <summary>
/// A corpus of hand-written bad scenario files (tests/Spokes.Scenarios.Tests/BadScenarios): each must fail with an
/// <see cref="InputException"/> naming the file, a line, and the field its first line expects ("# expect: FIELD").
/// </summary>
public class BadScenarioCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot.Path, "tests", "Spokes.Scenarios.Tests", "BadScenarios"), "*.yaml").Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_bad_file_names_its_file_line_and_field(string name)
    {
        var path = Path.Combine(RepoRoot.Path, "tests", "Spokes.Scenarios.Tests", "BadScenarios", name);
        var expected = File.ReadLines(path).First()["# expect:".Length..].Trim();
        var e = Assert.Throws<InputException>(() => ScenarioPlan.Build(ScenarioLoader.Load(path)));
        Assert.Contains(name, e.File);
        Assert.Equal(expected, e.Field);
        Assert.DoesNotContain("   at ", e.Message);
        if (name is not ("no-such-baseline.yaml" or "unknown-ally.yaml" or "lever-before-start.yaml" or "to-before-from.yaml"))
            Assert.True(e.Line >= 1, $"{name}: no line in '{e.Message}'");
    }

    [Fact]
    public void Oversize_files_are_refused_before_parsing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "big.yaml");
        File.WriteAllText(path, "name: big\n# " + new string('x', ScenarioLoader.MaxFileBytes) + "\n");
        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(path));
        Assert.Contains("limit", e.Message);
    }
}
