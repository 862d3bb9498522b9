using Spokes.Model.Outputs;
using Spokes.Scenarios.Data;

namespace Spokes.Scenarios.Tests;

public class ReferenceDataTests
{
    [Fact]
    public void Built_in_baselines_hold_the_nine_actors_with_sources()
    {
        var b = Baselines.Year2016;
        Assert.Equal("USA", b.Hub.Id);
        Assert.Equal(["JPN", "KOR", "AUS", "PHL", "THA", "TWN"], b.Spokes.Select(s => s.Id));
        Assert.Equal(["CHN", "PRK"], b.Threats.Select(t => t.Id));
        Assert.Equal(46.4713, b.Spokes[0].Spending, 4); // SIPRI, Japan 2016
        Assert.Equal(0.89, b.Hub.PublicSupport);
        Assert.NotNull(Baselines.Year2024);
        Assert.All(ReferenceData.BuiltIn.Figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void North_Korean_spending_is_stored_as_a_wide_range()
    {
        var nk = ReferenceData.BuiltIn.Figures.Single(f => f is { Actor: "PRK", Year: 2016, Indicator: "milex_usd_bn" });
        Assert.True(nk.High / nk.Low > 5);
    }

    private static string CopyData()
    {
        var dir = Directory.CreateTempSubdirectory("spokes-data-").FullName;
        foreach (var f in new[] { "actors.csv", "baseline.csv", "ties.csv" })
            File.Copy(Path.Combine(RepoRoot.Path, "data", f), Path.Combine(dir, f));
        return dir;
    }

    [Fact]
    public void A_modeler_adds_India_with_a_data_file_not_code()
    {
        var dir = CopyData();
        File.AppendAllText(Path.Combine(dir, "actors.csv"), "IND,India,spoke,assumption: test partner\n");
        var rows = File.ReadLines(Path.Combine(dir, "baseline.csv")).Where(l => l.StartsWith("AUS,2016,")).Select(l => "IND" + l[3..]);
        File.AppendAllLines(Path.Combine(dir, "baseline.csv"), rows);
        var d = new ScenarioDefinition { Name = "india", DataDirectory = dir, Posture = "threaten" };
        // Ties are data too: without a row for each pair the baseline is refused, not filled with zeros.
        Assert.Contains("no tie IND–JPN for 2016", Assert.Throws<InputException>(() => ScenarioPlan.Build(d)).Message);
        File.AppendAllLines(Path.Combine(dir, "ties.csv"),
            new[] { "JPN", "KOR", "AUS", "PHL", "THA", "TWN" }.Select(s => $"{s},IND,2016,0,0,0.1,assumption: test partner with no tie"));
        var t = ScenarioPlan.Build(d).Run();
        Assert.Contains("IND", t.RowIds);
        Assert.True(t.Get(t.EndYear, "IND", Variable.Spending) > 0);
    }

    [Fact]
    public void A_bad_figure_names_file_line_and_field()
    {
        var dir = CopyData();
        var path = Path.Combine(dir, "baseline.csv");
        var lines = File.ReadAllLines(path);
        lines[3] = lines[3].Replace(lines[3].Split(',')[3], "lots");
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InputException>(() => ReferenceData.FromDirectory(dir));
        Assert.Equal((4, "value"), (e.Line, e.Field));
        Assert.EndsWith("baseline.csv", e.File);
    }

    [Fact]
    public void A_missing_figure_is_an_error_not_a_default()
    {
        var dir = CopyData();
        var path = Path.Combine(dir, "baseline.csv");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("KOR,2016,belief,")));
        var e = Assert.Throws<InputException>(() => BaselineBuilder.Build(ReferenceData.FromDirectory(dir), 2016, "x"));
        Assert.Equal("belief", e.Field);
        Assert.Contains("KOR", e.Message);
    }
}

public class DataSourceTests
{
    [Fact]
    public void Every_row_of_every_data_file_has_a_source()
    {
        var data = Spokes.Scenarios.Data.ReferenceData.BuiltIn;
        Assert.All(data.Actors, a => Assert.False(string.IsNullOrWhiteSpace(a.Source), $"{a.File}:{a.Line}"));
        Assert.All(data.Figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Source), $"{f.File}:{f.Line}"));
        Assert.All(data.Ties, t => Assert.False(string.IsNullOrWhiteSpace(t.Source), $"{t.File}:{t.Line}"));
        var series = Spokes.Scenarios.Data.ObservedSeries.BuiltIn;
        Assert.True(series.Rows.Count > 1000);
        Assert.All(series.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), $"{r.File}:{r.Line}"));
    }

    [Fact]
    public void Series_keep_gaps_and_hold_the_sipri_figures()
    {
        var s = Spokes.Scenarios.Data.ObservedSeries.BuiltIn;
        Assert.Equal(0.93, s.Get("JPN", "milex_share_gdp_pct", 2016));
        Assert.Null(s.Get("PRK", "milex_usd_bn", 2020));
    }

    [Fact]
    public void The_2010_baseline_is_built_in()
    {
        Assert.Equal(2010, Baselines.Year2010.Year);
        Assert.Equal(6, Baselines.Year2010.Spokes.Count);
    }
}

public class DataValidationTests
{
    [Theory]
    [InlineData("JPN,2016,gdp_usd_bn,", "-5")]
    [InlineData("KOR,2016,belief,", "1")]
    [InlineData("PHL,2016,alignment,", "-1")]
    [InlineData("USA,2016,public_support,", "1.3")]
    public void Out_of_range_figures_name_their_file_line_and_field(string prefix, string bad)
    {
        var dir = Directory.CreateTempSubdirectory("spokes-data-").FullName;
        foreach (var f in new[] { "actors.csv", "baseline.csv", "ties.csv" })
            File.Copy(Path.Combine(RepoRoot.Path, "data", f), Path.Combine(dir, f));
        var path = Path.Combine(dir, "baseline.csv");
        var lines = File.ReadAllLines(path);
        int index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        var cells = lines[index].Split(',');
        cells[3] = cells[4] = cells[5] = bad; // value, low, high
        lines[index] = string.Join(',', cells);
        File.WriteAllLines(path, lines);
        var e = Assert.Throws<InputException>(() => Spokes.Scenarios.Data.BaselineBuilder.Build(Spokes.Scenarios.Data.ReferenceData.FromDirectory(dir), 2016, "x"));
        Assert.Equal((index + 1, "value"), (e.Line, e.Field));
    }
}
