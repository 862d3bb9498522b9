using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Spokes.Game;

/// <summary>A stored game's header: its setup and the turn now being played (1-based).</summary>
public sealed record StoredGame(string Id, GameSetup Setup, int Turn, string Created);

/// <summary>
/// Games in one SQLite file: setups, role tokens (SHA-256 hashes only: the file never holds a usable token),
/// every turn's orders and injects, and every adjudicated turn's result. Each change is one transaction, so a
/// server killed at any moment restarts with every game as it was after its last completed request.
/// </summary>
public sealed class GameStore : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();

    public GameStore(string path)
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        Execute("""
            CREATE TABLE IF NOT EXISTS games (id TEXT PRIMARY KEY, created TEXT NOT NULL, setup TEXT NOT NULL, turn INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, game TEXT NOT NULL REFERENCES games(id), role TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS orders (game TEXT NOT NULL REFERENCES games(id), turn INTEGER NOT NULL, role TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (game, turn, role));
            CREATE TABLE IF NOT EXISTS injects (game TEXT NOT NULL REFERENCES games(id), turn INTEGER NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (game, turn, seq));
            CREATE TABLE IF NOT EXISTS deadlines (game TEXT NOT NULL REFERENCES games(id), turn INTEGER NOT NULL, until TEXT NOT NULL, PRIMARY KEY (game, turn));
            CREATE TABLE IF NOT EXISTS results (game TEXT NOT NULL REFERENCES games(id), turn INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (game, turn));
            """);
    }

    public void Dispose() => _db.Dispose();

    public int GameCount() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM games"), CultureInfo.InvariantCulture);

    public void AddGame(string id, GameSetup setup, IReadOnlyDictionary<string, string> tokenHashes, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            Execute("INSERT INTO games (id, created, setup, turn) VALUES ($id, $created, $setup, 1)", tx,
                ("$id", id), ("$created", now.ToString("O", CultureInfo.InvariantCulture)), ("$setup", JsonSerializer.Serialize(setup, GameResult.Json)));
            foreach (var (role, hash) in tokenHashes)
                Execute("INSERT INTO tokens (hash, game, role) VALUES ($hash, $game, $role)", tx, ("$hash", hash), ("$game", id), ("$role", role));
            tx.Commit();
        }
    }

    public StoredGame? Game(string id)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT created, setup, turn FROM games WHERE id = $id", null, ("$id", id));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            var setup = JsonSerializer.Deserialize<GameSetup>(r.GetString(1), GameResult.Json)!;
            return new StoredGame(id, setup, r.GetInt32(2), r.GetString(0));
        }
    }

    public IReadOnlyList<string> GameIds()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT id FROM games ORDER BY created, id", null);
            using var r = cmd.ExecuteReader();
            var ids = new List<string>();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }
    }

    /// <summary>The role a token hash acts for in a game, or null.</summary>
    public string? RoleOf(string game, string tokenHash) =>
        Scalar("SELECT role FROM tokens WHERE hash = $hash AND game = $game", ("$hash", tokenHash), ("$game", game)) as string;

    public void SaveOrders(string game, int turn, string role, SortedDictionary<string, double> orders) =>
        Locked(tx => Execute("INSERT OR REPLACE INTO orders (game, turn, role, json) VALUES ($g, $t, $r, $j)", tx,
            ("$g", game), ("$t", turn), ("$r", role), ("$j", JsonSerializer.Serialize(orders, GameResult.Json))));

    public void AddInject(string game, int turn, Inject inject) =>
        Locked(tx => Execute("INSERT INTO injects (game, turn, seq, json) VALUES ($g, $t, (SELECT COUNT(*) FROM injects WHERE game = $g AND turn = $t), $j)", tx,
            ("$g", game), ("$t", turn), ("$j", JsonSerializer.Serialize(inject, GameResult.Json))));

    /// <summary>Every turn's orders and injects from 1 to <paramref name="lastTurn"/>, in order.</summary>
    public IReadOnlyList<TurnRecord> Turns(string game, int lastTurn)
    {
        lock (_gate)
        {
            var turns = Enumerable.Range(1, lastTurn).Select(t => (Orders: new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal), Injects: new List<Inject>())).ToList();
            using (var cmd = Command("SELECT turn, role, json FROM orders WHERE game = $g AND turn <= $t ORDER BY turn, role", null, ("$g", game), ("$t", lastTurn)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                    turns[r.GetInt32(0) - 1].Orders[r.GetString(1)] = JsonSerializer.Deserialize<SortedDictionary<string, double>>(r.GetString(2), GameResult.Json)!;
            using (var cmd = Command("SELECT turn, json FROM injects WHERE game = $g AND turn <= $t ORDER BY turn, seq", null, ("$g", game), ("$t", lastTurn)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                    turns[r.GetInt32(0) - 1].Injects.Add(JsonSerializer.Deserialize<Inject>(r.GetString(1), GameResult.Json)!);
            return turns.Select((t, i) => new TurnRecord(i + 1, t.Orders, t.Injects)).ToList();
        }
    }

    /// <summary>Stores turn <paramref name="turn"/>'s result and opens the next turn, in one transaction.</summary>
    public void CompleteTurn(string game, int turn, string resultJson) =>
        Locked(tx =>
        {
            Execute("INSERT OR REPLACE INTO results (game, turn, json) VALUES ($g, $t, $j)", tx, ("$g", game), ("$t", turn), ("$j", resultJson));
            Execute("UPDATE games SET turn = $next WHERE id = $g AND turn = $t", tx, ("$g", game), ("$t", turn), ("$next", turn + 1));
        });

    /// <summary>Withdraws the result of turn <paramref name="turn"/> − 1 and drops the open turn's orders and injects
    /// (made on the withdrawn result); the rewound turn's own orders stay, to be changed and adjudicated again.</summary>
    public void Rewind(string game, int turn) =>
        Locked(tx =>
        {
            Execute("DELETE FROM orders WHERE game = $g AND turn = $t", tx, ("$g", game), ("$t", turn));
            Execute("DELETE FROM injects WHERE game = $g AND turn = $t", tx, ("$g", game), ("$t", turn));
            Execute("DELETE FROM deadlines WHERE game = $g AND turn >= $p", tx, ("$g", game), ("$p", turn - 1));
            Execute("DELETE FROM results WHERE game = $g AND turn = $p", tx, ("$g", game), ("$p", turn - 1));
            Execute("UPDATE games SET turn = $p WHERE id = $g AND turn = $t", tx, ("$g", game), ("$t", turn), ("$p", turn - 1));
        });

    public void SetDeadline(string game, int turn, DateTimeOffset until) =>
        Locked(tx => Execute("INSERT OR REPLACE INTO deadlines (game, turn, until) VALUES ($g, $t, $u)", tx,
            ("$g", game), ("$t", turn), ("$u", until.ToString("O", CultureInfo.InvariantCulture))));

    /// <summary>The deadline of a turn's orders, or null when the facilitator set none.</summary>
    public DateTimeOffset? Deadline(string game, int turn) =>
        Scalar("SELECT until FROM deadlines WHERE game = $g AND turn = $t", ("$g", game), ("$t", turn)) is string s
            ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : null;

    /// <summary>The stored result JSON of an adjudicated turn, or null.</summary>
    public string? Result(string game, int turn) =>
        Scalar("SELECT json FROM results WHERE game = $g AND turn = $t", ("$g", game), ("$t", turn)) as string;

    private void Locked(Action<SqliteTransaction> work)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            work(tx);
            tx.Commit();
        }
    }

    private object? Scalar(string sql, params (string, object)[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, null, args);
            return cmd.ExecuteScalar();
        }
    }

    private void Execute(string sql, SqliteTransaction? tx = null, params (string, object)[] args)
    {
        using var cmd = Command(sql, tx, args);
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
