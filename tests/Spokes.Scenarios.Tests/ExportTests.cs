using Spokes.Scenarios.Export;

namespace Spokes.Scenarios.Tests;

public class ExportTests
{
    private static (string Csv, string Json) Export(ScenarioDefinition d)
    {
        var t = ScenarioPlan.Build(d).Run();
        var csv = new StringWriter();
        var json = new StringWriter();
        TrajectoryExport.WriteCsv(t, d.Name, csv);
        TrajectoryExport.WriteJson(t, d.Name, d.Seed, json);
        return (csv.ToString(), json.ToString());
    }

    [Fact]
    public void Same_scenario_and_seed_give_byte_identical_files()
    {
        var d = ScenarioDefinition.Default with { Posture = "withdraw", Seed = 11 };
        Assert.Equal(Export(d), Export(d));
    }

    [Fact]
    public void Csv_is_long_format_with_a_header()
    {
        var (csv, json) = Export(ScenarioDefinition.Default);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scenario,year,actor,variable,value", lines[0]);
        Assert.Contains("default,2016,JPN,spending,46.4713", csv);
        Assert.Contains("\"actor\": \"ALLIANCE\"", json);
    }

    [Fact]
    public void Atomic_write_leaves_no_partial_file_when_writing_fails()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "out.csv");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w => { w.Write("half"); throw new InvalidOperationException(); }));
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
