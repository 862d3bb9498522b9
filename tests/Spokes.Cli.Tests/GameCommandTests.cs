namespace Spokes.Cli.Tests;

/// <summary>`spokes game new` and `spokes game serve` as a facilitator types them.</summary>
public class GameCommandTests
{
    private static (int Code, string Out, string Err) Spokes(params string[] args) => Cli.Run(args);

    [Fact]
    public void Game_new_prints_a_link_per_role_and_the_facilitators_with_distinct_tokens()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spokes-game-cli-" + Guid.NewGuid().ToString("N"), "seminar");
        try
        {
            var (code, output, error) = Spokes("game", "new", Path.Combine(Cli.Root, "scenarios", "from-2024.yaml"), "--roles", "USA,JPN,KOR,PHL,CHN", "--turn-years", "2", "--out", folder);
            Assert.True(code == 0, error);
            Assert.True(File.Exists(Path.Combine(folder, "games.db")));
            var links = output.Split('\n').Where(l => l.Contains("/game#g=", StringComparison.Ordinal)).ToList();
            Assert.Equal(6, links.Count);
            Assert.StartsWith("  facilitator: http://127.0.0.1:5090/game#g=", links[0], StringComparison.Ordinal);
            foreach (var role in new[] { "USA", "JPN", "KOR", "PHL", "CHN" }) Assert.Contains(links, l => l.StartsWith($"  {role}: ", StringComparison.Ordinal));
            var tokens = links.Select(l => l[(l.IndexOf("&t=", StringComparison.Ordinal) + 3)..].Trim()).ToList();
            Assert.Equal(6, tokens.Distinct().Count());
            Assert.All(tokens, t => Assert.True(t.Length >= 43));
            Assert.Contains("spokes game serve --out", output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(Path.GetDirectoryName(folder))) Directory.Delete(Path.GetDirectoryName(folder)!, true);
        }
    }

    [Theory]
    [InlineData("--roles", "USA,XYZ", "unknown role 'XYZ'")]
    [InlineData("--roles", "JPN,JPN", "role 'JPN' is given twice")]
    [InlineData("--turn-years", "0", "turn-years")]
    public void Bad_game_setups_exit_2_with_one_line(string option, string value, string expected)
    {
        var args = new List<string> { "game", "new", "default", "--out", Path.Combine(Path.GetTempPath(), "spokes-game-bad-" + Guid.NewGuid().ToString("N")) };
        if (option != "--roles") args.AddRange(["--roles", "USA"]);
        args.AddRange([option, value]);
        var (code, _, error) = Spokes([.. args]);
        Assert.Equal(2, code);
        Assert.Contains(expected, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_missing_scenario_exits_2_and_creates_no_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spokes-game-none-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = Spokes("game", "new", "no-such.yaml", "--roles", "USA", "--out", folder);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void An_https_listen_address_exits_2()
    {
        var (code, _, error) = Spokes("game", "serve", "--listen", "https://127.0.0.1:5999", "--out", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("https", error);
    }

    [Fact]
    public async Task Serving_a_classroom_network_warns_on_standard_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "spokes-game-public-" + Guid.NewGuid().ToString("N"));
        using var p = Cli.StartProcess("game", "serve", "--out", folder, "--listen", "http://0.0.0.0:0");
        try
        {
            var warning = await p.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("WARNING: --listen: the game is reachable from other machines", warning, StringComparison.Ordinal);
            var line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.StartsWith("spokes game server on http://0.0.0.0:", line, StringComparison.Ordinal);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
