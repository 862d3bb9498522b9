using Spokes.Explore.Discovery;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Discovery;

public sealed class PrimInputCsvTests
{
    private const string Text =
        "run,policy,growth,\"threat level\",cost\n" +
        "1,hedge,0.5,2,10\n" +
        "2,align,0.1,3,30\n" +
        "3,hedge,0.9,1,25\n";

    [Fact]
    public void Numeric_columns_stay_real_text_columns_become_categorical_and_the_threshold_classifies()
    {
        var input = PrimInput.ParseCsv(Text, "runs.csv", new PrimCsvOptions
        {
            OutcomeColumn = "cost", Threshold = 20, Direction = ThresholdDirection.AtLeast, IgnoredColumns = ["run"],
        });
        Assert.Equal(["policy", "growth", "threat level"], input.X.Columns.Select(c => c.Name));
        Assert.Equal(ColumnKind.Categorical, input.X["policy"].Kind);
        Assert.Equal(["align", "hedge"], input.X["policy"].Categories);
        Assert.Equal(ColumnKind.Real, input.X["growth"].Kind);
        Assert.Equal([false, true, true], input.Y);
        Assert.Equal(2, input.CasesOfInterest);
    }

    [Fact]
    public void AtMost_takes_the_low_outcomes_and_a_numeric_column_can_be_forced_categorical()
    {
        var input = PrimInput.ParseCsv(Text, "runs.csv", new PrimCsvOptions
        {
            OutcomeColumn = "cost", Threshold = 25, Direction = ThresholdDirection.AtMost, CategoricalColumns = ["threat level"],
        });
        Assert.Equal([true, false, true], input.Y);
        Assert.Equal(ColumnKind.Categorical, input.X["threat level"].Kind);
        Assert.Equal(["1", "2", "3"], input.X["threat level"].Categories);
        Assert.Equal(ColumnKind.Real, input.X["run"].Kind);
    }

    [Fact]
    public void A_binary_outcome_needs_no_threshold()
    {
        var input = PrimInput.ParseCsv("a,hit\n0.1,1\n0.2,false\n0.3,TRUE\n", "b.csv", new PrimCsvOptions { OutcomeColumn = "hit" });
        Assert.Equal([true, false, true], input.Y);
    }

    [Fact]
    public void FromCsv_reads_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"spokes-prim-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, Text);
            var input = PrimInput.FromCsv(path, "cost", 20);
            Assert.Equal(4, input.X.ColumnCount);
            Assert.Equal(3, input.Count);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("a,hit\n0.1,1\n0.2,maybe\n", "hit", null, "b.csv:3:5: field 'hit': 'maybe' is not 0/1 or true/false (give a threshold for a continuous outcome)")]
    [InlineData("a,cost\n0.1,1\nx,abc\n", "cost", 1.0, "b.csv:3:3: field 'cost': 'abc' is not a finite number")]
    [InlineData("a,hit\n0.1,1\n0.2\n", "hit", null, "b.csv:3: the record has 1 fields but the header has 2")]
    [InlineData("a,hit\n0.1,1\n", "miss", null, "b.csv:1: field 'miss': no such column (columns: a, hit)")]
    [InlineData("a,hit\n,1\n", "hit", null, "b.csv:2:1: field 'a': empty cell: missing values are not supported")]
    [InlineData("a,a,hit\n1,2,1\n", "hit", null, "b.csv:1:3: field 'a': duplicate column name")]
    [InlineData("a,hit\n\"0.1,1\n", "hit", null, "b.csv:2:1: unclosed quote")]
    [InlineData("a,hit\n0.1,1\nNaN,0\n", "hit", null, "b.csv:3:1: field 'a': 'NaN' is not a finite number in a column of numbers")]
    [InlineData("a,hit\n0.1,1\nlow,0\n", "hit", null, "b.csv:3:1: field 'a': 'low' is not a finite number in a column of numbers")]
    [InlineData("", "hit", null, "b.csv: the file is empty: a header line is needed")]
    [InlineData("a,hit\n", "hit", null, "b.csv: no data rows")]
    public void Errors_name_the_file_line_and_column(string text, string outcome, double? threshold, string message)
    {
        var e = Assert.Throws<InputException>(() =>
            PrimInput.ParseCsv(text, "b.csv", new PrimCsvOptions { OutcomeColumn = outcome, Threshold = threshold }));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_it()
    {
        var e = Assert.Throws<InputException>(() => PrimInput.FromCsv("/no/such/file.csv", "y"));
        Assert.Equal("/no/such/file.csv: discovery file not found", e.Message);
    }

    [Fact]
    public void Option_columns_must_exist()
    {
        var e = Assert.Throws<InputException>(() => PrimInput.ParseCsv(Text, "runs.csv",
            new PrimCsvOptions { OutcomeColumn = "cost", Threshold = 1, IgnoredColumns = ["rn"] }));
        Assert.Equal("runs.csv:1: field 'rn': named in the options but not in the header", e.Message);
    }

    [Fact]
    public void Nan_or_word_in_a_numeric_discover_column_is_refused_not_made_categorical()
    {
        var e = Assert.Throws<InputException>(() => PrimInput.ParseCsv("a,b,hit\n0.1,x,1\n0.2,y,0\nInfinity,z,1\n", "b.csv",
            new PrimCsvOptions { OutcomeColumn = "hit" }));
        Assert.Equal("b.csv:4:1: field 'a': 'Infinity' is not a finite number in a column of numbers", e.Message);
    }

    [Fact]
    public void Discover_csv_with_too_many_columns_is_refused_and_duplicates_are_found_in_linear_time()
    {
        var wide = string.Join(",", Enumerable.Range(0, PrimInput.MaxColumns + 1).Select(i => $"c{i}")) + "\n";
        var e = Assert.Throws<InputException>(() => PrimInput.ParseCsv(wide + wide.Replace("c", "1").Replace("11", "1"), "w.csv", new PrimCsvOptions { OutcomeColumn = "c0" }));
        Assert.Contains($"more than {PrimInput.MaxColumns} columns", e.Message);
        var many = string.Join(",", Enumerable.Range(0, PrimInput.MaxColumns).Select(i => $"c{i % 999}")) + "\n";
        var d = Assert.Throws<InputException>(() => PrimInput.ParseCsv(many, "w.csv", new PrimCsvOptions { OutcomeColumn = "c0" }));
        Assert.Equal("w.csv:1:4886: field 'c0': duplicate column name", d.Message);
    }

    [Fact]
    public void Discover_csv_with_millions_of_rows_is_refused_while_reading()
    {
        int rows = (int)(PrimInput.MaxCells / 2); // two columns: the header's two cells push it over the limit
        var text = new System.Text.StringBuilder("a,y\n", 4 * rows + 8);
        for (int i = 0; i < rows; i++) text.Append("1,0\n");
        var e = Assert.Throws<InputException>(() => PrimInput.ParseCsv(text.ToString(), "big.csv", new PrimCsvOptions { OutcomeColumn = "y" }));
        Assert.Equal($"big.csv:{rows + 1}:1: more than {PrimInput.MaxCells} fields in the file", e.Message);
    }
}
