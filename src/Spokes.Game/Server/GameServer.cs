using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spokes.Reports.Html;
using Spokes.Web;

namespace Spokes.Game.Server;

/// <summary>How to build the game server.</summary>
public sealed record GameServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>Addresses Kestrel listens on (port 0 picks a free one).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The SQLite file that holds the games.</summary>
    public required string Database { get; init; }

    /// <summary>Allow addresses other machines can reach (the CLI's <c>--listen</c> with a non-loopback address).</summary>
    public bool Public { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    public int MaxGames { get; init; } = GameService.DefaultMaxGames;

    /// <summary>A folder of scenario files a game may be created from on the web page (besides "default"); null: none.</summary>
    public string? ScenarioFolder { get; init; }

    /// <summary>A last hook on the builder (tests add a log collector).</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}

/// <summary>Clients join a game's group to hear "changed" (no data: each then fetches what its own token may see).</summary>
public sealed class GameHub : Hub
{
    public const int MaxMessageBytes = 1024;

    public Task Join(string game) =>
        game.Length is > 0 and <= 32 ? Groups.AddToGroupAsync(Context.ConnectionId, Group(game)) : Task.CompletedTask;

    public static string Group(string game) => "game:" + game;
}

/// <summary>
/// The seminar game's web server: the page, a JSON API with bearer role tokens, and a SignalR hub for live updates.
/// Tokens travel only in the Authorization header (the page keeps its token in the URL fragment, which browsers never
/// send), and nothing logs headers, so no token reaches a log. Loopback by default; bodies, hub messages, games and
/// roles are bounded.
/// </summary>
public static class GameServer
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxConnections = 256;

    public static WebApplication Build(GameServerOptions options)
    {
        var builder = LocalHostBuilder.Create(options.Urls, options.Public, options.LogLevel, MaxBodyBytes, MaxConnections);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxConcurrentUpgradedConnections = MaxConnections);
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = GameHub.MaxMessageBytes);
        options.Configure?.Invoke(builder);
        var store = new GameStore(options.Database);
        var games = new GameService(store, options.MaxGames);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(games);

        var app = builder.Build();
        var hub = app.Services.GetRequiredService<IHubContext<GameHub>>();
        games.Changed += id => _ = hub.Clients.Group(GameHub.Group(id)).SendAsync("changed");
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        app.Use((ctx, next) => Guard(ctx, next, options.Public));

        var page = Resource("Spokes.Game.game.html");
        var client = Resource("Spokes.Game.signalr.min.js");
        app.MapGet("/", () => Results.Redirect("/game"));
        app.MapGet("/game", (HttpContext ctx) =>
        {
            ctx.Response.Headers.ContentSecurityPolicy = PagePolicy;
            ctx.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(page, "text/html; charset=utf-8");
        });
        app.MapGet("/game/signalr.min.js", () => Results.Bytes(client, "text/javascript; charset=utf-8"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapHub<GameHub>("/hub");

        app.MapPost("/api/games", (Func<HttpContext, Task<IResult>>)(ctx => Handle(ctx, async () =>
        {
            if (ctx.Connection.RemoteIpAddress is not { } ip || !System.Net.IPAddress.IsLoopback(ip))
                throw new GameException("games are created on the facilitator's own machine (loopback) or with `spokes game new`", 403);
            var body = await Body<NewGameRequest>(ctx);
            string file = ScenarioFile(body.Scenario ?? "default", options.ScenarioFolder);
            var setup = GameSetup.Create(file, body.Roles ?? [], body.TurnYears ?? 1);
            var (id, tokens) = games.Create(setup, DateTimeOffset.UtcNow);
            return new NewGameResponse(id, tokens);
        })));
        app.MapGet("/api/games/{id}", (HttpContext ctx, string id) => Handle(ctx, () => Task.FromResult<object>(games.View(id, Role(ctx, games, id)))));
        app.MapPost("/api/games/{id}/orders", (HttpContext ctx, string id) => Handle(ctx, async () =>
        {
            var role = Role(ctx, games, id);
            var orders = await Body<Dictionary<string, double>>(ctx);
            games.Submit(id, role, orders);
            return new Ok("orders stored");
        }));
        app.MapPost("/api/games/{id}/injects", (HttpContext ctx, string id) => Handle(ctx, async () =>
        {
            var role = Role(ctx, games, id);
            var body = await Body<InjectRequest>(ctx);
            games.AddInject(id, role, body.Kind ?? "", body.Analogue ?? "", body.Ally);
            return new Ok("inject stored");
        }));
        app.MapPost("/api/games/{id}/adjudicate", (HttpContext ctx, string id) => Handle(ctx, () =>
        {
            games.Adjudicate(id, Role(ctx, games, id));
            return Task.FromResult<object>(new Ok("turn adjudicated"));
        }));
        app.MapPost("/api/games/{id}/deadline", (HttpContext ctx, string id) => Handle(ctx, async () =>
        {
            var role = Role(ctx, games, id);
            var body = await Body<DeadlineRequest>(ctx);
            return new Ok("orders close at " + games.SetDeadline(id, role, body.Minutes ?? 0).ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }));
        app.MapPost("/api/games/{id}/rewind", (HttpContext ctx, string id) => Handle(ctx, () =>
        {
            games.Rewind(id, Role(ctx, games, id));
            return Task.FromResult<object>(new Ok("turn rewound"));
        }));
        app.MapGet("/api/games/{id}/report", (HttpContext ctx, string id) =>
        {
            try
            {
                var (setup, turns, results) = games.Record(id, Role(ctx, games, id));
                var html = HtmlReport.Render(AfterActionReport.Build(id, setup, turns, results));
                ctx.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";
                return Results.Bytes(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
            }
            catch (GameException e) { return Results.Json(new ApiError(e.Message), statusCode: e.Status); }
        });
        app.MapFallback(() => Results.Json(new ApiError("not found"), statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    public const string PagePolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public sealed record NewGameRequest(string? Scenario, List<string>? Roles, int? TurnYears);
    public sealed record NewGameResponse(string Game, IReadOnlyDictionary<string, string> Tokens);
    public sealed record InjectRequest(string? Kind, string? Analogue, string? Ally);
    public sealed record DeadlineRequest(int? Minutes);
    public sealed record Ok(string Message);
    public sealed record ApiError(string Error);

    /// <summary>The link a role opens: the token in the fragment, which the browser never sends to any server.</summary>
    public static string Link(string baseUrl, string game, string token) => $"{baseUrl.TrimEnd('/')}/game#g={game}&t={token}";

    private static string Role(HttpContext ctx, GameService games, string id)
    {
        string? header = ctx.Request.Headers.Authorization;
        string? token = header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
        return games.Authenticate(id, token);
    }

    private static async Task<T> Body<T>(HttpContext ctx)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(ctx.Request.Body, Json, ctx.RequestAborted)
                   ?? throw new GameException("empty body", 400);
        }
        catch (JsonException e) { throw new GameException("malformed JSON: " + e.Message.Split('.')[0], 400); }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<IResult> Handle(HttpContext ctx, Func<Task<object>> work)
    {
        try { return Results.Json(await work(), Json); }
        catch (GameException e) { return Results.Json(new ApiError(e.Message), Json, statusCode: e.Status); }
        catch (InputException e) { return Results.Json(new ApiError(e.Message), Json, statusCode: StatusCodes.Status400BadRequest); }
        catch (BadHttpRequestException e) { return Results.Json(new ApiError(e.Message), Json, statusCode: e.StatusCode); }
    }

    private static string ScenarioFile(string name, string? folder)
    {
        if (name == "default") return name;
        if (folder is null || name.Length > 64 || !System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z0-9-]+$"))
            throw new GameException($"unknown scenario '{name}'", 400);
        var path = Path.Combine(folder, name + ".yaml");
        return File.Exists(path) ? path : throw new GameException($"unknown scenario '{name}'", 400);
    }

    private static Task Guard(HttpContext ctx, RequestDelegate next, bool isPublic)
    {
        var h = ctx.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        if (!isPublic && !ListenAddresses.IsLoopback(ctx.Request.Host.Host))
            return Results.Json(new ApiError("loopback names only"), statusCode: 400).ExecuteAsync(ctx);
        // A cross-site form can POST text/plain without a CORS preflight; a JSON POST cannot.
        if (HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path.StartsWithSegments("/api")
            && !(ctx.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Results.Json(new ApiError("send the body as Content-Type: application/json"), statusCode: 415).ExecuteAsync(ctx);
        return next(ctx);
    }

    private static byte[] Resource(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing " + name);
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
