namespace Spokes.Cli.Tests;

/// <summary>`spokes run --years`: the year-by-year view of the run summary.</summary>
public class RunYearsTests
{
    /// <summary>The years that head a per-ally table (a line that is only a year).</summary>
    private static List<int> TableYears(string output) =>
        output.Split('\n').Where(l => l.Length == 4 && l.All(char.IsAsciiDigit)).Select(int.Parse).ToList();

    [Fact]
    public void Default_shows_start_middle_and_final_years()
    {
        var (code, output, _) = Cli.Run("run");
        Assert.Equal(0, code);
        Assert.Equal([2016, 2023, 2030], TableYears(output));
    }

    [Fact]
    public void All_shows_every_year_in_the_ally_tables_and_the_alliance_columns()
    {
        var (code, output, err) = Cli.Run("run", "--years", "all");
        Assert.Equal((0, ""), (code, err));
        Assert.Equal(Enumerable.Range(2016, 15), TableYears(output));
        var header = output.Split('\n').First(l => l.StartsWith("indicator", StringComparison.Ordinal));
        Assert.Equal(["indicator", .. Enumerable.Range(2016, 15).Select(y => y.ToString())], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_list_with_ranges_is_sorted_and_deduplicated()
    {
        var (code, output, _) = Cli.Run("run", "--years", "2025, 2018-2020,2019");
        Assert.Equal(0, code);
        Assert.Equal([2018, 2019, 2020, 2025], TableYears(output));
    }

    [Theory]
    [InlineData("2040", "'2040' is outside the run 2016–2030")]
    [InlineData("2020-2018", "the range runs backwards")]
    [InlineData("some", "'some' is not a year")]
    public void Bad_years_exit_2_with_one_line(string spec, string expected)
    {
        var (code, _, err) = Cli.Run("run", "--years", spec);
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
    }
}
