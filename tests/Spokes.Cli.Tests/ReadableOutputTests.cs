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
}
