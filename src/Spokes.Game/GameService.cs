using Spokes.Model.World;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;

namespace Spokes.Game;

/// <summary>A decision key a role may give, with its range.</summary>
public sealed record OrderKey(string Key, double Min, double Max);

/// <summary>An inject as every role sees it: turn, words and source.</summary>
public sealed record InjectView(int Turn, string Kind, string Description, string Source);

/// <summary>An analogue the facilitator may inject: an event of data/threat-events.csv.</summary>
public sealed record InjectOption(string Id, int Year, string Adversary, string Event);

/// <summary>What one role sees of a game now.</summary>
public sealed record GameView(
    string Game, string Role, string Kind, string Scenario, int StartYear, int EndYear, int Turn, int TurnCount,
    int FirstYear, int LastYear, bool Finished, IReadOnlyList<string> Roles, IReadOnlyList<string> Submitted,
    IReadOnlyList<OrderKey> Keys, IReadOnlyDictionary<string, double>? MyOrders,
    IReadOnlyList<InjectView> Injects, GameResult? Result)
{
    /// <summary>When the open turn's orders close (UTC), or null: the facilitator adjudicates when ready.</summary>
    public DateTimeOffset? Deadline { get; init; }
    /// <summary>Whether every played role has sent orders for the open turn.</summary>
    public bool AllSubmitted { get; init; }
    /// <summary>Every role's orders of every turn (facilitator only; null for players).</summary>
    public IReadOnlyList<TurnRecord>? AllOrders { get; init; }
    /// <summary>The events the facilitator may inject (facilitator only).</summary>
    public IReadOnlyList<InjectOption>? InjectOptions { get; init; }
    /// <summary>The scenario's allies, whose governments the facilitator may change (facilitator only).</summary>
    public IReadOnlyList<string>? Allies { get; init; }
}

/// <summary>A refused request: not found, not allowed, or not possible now (the message says which).</summary>
public sealed class GameException(string message, int status) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// The games: create, authenticate a token, submit orders, inject, adjudicate, rewind, view and report. Every rule of
/// who may do what is here, so every front end (server, tests) enforces the same: a token acts only for its own role
/// in its own game; only the facilitator injects, adjudicates, rewinds and reads the report.
/// </summary>
public sealed class GameService(GameStore store, int maxGames = GameService.DefaultMaxGames, TimeProvider? clock = null)
{
    public const int DefaultMaxGames = 50, MaxDeadlineMinutes = 240;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();

    /// <summary>Raised after every change to a game (its id), for live updates.</summary>
    public event Action<string>? Changed;

    /// <summary>A new game: its id and one token per role, the facilitator's included.</summary>
    /// <exception cref="GameException">the store already holds the most games allowed.</exception>
    public (string Game, IReadOnlyDictionary<string, string> Tokens) Create(GameSetup setup, DateTimeOffset now)
    {
        setup.Check();
        lock (_gate)
        {
            if (store.GameCount() >= maxGames) throw new GameException($"this server holds {maxGames} games, its limit", 429);
            string id = Tokens.NewGameId();
            var tokens = setup.Roles.Append(GameSetup.Facilitator).ToDictionary(r => r, _ => Tokens.New());
            store.AddGame(id, setup, tokens.ToDictionary(kv => kv.Key, kv => Tokens.Hash(kv.Value)), now);
            return (id, tokens);
        }
    }

    /// <summary>The role <paramref name="token"/> acts for in <paramref name="game"/>.</summary>
    /// <exception cref="GameException">no such game, or a token that is not one of its roles' (the same answer for
    /// both, so a token cannot be used to probe for games).</exception>
    public string Authenticate(string game, string? token)
    {
        if (token is null || token.Length is 0 or > 128 || store.RoleOf(game, Tokens.Hash(token)) is not { } role)
            throw new GameException("unknown game or token", 401);
        return role;
    }

    public void Submit(string game, string role, IReadOnlyDictionary<string, double> orders)
    {
        lock (_gate)
        {
            var (g, b) = Load(game);
            if (role == GameSetup.Facilitator) throw new GameException("the facilitator gives no orders", 403);
            OpenTurn(g, b);
            if (store.Deadline(game, g.Turn) is { } until && _clock.GetUtcNow() > until)
                throw new GameException("the turn's deadline has passed: the facilitator adjudicates with the orders sent in time", 409);
            store.SaveOrders(game, g.Turn, role, Orders.Check(b, role, orders));
        }
        Changed?.Invoke(game);
    }

    public void AddInject(string game, string role, string kind, string analogue, string? ally)
    {
        lock (_gate)
        {
            var (g, b) = Load(game);
            Facilitator(role);
            OpenTurn(g, b);
            var data = Data(g.Setup);
            store.AddInject(game, g.Turn, Inject.Check(b, data, kind, analogue, ally));
        }
        Changed?.Invoke(game);
    }

    /// <summary>Adjudicates the open turn (roles that sent no orders keep their rules) and opens the next.</summary>
    public GameResult Adjudicate(string game, string role)
    {
        GameResult result;
        lock (_gate)
        {
            var (g, b) = Load(game);
            Facilitator(role);
            OpenTurn(g, b);
            result = Adjudicator.Adjudicate(g.Setup, store.Turns(game, g.Turn));
            store.CompleteTurn(game, g.Turn, result.ToJson());
        }
        Changed?.Invoke(game);
        return result;
    }

