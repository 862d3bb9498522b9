using Spokes.Model.Outputs;

namespace Spokes.Game;

/// <summary>
/// What each role may see of a result. The facilitator sees everything. A player sees every recorded variable of
/// its own row; of every other actor only the public figures (<see cref="Public"/>: what budgets, statistics and
/// diplomacy reveal); and no alliance index (those are the analyst's). An ally's belief in the U.S. commitment, its
/// fears, its nuclear hedging and its threat perception are its own. The U.S. player also gets its intelligence
/// estimates (<see cref="Estimated"/>) of each ally's belief and proliferation risk, to the nearest tenth, under
/// "…_estimate" keys — an estimate, never the value.
/// </summary>
public static class Visibility
{
    /// <summary>Figures every player sees for every actor.</summary>
    public static IReadOnlySet<string> Public { get; } = new HashSet<string>(new[]
    {
        Variable.Gdp, Variable.Spending, Variable.SpendingShare, Variable.HostSupport, Variable.Alignment, Variable.Troops,
        Variable.Probing, Variable.PublicSupport, Variable.GovernmentOrientation, Variable.ThreatShock,
    }.Select(v => VariableInfo.Get(v).Key));

    /// <summary>Private figures of the allies that the U.S. estimates.</summary>
    public static IReadOnlyList<string> Estimated { get; } =
        [VariableInfo.Get(Variable.Belief).Key, VariableInfo.Get(Variable.ProliferationRisk).Key];

    public const string EstimateSuffix = "_estimate";

    public static GameResult For(string role, RoleKind kind, GameResult full)
    {
        if (kind == RoleKind.Facilitator) return full;
        var rows = new List<ResultRow>();
        foreach (var row in full.Rows)
        {
            if (row.Kind == nameof(RowKind.Alliance)) continue;
            if (row.Id == role) { rows.Add(row); continue; }
            var values = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
            foreach (var (key, series) in row.Values)
                if (Public.Contains(key)) values[key] = series;
            if (kind == RoleKind.Hub && row.Kind == nameof(RowKind.Spoke))
                foreach (var key in Estimated)
                    if (row.Values.TryGetValue(key, out var series)) values[key + EstimateSuffix] = series.Select(v => Math.Round(v * 10) / 10).ToArray();
            rows.Add(row with { Values = values });
        }
        return full with { Rows = rows };
    }
}
