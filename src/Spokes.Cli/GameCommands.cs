using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Spokes.Game;
using Spokes.Game.Server;
using Spokes.Web;

namespace Spokes.Cli;

/// <summary>`spokes game new` (a game and its links) and `spokes game serve` (the seminar game's server).</summary>
internal static class GameCommands
{
    public const string DefaultFolder = "games", DatabaseFile = "games.db";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var game = new Command("game", "The multi-player seminar game: people play the U.S., allies and adversaries; the model adjudicates (docs/game.md).");
        game.Subcommands.Add(New(stdout, stderr));
        game.Subcommands.Add(Serve(stdout, stderr));
        return game;
    }

    private static Option<string> OutOption() => new("--out")
    {
        Description = $"folder that holds the games ({DatabaseFile}); created if missing (default: {DefaultFolder})",
        DefaultValueFactory = _ => DefaultFolder,
    };

    private static Command New(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string>("scenario") { Description = "scenario YAML file, or 'default' (the 2016 baseline under status-quo to 2030)" };
        var roles = new Option<string>("--roles") { Description = "the played roles, comma-separated actor ids (e.g. USA,JPN,KOR,PHL,CHN); other actors keep their rules", Required = true };
        var turnYears = new Option<int>("--turn-years") { Description = "years per turn (1–10, default 2)", DefaultValueFactory = _ => 2 };
        var outDir = OutOption();
        var url = new Option<string>("--url") { Description = "the address players will open, for the links (default: the server's default address)", DefaultValueFactory = _ => GameServerOptions.DefaultUrl };
        var cmd = new Command("new", "Create a game from a scenario; print the facilitator's link and one link per role (each with its own secret token).")
        {
            scenario, roles, turnYears, outDir, url,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var list = (parse.GetValue(roles) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var setup = GameSetup.Create(parse.GetValue(scenario) is "default" ? "default" : BundledFiles.Resolve(parse.GetValue(scenario)!), list, parse.GetValue(turnYears));
            string folder = parse.GetValue(outDir)!;
            string baseUrl = parse.GetValue(url)!;
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var u) || u.Scheme != "http")
                throw new InputException("--url", 0, 0, "url", $"'{baseUrl}' is not an http:// address");
            Directory.CreateDirectory(folder);
            using var store = new GameStore(Path.Combine(folder, DatabaseFile));
            var (id, tokens) = new GameService(store).Create(setup, DateTimeOffset.UtcNow);
            var def = setup.Scenario();
            int start = Spokes.Scenarios.ScenarioPlan.Build(def).Baseline.Year;
            int turns = Adjudicator.TurnCount(start, def.EndYear, setup.TurnYears);
            stdout.WriteLine($"game {id}: scenario {def.Name}, {start}–{def.EndYear}, {turns} turns of {setup.TurnYears} year(s); stored in {Path.Combine(folder, DatabaseFile)}");
            stdout.WriteLine("Give each link only to its player: the token after t= acts for that role.");
            stdout.WriteLine($"  facilitator: {GameServer.Link(baseUrl, id, tokens[GameSetup.Facilitator])}");
            foreach (var r in setup.Roles) stdout.WriteLine($"  {r}: {GameServer.Link(baseUrl, id, tokens[r])}");
            stdout.WriteLine($"Serve it with: spokes game serve --out {folder}");
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    private static Command Serve(TextWriter stdout, TextWriter stderr)
    {
        var outDir = OutOption();
        var listen = new Option<string>("--listen")
        {
            Description = "address to listen on (default loopback only). A non-loopback address (e.g. http://0.0.0.0:5090) serves a classroom network: anyone who can reach it can open the page, and only the role tokens guard the games (no TLS)",
            DefaultValueFactory = _ => GameServerOptions.DefaultUrl,
        };
        var scenarios = new Option<string?>("--scenarios") { Description = "folder of scenario files the facilitator may start a game from on the page (besides 'default')" };
        var cmd = new Command("serve", "Serve the seminar game (page, API, live updates) until Ctrl+C; every game in the folder resumes where it was.")
        {
            outDir, listen, scenarios,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string folder = parse.GetValue(outDir)!;
            string address = parse.GetValue(listen)!;
            bool exposed = ListenAddresses.Check([address], allowPublic: true);
            if (parse.GetValue(scenarios) is { } dir && !Directory.Exists(dir))
                throw new InputException("--scenarios", 0, 0, "scenarios", $"the folder '{dir}' does not exist");
            Directory.CreateDirectory(folder);
            using var app = GameServer.Build(new GameServerOptions
            {
                Urls = [address], Public = exposed, Database = Path.Combine(folder, DatabaseFile), ScenarioFolder = parse.GetValue(scenarios),
            });
            try { app.Start(); }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                throw new InputException("--listen", 0, 0, "listen", $"cannot listen on {address}: {e.Message.Split('\n')[0]}");
            }
            if (exposed)
                stderr.WriteLine("WARNING: --listen: the game is reachable from other machines on this network; only the role tokens guard it, and traffic is not encrypted (no TLS). Use it on a trusted classroom network only.");
            foreach (var bound in SpokesWeb.BoundUrls(app)) stdout.WriteLine($"spokes game server on {bound} (Ctrl+C to stop)");
            stdout.Flush();
            app.WaitForShutdown();
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
