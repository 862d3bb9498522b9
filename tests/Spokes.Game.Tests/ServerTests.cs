using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Spokes.Game.Server;

namespace Spokes.Game.Tests;

/// <summary>Collects every log message the server writes, at every level.</summary>
internal sealed class CollectingLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();
    public ILogger CreateLogger(string category) => new Logger(this, category);
    public void Dispose() { }

    private sealed class Logger(CollectingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel level) => true;
        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
            owner.Lines.Enqueue($"{category}: {format(state, e)} {e} {state}");
    }
}

/// <summary>The server over HTTP, as a browser or script uses it: bearer tokens, roles, limits, logs.</summary>
public class ServerTests
{
    private static async Task<(WebApplication App, HttpClient Http, CollectingLogs Logs, string Folder)> Start()
    {
        var folder = Directory.CreateTempSubdirectory("spokes-game-server-").FullName;
        var logs = new CollectingLogs();
        var app = GameServer.Build(new GameServerOptions
        {
            Urls = ["http://127.0.0.1:0"], Database = Path.Combine(folder, "games.db"), LogLevel = LogLevel.Trace, MaxGames = 3,
            Configure = b => b.Logging.AddProvider(logs),
        });
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) }, logs, folder);
    }

    private static HttpRequestMessage As(HttpMethod method, string path, string token, object? body = null)
    {
        var m = new HttpRequestMessage(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        if (body is not null) m.Content = JsonContent.Create(body);
        return m;
    }

    [Fact]
    public async Task Roles_act_only_for_themselves_and_no_token_reaches_the_logs()
    {
        var (app, http, logs, folder) = await Start();
        try
        {
            var created = await http.PostAsJsonAsync("/api/games", new { roles = new[] { "USA", "JPN", "CHN" }, turnYears = 2 });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var game = (await created.Content.ReadFromJsonAsync<GameServer.NewGameResponse>())!;
            var t = game.Tokens;
            string g = $"/api/games/{game.Game}";

            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(As(HttpMethod.Post, g + "/orders", t["JPN"], new { spendingTarget = 0.02 }))).StatusCode);
            // JPN's token cannot adjudicate, rewind, inject or read the report; a made-up token reads nothing.
            Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(As(HttpMethod.Post, g + "/adjudicate", t["JPN"], new { }))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(As(HttpMethod.Get, g + "/report", t["JPN"]))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(As(HttpMethod.Get, g, "not-a-token"))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(g)).StatusCode);
            // An ally cannot send another's decisions (a U.S. lever).
            Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(As(HttpMethod.Post, g + "/orders", t["JPN"], new { demands = 1.0 }))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(As(HttpMethod.Post, g + "/adjudicate", t[GameSetup.Facilitator], new { }))).StatusCode);
            var jpn = await (await http.SendAsync(As(HttpMethod.Get, g, t["JPN"]))).Content.ReadAsStringAsync();
            var chn = await (await http.SendAsync(As(HttpMethod.Get, g, t["CHN"]))).Content.ReadAsStringAsync();
            Assert.Contains("\"belief\"", jpn);
            Assert.DoesNotContain("\"belief\"", chn);
            Assert.Contains("spendingTarget", jpn);
            Assert.DoesNotContain("spendingTarget", chn);
            var report = await http.SendAsync(As(HttpMethod.Get, g + "/report", t[GameSetup.Facilitator]));
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            Assert.Contains("after-action report", await report.Content.ReadAsStringAsync());

            string all = string.Join("\n", logs.Lines);
            Assert.NotEmpty(logs.Lines);
            foreach (var token in t.Values) Assert.DoesNotContain(token, all);
        }
        finally { await app.StopAsync(); Directory.Delete(folder, true); }
    }

    [Fact]
    public async Task Bodies_games_and_content_types_are_bounded()
    {
        var (app, http, _, folder) = await Start();
        try
        {
            var big = new StringContent("{\"x\":\"" + new string('a', GameServer.MaxBodyBytes) + "\"}", Encoding.UTF8, "application/json");
            var game = (await (await http.PostAsJsonAsync("/api/games", new { roles = new[] { "JPN" } })).Content.ReadFromJsonAsync<GameServer.NewGameResponse>())!;
            var req = As(HttpMethod.Post, $"/api/games/{game.Game}/orders", game.Tokens["JPN"]);
            req.Content = big;
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(req)).StatusCode);
            var form = new StringContent("roles=JPN", Encoding.UTF8, "text/plain");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.PostAsync("/api/games", form)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/games", new { roles = new[] { "JPN" } })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/games", new { roles = new[] { "JPN" } })).StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsJsonAsync("/api/games", new { roles = new[] { "JPN" } })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/api/games", new { scenario = "../../etc/passwd", roles = new[] { "JPN" } })).StatusCode);
            Assert.Throws<InputException>(() => GameServer.Build(new GameServerOptions { Urls = ["http://0.0.0.0:0"], Database = Path.Combine(folder, "x.db") }));
        }
        finally { await app.StopAsync(); Directory.Delete(folder, true); }
    }
}
