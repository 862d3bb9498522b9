using System.Text.Json;
using System.Text.Json.Serialization;
using Spokes.Model.Outputs;

namespace Spokes.Game;

/// <summary>One row of a result: an actor (or the alliance), and each recorded variable's values by year.</summary>
public sealed record ResultRow(string Id, string Kind, SortedDictionary<string, double[]> Values);

/// <summary>
/// The record of a game from its start year to the end of an adjudicated turn: every variable of every row, as the
/// trajectory holds them. Written as JSON with sorted keys and shortest round-trip numbers, so the same trajectory
/// always gives the same bytes (the replay test compares bytes).
/// </summary>
public sealed record GameResult(int StartYear, int EndYear, IReadOnlyList<ResultRow> Rows)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static GameResult From(Trajectory t, int endYear)
    {
        var rows = new List<ResultRow>();
        for (int r = 0; r < t.RowIds.Count; r++)
        {
            var values = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
            foreach (var info in VariableInfo.All)
                if (t.Has(r, info.Variable))
                    values[info.Key] = Enumerable.Range(t.StartYear, endYear - t.StartYear + 1).Select(y => t[y, r, info.Variable]).ToArray();
            rows.Add(new ResultRow(t.RowIds[r], t.RowKinds[r].ToString(), values));
        }
        return new GameResult(t.StartYear, endYear, rows);
    }

    public ResultRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);

    /// <summary>A value, or null when the row or variable is not in this result (hidden, or not recorded).</summary>
    public double? Get(string id, string key, int year) =>
        Row(id) is { } row && row.Values.TryGetValue(key, out var v) && year >= StartYear && year <= EndYear ? v[year - StartYear] : null;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static GameResult FromJson(string json) => JsonSerializer.Deserialize<GameResult>(json, Json)
        ?? throw new InvalidDataException("empty result");
}
