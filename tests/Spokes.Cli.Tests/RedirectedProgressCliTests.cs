namespace Spokes.Cli.Tests;

/// <summary>
/// The commands that run for many seconds are not silent when standard error is redirected (a log, CI): the real
/// program, started with redirected output, writes progress lines on standard error (one every few seconds and one at
/// the end, 100%) and nothing but results on standard output.
/// </summary>
public class RedirectedProgressCliTests
{
    [Theory]
    [InlineData("origins", "validate", "--origins", "2019-2020", "--walkers", "12", "--steps", "20", "--draws", "2")]
    [InlineData("episodes", "episodes", "--draws", "2", "--walkers", "12", "--steps", "16")]
    [InlineData("experiments", "explore", "--n", "20", "--out", "x")]
    public void Progress_lines_go_to_redirected_standard_error(string unit, params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("spokes-progress-").FullName;
        var (code, output, err) = Cli.RunIn(folder, args);
        Assert.True(code == 0, err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 1, $"no progress line on standard error: {err}");
        Assert.All(lines, l => Assert.Contains(unit, l));
        Assert.Contains("100%", lines[^1]);
        Assert.DoesNotContain("\r", err); // lines, not a bar redrawn in place
        Assert.DoesNotContain("progress:", output);
        Directory.Delete(folder, recursive: true);
    }
}
