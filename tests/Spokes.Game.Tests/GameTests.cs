using CsCheck;
using Spokes.Model.Outputs;

namespace Spokes.Game.Tests;

/// <summary>A fresh store in a temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Directory.CreateTempSubdirectory("spokes-game-").FullName;
        Store = new GameStore(Path.Combine(Folder, "games.db"));
        Games = new GameService(Store);
    }

    public string Folder { get; }
    public GameStore Store { get; private set; }
    public GameService Games { get; private set; }

    /// <summary>Closes the store and opens it again, as a restarted server would.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = new GameStore(Path.Combine(Folder, "games.db"));
        Games = new GameService(Store);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

public class GameTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    internal static (string Game, IReadOnlyDictionary<string, string> Tokens) NewGame(GameService games, int turnYears = 2) =>
        games.Create(GameSetup.Create("default", ["USA", "JPN", "KOR", "PHL", "CHN"], turnYears), Now);

    /// <summary>A scenario of the repository's scenarios/ folder, as a path relative to the current directory.</summary>
    private static string Scenario(string name)
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(d!.FullName, "Spokes.sln"))) d = d.Parent;
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(d.FullName, "scenarios", name));
    }

    private static void PlayTwoTurns(GameService games, string id)
    {
        games.Submit(id, "USA", new Dictionary<string, double> { ["demands"] = 0.8, ["cooperation"] = 0.5 });
        games.Submit(id, "JPN", new Dictionary<string, double> { ["spendingTarget"] = 0.015, ["hostSupportOffer"] = 1.2 });
        games.Submit(id, "CHN", new Dictionary<string, double> { ["coercion"] = 0.6, ["probing"] = 0.4 });
        games.AddInject(id, GameSetup.Facilitator, Inject.Shock, "prk-icbm-2017", null);
        games.Adjudicate(id, GameSetup.Facilitator);
        games.Submit(id, "PHL", new Dictionary<string, double> { ["alignmentMove"] = -1, ["spokeCooperation"] = 0.2 });
        games.Submit(id, "KOR", new Dictionary<string, double> { ["hedgingStep"] = 1 });
        games.AddInject(id, GameSetup.Facilitator, Inject.Government, "2016", "PHL");
        games.Adjudicate(id, GameSetup.Facilitator);
    }

    [Fact]
    public void A_stored_game_replays_to_byte_identical_results_after_a_restart()
    {
        using var t = new TempStore();
        var (id, _) = NewGame(t.Games);
        PlayTwoTurns(t.Games, id);
        t.Reopen();
        var (setup, turns, results) = t.Games.Record(id, GameSetup.Facilitator);
        Assert.Equal(2, turns.Count);
        for (int k = 1; k <= turns.Count; k++)
            Assert.Equal(results[k - 1], Adjudicator.Adjudicate(setup, turns.Take(k).ToList()).ToJson());
        // The second turn's record starts with the first turn's, bit for bit (adjudication is causal).
        var first = GameResult.FromJson(results[0]);
        var second = GameResult.FromJson(results[1]);
        Assert.Equal(2018, first.EndYear);
        Assert.Equal(2020, second.EndYear);
        foreach (var row in first.Rows)
            foreach (var (key, values) in row.Values)
                Assert.Equal(values, second.Row(row.Id)!.Values[key].Take(values.Length));
    }

    [Fact]
    public void Orders_and_injects_change_the_outcome_and_an_unplayed_turn_keeps_the_rules()
    {
        using var t = new TempStore();
        var (played, _) = NewGame(t.Games);
        var (idle, _) = NewGame(t.Games);
        PlayTwoTurns(t.Games, played);
        t.Games.Adjudicate(idle, GameSetup.Facilitator);
        t.Games.Adjudicate(idle, GameSetup.Facilitator);
        var a = GameResult.FromJson(t.Games.Record(played, GameSetup.Facilitator).Results[1]);
        var b = GameResult.FromJson(t.Games.Record(idle, GameSetup.Facilitator).Results[1]);
        Assert.True(a.Get("PHL", "alignment", 2020) < b.Get("PHL", "alignment", 2020));
        Assert.True(a.Get("KOR", "nuclear_stage", 2020) > b.Get("KOR", "nuclear_stage", 2020));
        // With no orders, the game is the scenario run itself.
        var scenario = Spokes.Scenarios.ScenarioPlan.Build(Spokes.Scenarios.ScenarioDefinition.Default).Run();
        foreach (var row in b.Rows)
            foreach (var (key, values) in row.Values)
                for (int y = b.StartYear; y <= b.EndYear; y++)
                    Assert.Equal(scenario.Get(y, row.Id, VariableInfo.Find(key)!.Variable), values[y - b.StartYear]);
    }

    [Fact]
    public void A_token_acts_only_for_its_own_role_in_its_own_game()
    {
        using var t = new TempStore();
        var (id, tokens) = NewGame(t.Games);
        var (other, otherTokens) = NewGame(t.Games);
        Assert.Equal("JPN", t.Games.Authenticate(id, tokens["JPN"]));
        Assert.Equal(GameSetup.Facilitator, t.Games.Authenticate(id, tokens[GameSetup.Facilitator]));
        Assert.Equal(401, Assert.Throws<GameException>(() => t.Games.Authenticate(id, otherTokens["JPN"])).Status);
        Assert.Equal(401, Assert.Throws<GameException>(() => t.Games.Authenticate(other, tokens[GameSetup.Facilitator])).Status);
        Assert.Equal(401, Assert.Throws<GameException>(() => t.Games.Authenticate(id, tokens["JPN"][..^1] + "x")).Status);
        Assert.Equal(401, Assert.Throws<GameException>(() => t.Games.Authenticate(id, null)).Status);
        // A player cannot advance, rewind, inject or read the report; the facilitator gives no orders.
        string jpn = t.Games.Authenticate(id, tokens["JPN"]);
        Assert.Equal(403, Assert.Throws<GameException>(() => t.Games.Adjudicate(id, jpn)).Status);
        Assert.Equal(403, Assert.Throws<GameException>(() => t.Games.Rewind(id, jpn)).Status);
        Assert.Equal(403, Assert.Throws<GameException>(() => t.Games.AddInject(id, jpn, Inject.Shock, "prk-icbm-2017", null)).Status);
        Assert.Equal(403, Assert.Throws<GameException>(() => t.Games.Record(id, jpn)).Status);
        Assert.Equal(403, Assert.Throws<GameException>(() => t.Games.Submit(id, GameSetup.Facilitator, new Dictionary<string, double>())).Status);
        // An ally's orders are an ally's: a U.S. lever from JPN is refused.
        Assert.Throws<InputException>(() => t.Games.Submit(id, jpn, new Dictionary<string, double> { ["demands"] = 1 }));
        // Tokens are stored only as hashes.
        var bytes = File.ReadAllBytes(Path.Combine(t.Folder, "games.db"));
        t.Reopen();
        var all = File.ReadAllBytes(Path.Combine(t.Folder, "games.db")).Concat(File.Exists(Path.Combine(t.Folder, "games.db-wal")) ? File.ReadAllBytes(Path.Combine(t.Folder, "games.db-wal")) : []).ToArray();
        foreach (var token in tokens.Values)
            Assert.DoesNotContain(token, System.Text.Encoding.Latin1.GetString(all));
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public void Each_role_sees_its_own_state_public_figures_and_no_one_elses_private_state()
    {
        using var t = new TempStore();
        var (id, _) = NewGame(t.Games);
        PlayTwoTurns(t.Games, id);
        var jpn = t.Games.View(id, "JPN").Result!;
        var usa = t.Games.View(id, "USA").Result!;
        var chn = t.Games.View(id, "CHN").Result!;
        var all = t.Games.View(id, GameSetup.Facilitator).Result!;
        Assert.NotNull(jpn.Get("JPN", "belief", 2020));
        Assert.Null(jpn.Get("KOR", "belief", 2020));
        Assert.Null(chn.Get("JPN", "belief", 2020));
        Assert.Null(usa.Get("JPN", "belief", 2020));
        Assert.NotNull(jpn.Get("KOR", "spending", 2020));
        Assert.Null(jpn.Row(Trajectory.AllianceId));
        Assert.NotNull(all.Get(Trajectory.AllianceId, "distancing", 2020));
        Assert.NotNull(all.Get("KOR", "belief", 2020));
        // The U.S. sees an estimate of each ally's belief (nearest tenth), never the value itself.
        double belief = all.Get("JPN", "belief", 2020)!.Value;
        Assert.Equal(Math.Round(belief * 10) / 10, usa.Get("JPN", "belief" + Visibility.EstimateSuffix, 2020));
        Assert.Null(jpn.Get("KOR", "belief" + Visibility.EstimateSuffix, 2020));
        // Other players' orders are the facilitator's to see.
        Assert.Null(t.Games.View(id, "JPN").AllOrders);
        Assert.Equal(0.8, t.Games.View(id, GameSetup.Facilitator).AllOrders![0].Orders["USA"]["demands"]);
    }

    [Fact]
    public void Rewind_withdraws_the_last_turn_and_replaying_it_gives_the_same_result()
    {
        using var t = new TempStore();
        var (id, _) = NewGame(t.Games);
        PlayTwoTurns(t.Games, id);
        string before = t.Games.Record(id, GameSetup.Facilitator).Results[1];
        t.Games.Rewind(id, GameSetup.Facilitator);
        Assert.Equal(2, t.Games.View(id, GameSetup.Facilitator).Turn);
        Assert.Single(t.Games.Record(id, GameSetup.Facilitator).Results);
        t.Games.Adjudicate(id, GameSetup.Facilitator);
        Assert.Equal(before, t.Games.Record(id, GameSetup.Facilitator).Results[1]);
        t.Games.Rewind(id, GameSetup.Facilitator);
        t.Games.Submit(id, "PHL", new Dictionary<string, double> { ["alignmentMove"] = 1 });
        t.Games.Adjudicate(id, GameSetup.Facilitator);
        Assert.NotEqual(before, t.Games.Record(id, GameSetup.Facilitator).Results[1]);
    }

    [Fact]
    public void The_game_ends_after_the_scenarios_last_year_and_bad_setups_are_refused()
    {
        using var t = new TempStore();
        var (id, _) = t.Games.Create(GameSetup.Create("default", ["USA"], 5), Now);
        for (int k = 0; k < 3; k++) t.Games.Adjudicate(id, GameSetup.Facilitator); // 2016 + 3·5 = 2031 > 2030
        Assert.True(t.Games.View(id, "USA").Finished);
        Assert.Equal(2030, GameResult.FromJson(t.Games.Record(id, GameSetup.Facilitator).Results[^1]).EndYear);
        Assert.Equal(409, Assert.Throws<GameException>(() => t.Games.Adjudicate(id, GameSetup.Facilitator)).Status);
        string relative = Scenario("from-2024.yaml");
        Assert.False(Path.IsPathRooted(relative));
        Assert.Equal(Path.GetFullPath(relative), GameSetup.Create(relative, ["USA"], 2).ScenarioFile);
        Assert.Contains("unknown role 'XYZ'", Assert.Throws<InputException>(() => GameSetup.Create("default", ["XYZ"], 2)).Message);
        Assert.Throws<InputException>(() => GameSetup.Create("default", ["JPN", "JPN"], 2));
        Assert.Throws<InputException>(() => GameSetup.Create("default", ["JPN"], 0));
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Orders_after_the_deadline_are_refused_and_the_facilitator_still_adjudicates()
    {
        using var t = new TempStore();
        var clock = new Clock(Now);
        var games = new GameService(t.Store, clock: clock);
        var (id, _) = NewGame(games);
        Assert.Null(games.View(id, "JPN").Deadline);
        Assert.Equal(403, Assert.Throws<GameException>(() => games.SetDeadline(id, "JPN", 10)).Status);
        Assert.Equal(400, Assert.Throws<GameException>(() => games.SetDeadline(id, GameSetup.Facilitator, 0)).Status);
        games.SetDeadline(id, GameSetup.Facilitator, 10);
        Assert.Equal(Now.AddMinutes(10), games.View(id, "JPN").Deadline);
        clock.Now = Now.AddMinutes(9);
        games.Submit(id, "JPN", new Dictionary<string, double> { ["spendingTarget"] = 0.02 });
        clock.Now = Now.AddMinutes(11);
        Assert.Equal(409, Assert.Throws<GameException>(() => games.Submit(id, "KOR", new Dictionary<string, double> { ["hedgingStep"] = 1 })).Status);
        Assert.False(games.View(id, GameSetup.Facilitator).AllSubmitted);
        games.Adjudicate(id, GameSetup.Facilitator);
        Assert.Null(games.View(id, "JPN").Deadline); // the next turn has none until the facilitator sets one
        foreach (var r in new[] { "USA", "JPN", "KOR", "PHL", "CHN" }) games.Submit(id, r, new Dictionary<string, double>());
        Assert.True(games.View(id, GameSetup.Facilitator).AllSubmitted);
    }

    [Fact]
    public void The_store_holds_at_most_the_games_allowed()
    {
        using var t = new TempStore();
        var games = new GameService(t.Store, maxGames: 2);
        NewGame(games);
        NewGame(games);
        Assert.Equal(429, Assert.Throws<GameException>(() => NewGame(games)).Status);
    }

    /// <summary>Random orders for every played role in every turn, within each key's range (or left out).</summary>
    private static readonly string[] Roles = ["USA", "JPN", "KOR", "PHL", "CHN"];

    [Fact]
    public void Any_sequence_of_valid_orders_keeps_the_invariants_and_replays_identically()
    {
        var b = Spokes.Scenarios.ScenarioPlan.Build(Spokes.Scenarios.ScenarioDefinition.Default).Baseline;
        var keys = Roles.ToDictionary(r => r, r => Orders.KeysFor(b, r));
        int slots = Roles.Sum(r => keys[r].Count);
        var setup = GameSetup.Create("default", Roles, 3);
        Gen.Select(Gen.Double[0, 1].Array[5 * slots], Gen.Int[0, 3].Array[5 * slots]).Sample((u, mode) =>
        {
            int s = 0;
            var turns = new List<TurnRecord>();
            for (int turn = 1; turn <= 5; turn++)
            {
                var orders = new Dictionary<string, SortedDictionary<string, double>>();
                foreach (var r in Roles)
                {
                    var given = new Dictionary<string, double>();
                    foreach (var (key, min, max) in keys[r])
                    {
                        double v = mode[s] switch { 0 => double.NaN, 1 => min, 2 => max, _ => min + u[s] * (max - min) };
                        s++;
                        if (!double.IsNaN(v)) given[key] = v;
                    }
                    orders[r] = Orders.Check(b, r, given);
                }
                turns.Add(new TurnRecord(turn, orders, []));
            }
            var result = Adjudicator.Adjudicate(setup, turns);
            Assert.Equal(result.ToJson(), Adjudicator.Adjudicate(setup, turns).ToJson());
            foreach (var row in result.Rows)
                foreach (var (key, values) in row.Values)
                {
                    Assert.All(values, v => Assert.True(double.IsFinite(v), $"{row.Id} {key}"));
                    if (key is "belief" or "entrapment" or "independence" or "duplication" or "proliferation_risk" or "discounting" or "distancing" or "probing")
                        Assert.All(values, v => Assert.InRange(v, 0, 1));
                    if (key is "alignment") Assert.All(values, v => Assert.InRange(v, -1, 1));
                    if (key is "spending" or "host_support" or "troops" or "gdp") Assert.All(values, v => Assert.True(v >= 0, $"{row.Id} {key} {v}"));
                }
        }, iter: 25);
    }
}
