using Spokes.Scenarios.Data;

namespace Spokes.Scenarios.Tests;

/// <summary>Issue 19: data-folder inputs that were accepted silently, reported wrongly, or read without a size limit.</summary>
public class HostileDataTests
{
    private static string CopyData()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-data-").FullName;
        foreach (var f in new[] { "actors.csv", "baseline.csv", "ties.csv" })
            File.Copy(Path.Combine(RepoRoot.Path, "data", f), Path.Combine(dir, f));
        return dir;
    }

    private static InputException Refused(string dir) =>
        Assert.Throws<InputException>(() => BaselineBuilder.Build(ReferenceData.FromDirectory(dir), 2016, "x"));

    private static int Edit(string dir, string file, string prefix, Func<string, string> change)
    {
        var path = Path.Combine(dir, file);
        var lines = File.ReadAllLines(path);
        int index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines[index] = change(lines[index]);
        File.WriteAllLines(path, lines);
        return index + 1;
    }

    [Fact]
    public void Gdp_of_1e308_is_refused_by_its_upper_bound_not_run_to_infinity()
    {
        var dir = CopyData();
        int line = Edit(dir, "baseline.csv", "JPN,2016,gdp_usd_bn,", l =>
        {
            var c = l.Split(',');
            c[3] = c[4] = c[5] = "1e308";
            return string.Join(',', c);
        });
        var e = Refused(dir);
        Assert.Equal((line, "value"), (e.Line, e.Field));
        Assert.Contains($"between 0 and {BaselineBuilder.MaxGdp}", e.Message);
    }

    [Fact]
    public void Unknown_indicator_in_a_data_file_is_refused()
    {
        var dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "baseline.csv"), "JPN,2016,gdp_usd_bm,1,1,1,,typo\n");
        var e = Refused(dir);
        Assert.Equal("indicator", e.Field);
        Assert.Contains("unknown indicator 'gdp_usd_bm'", e.Message);
    }

    [Fact]
    public void Unknown_actor_in_a_data_file_is_refused()
    {
        var dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "baseline.csv"), "JAP,2016,gdp_usd_bn,1,1,1,,typo\n");
        var e = Refused(dir);
        Assert.Equal("actor", e.Field);
        Assert.Contains("unknown actor 'JAP'", e.Message);
    }

    [Fact]
    public void Duplicate_tie_rows_are_refused_not_last_wins()
    {
        var dir = CopyData();
        var first = File.ReadLines(Path.Combine(dir, "ties.csv")).Skip(1).First().Split(',');
        // The same tie written the other way round, with another weight.
        File.AppendAllText(Path.Combine(dir, "ties.csv"), $"{first[1]},{first[0]},{first[2]},0.1,0,0.2,test\n");
        var e = Refused(dir);
        Assert.Equal("b", e.Field);
        Assert.Contains($"is already given at line 2", e.Message);
    }

    [Fact]
    public void Duplicate_actor_id_is_reported_as_a_duplicate_not_as_a_bad_tie()
    {
        var dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "actors.csv"), "JPN,Japan again,spoke,test\n");
        var e = Refused(dir);
        Assert.Equal("id", e.Field);
        Assert.Contains("actor id 'JPN' is already used at line 3", e.Message);
    }

    [Fact]
    public void Tie_to_an_unknown_spoke_names_it()
    {
        var dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "ties.csv"), "AUS,NZL,2016,0.5,0.4,0.6,test\n");
        var e = Refused(dir);
        Assert.Contains("'NZL' is not a spoke in actors.csv", e.Message);
    }

    [Theory]
    [InlineData("\u001b[31mJapan")]
    [InlineData("Ja\u0000pan")]
    [InlineData("Ja\u202Epan")]
    public void Nul_or_ansi_escape_in_an_actor_name_is_refused(string name)
    {
        var dir = CopyData();
        Edit(dir, "actors.csv", "JPN,", l => l.Replace("Japan", name));
        var e = Assert.Throws<InputException>(() => ReferenceData.FromDirectory(dir));
        Assert.Equal((3, "name"), (e.Line, e.Field));
        Assert.Contains("control or invisible character", e.Message);
    }

    [Fact]
    public void Data_file_linked_to_dev_zero_is_refused_at_the_size_limit()
    {
        if (!File.Exists("/dev/zero")) return; // POSIX only
        var dir = CopyData();
        File.Delete(Path.Combine(dir, "ties.csv"));
        File.CreateSymbolicLink(Path.Combine(dir, "ties.csv"), "/dev/zero");
        var e = Assert.Throws<InputException>(() => ReferenceData.FromDirectory(dir));
        Assert.EndsWith($"data file is larger than {ReferenceData.MaxFileBytes} bytes, the limit", e.Message);
    }

    [Fact]
    public void Oversized_data_file_is_refused()
    {
        var dir = CopyData();
        using (var f = File.AppendText(Path.Combine(dir, "baseline.csv")))
            f.Write(new string('#', ReferenceData.MaxFileBytes));
        var e = Assert.Throws<InputException>(() => ReferenceData.FromDirectory(dir));
        Assert.Contains("the limit", e.Message);
    }
}
