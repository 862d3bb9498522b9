using Spokes.Explore.Formatting;
namespace Spokes.Cli.Tests;

/// <summary>
/// Issue 16, items 4 and 6, as a new user reads them: `run` and `compare` show the hub and the threats, and no line
/// of `run`, `presets` or `compare` is wider than the limit `data` keeps (long text wraps onto indented lines, and
/// wrapping loses no word).
/// </summary>
public class ReadableOutputTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["run"] },
        { ["run", "--years", "all"] },
        { ["presets"] },
        { ["compare", "--shares", "0"] },
        { ["optimize", "--generations", "2", "--population", "12", "--scenarios", "4"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void No_line_is_wider_than_the_limit(string[] args)
    {
        var (code, output, err) = Cli.Run(args);
        Assert.True(code == 0, err);
        Assert.All(output.Split('\n'), l => Assert.True(l.Length <= SpokesCli.DataWidth, $"{l.Length} characters: {l[..Math.Min(60, l.Length)]}…"));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare", "--shares", "0")]
    public void The_hub_and_the_threats_have_rows(params string[] args)
    {
        var (code, output, err) = Cli.Run(args);
        Assert.True(code == 0, err);
        Assert.Contains("hub and threats", output);
        foreach (var row in new[] { "USA spending $bn", "CHN spending $bn", "CHN probing", "PRK spending $bn", "PRK probing" })
            Assert.Contains(output.Split('\n'), l => l.StartsWith(row + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrapped_paragraph_keeps_every_word_and_indents_what_follows()
    {
        string text = "  SF1 DOES NOT HOLD: rhetoric alone moves allied spending little when U.S. support is high, more when it is low";
        var lines = TextTable.Paragraph(text, 40, 6).TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 2);
        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.StartsWith("  SF1 ", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("      ", l, StringComparison.Ordinal));
        Assert.Equal(text.Trim(), string.Join(" ", lines.Select(l => l.Trim())));
        Assert.Equal("short\n", TextTable.Paragraph("short", 40, 6));
    }

    [Fact]
    public void A_table_of_many_numeric_columns_wraps_its_headers_not_its_numbers()
    {
        string[] header = ["commitment", "threatAssessment", "industrialCooperation", "mean capability per U.S. $", "confrontation", "rolesAndMissions", "forcePosture", "mean allied spending"];
        var table = new TextTable(header) { MaxWidth = 100 };
        table.Add("phase-out", "0.68", "0.32", "1.384", "-0.50", "0.68", "1.32", "177.346");
        var lines = table.ToString().TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"{l.Length}: {l}"));
        Assert.True(table.ToString().Split('\n').Length > 4, "the headers should wrap onto further lines");
        var rule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        Assert.Equal(["phase-out", "0.68", "0.32", "1.384", "-0.50", "0.68", "1.32", "177.346"], lines[rule + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Each header, read down its column, is the original text.
        var starts = new List<int> { 0 };
        for (int i = 2; i < lines[rule].Length; i++) if (lines[rule][i - 2] == ' ' && lines[rule][i - 1] == ' ' && lines[rule][i] == '-') starts.Add(i);
        for (int c = 0; c < header.Length; c++)
        {
            int from = starts[c], to = c + 1 < starts.Count ? starts[c + 1] - 2 : lines[rule].Length;
            var pieces = lines.Take(rule).Select(l => l.Length > from ? l[from..Math.Min(to, l.Length)].Trim() : "").Where(p => p.Length > 0);
            Assert.Equal(header[c].Replace(" ", ""), string.Concat(pieces).Replace(" ", ""));
        }
    }

    [Fact]
    public void A_long_text_column_wraps_at_spaces_under_the_limit()
    {
        var table = new TextTable(("box", true), ("coverage", true), ("restrictions", false)) { MaxWidth = 60 };
        var restrictions = "bandwagonWeight [0.001143, 2.047]; publicSupport [0.41, 0.93]; hedgingThreshold [0.2, 0.5]";
        table.Add("1", "0.912", restrictions);
        var lines = table.ToString().TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 60, $"{l.Length}: {l}"));
        Assert.Equal(restrictions, string.Join(" ", lines.Skip(2).Select(l => l[15..].Trim())));
    }
}
