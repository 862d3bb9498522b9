namespace Spokes.Cli.Tests;

/// <summary>
/// README.md shows what the default run prints. Every line of that sample except the "..." that marks an elision
/// must appear, verbatim and in order, in what `spokes run` prints today, so the sample cannot go stale.
/// </summary>
public class ReadmeTests
{
    private static string[] Sample()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.Root, "README.md"));
        int section = readme.IndexOf("## Run the default scenario", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no 'Run the default scenario' section");
        int start = readme.IndexOf("```text\n", section, StringComparison.Ordinal) + "```text\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end].Split('\n').Where(l => l.Length > 0 && l.Trim() != "...").ToArray();
    }

    [Fact]
    public void The_readme_sample_of_the_default_run_is_what_the_run_prints()
    {
        var (code, output, _) = Cli.Run(["run"]);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        int at = 0;
        foreach (var expected in Sample())
        {
            while (at < lines.Length && lines[at] != expected) at++;
            Assert.True(at < lines.Length, $"README line not printed (in order) by `spokes run`: '{expected}'");
            at++;
        }
    }
}