    /// <summary>Closes the open turn's orders <paramref name="minutes"/> from now (the facilitator then adjudicates;
    /// later orders are refused). Wall-clock time never enters adjudication, so replays stay exact.</summary>
    public DateTimeOffset SetDeadline(string game, string role, int minutes)
    {
        DateTimeOffset until;
        lock (_gate)
        {
            var (g, b) = Load(game);
            Facilitator(role);
            OpenTurn(g, b);
            if (minutes < 1 || minutes > MaxDeadlineMinutes) throw new GameException($"a deadline of {minutes} minutes is outside 1–{MaxDeadlineMinutes}", 400);
            until = _clock.GetUtcNow().AddMinutes(minutes);
            store.SetDeadline(game, g.Turn, until);
        }
        Changed?.Invoke(game);
        return until;
    }

    public void Rewind(string game, string role)
    {
        lock (_gate)
        {
            var (g, _) = Load(game);
            Facilitator(role);
            if (g.Turn <= 1) throw new GameException("no adjudicated turn to rewind", 409);
            store.Rewind(game, g.Turn);
        }
        Changed?.Invoke(game);
    }

    public GameView View(string game, string role)
    {
        var (g, b) = Load(game);
        var kind = GameSetup.KindOf(b, role) ?? throw new GameException("unknown role", 403);
        var def = g.Setup.Scenario();
        int count = Adjudicator.TurnCount(b.Year, def.EndYear, g.Setup.TurnYears);
        bool finished = g.Turn > count;
        var (first, last) = finished ? (def.EndYear, def.EndYear) : Adjudicator.Years(b.Year, def.EndYear, g.Setup.TurnYears, g.Turn);
        var turns = store.Turns(game, Math.Min(g.Turn, count));
        var open = finished ? null : turns[^1];
        var data = Data(g.Setup);
        var injects = turns.SelectMany(t => t.Injects.Select(i => (t.Turn, i)))
            .Select(x => { var (d, s) = x.i.Describe(data); return new InjectView(x.Turn, x.i.Kind, d, s); }).ToList();
        var full = g.Turn > 1 && store.Result(game, g.Turn - 1) is { } json ? GameResult.FromJson(json) : null;
        bool isFacilitator = kind == RoleKind.Facilitator;
        return new GameView(game, role, kind.ToString(), def.Name, b.Year, def.EndYear, g.Turn, count, first, last, finished,
            g.Setup.Roles, open?.Orders.Keys.ToList() ?? [],
            Orders.KeysFor(b, role).Select(k => new OrderKey(k.Key, k.Min, k.Max)).ToList(),
            open is not null && open.Orders.TryGetValue(role, out var mine) ? mine : null,
            injects, full is null ? null : Visibility.For(role, kind, full))
        {
            Deadline = finished ? null : store.Deadline(game, g.Turn),
            AllSubmitted = open is not null && g.Setup.Roles.All(open.Orders.ContainsKey),
            AllOrders = isFacilitator ? store.Turns(game, Math.Min(g.Turn - 1, count)) : null,
            InjectOptions = isFacilitator
                ? data.Events.Where(e => b.Threats.Any(t => t.Id == e.Adversary)).GroupBy(e => e.Id)
                    .Select(e => new InjectOption(e.Key, e.First().Year, e.First().Adversary, e.First().Event)).OrderByDescending(e => e.Year).ToList()
                : null,
            Allies = isFacilitator ? b.Spokes.Select(s => s.Id).ToList() : null,
        };
    }

    /// <summary>The adjudicated turns (1 .. turn − 1) as stored: setup and records, for the report and for replays.</summary>
    public (GameSetup Setup, IReadOnlyList<TurnRecord> Turns, IReadOnlyList<string> Results) Record(string game, string role)
    {
        var (g, _) = Load(game);
        Facilitator(role);
        int done = g.Turn - 1;
        return (g.Setup, store.Turns(game, done), Enumerable.Range(1, done).Select(t => store.Result(game, t)!).ToList());
    }

    private (StoredGame Game, Baseline Baseline) Load(string game)
    {
        var g = store.Game(game) ?? throw new GameException("unknown game or token", 401);
        return (g, ScenarioPlan.Build(g.Setup.Scenario()).Baseline);
    }

    private static void Facilitator(string role)
    {
        if (role != GameSetup.Facilitator) throw new GameException("only the facilitator may do this", 403);
    }

    private static void OpenTurn(StoredGame g, Baseline b)
    {
        var def = g.Setup.Scenario();
        if (g.Turn > Adjudicator.TurnCount(b.Year, def.EndYear, g.Setup.TurnYears))
            throw new GameException("the game is over: every turn is adjudicated", 409);
    }

    private static DriverData Data(GameSetup setup) =>
        setup.Scenario().DataDirectory is { } dir ? DriverData.FromDirectory(dir) : DriverData.BuiltIn;
}
