using Spokes.Explore.Results;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// One outcome per scenario from an exploration folder: the inputs and outcome of one policy's experiments, or the
/// difference outcome(P1) − outcome(P2) per scenario. Shared by the analysis commands that take an exploration.
/// </summary>
internal static class OutcomeSource
{
    public sealed record Selection(IReadOnlyList<string> Inputs, List<double[]> Rows, double[] Values, string What);

    public static Selection FromResults(string dir, string name, string? policy, string? difference)
    {
        var table = ResultReader.Read(dir);
        int o = table.Outcomes.ToList().IndexOf(name);
        if (o < 0) throw new InputException(dir, 0, 0, "outcome", $"no outcome '{name}' (outcomes: {string.Join(", ", table.Outcomes)})");
        var rows = new List<double[]>();
        var values = new List<double>();
        string what;
        if (difference is not null)
        {
            var pair = difference.Split(',', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !table.Policies.Contains(pair[0]) || !table.Policies.Contains(pair[1]))
                throw new InputException("--difference", 0, 0, "difference", $"give two policies of the results as P1,P2 (policies: {string.Join(", ", table.Policies.Distinct())})");
            var first = new Dictionary<int, int>();
            var second = new Dictionary<int, int>();
            for (int i = 0; i < table.Policies.Length; i++)
            {
                if (table.Policies[i] == pair[0]) first[table.Scenarios[i]] = i;
                else if (table.Policies[i] == pair[1]) second[table.Scenarios[i]] = i;
            }
            foreach (var (scenario, i) in first.OrderBy(kv => kv.Key))
                if (second.TryGetValue(scenario, out int j))
                {
                    rows.Add(table.InputRows[i]);
                    values.Add(table.OutcomeRows[i][o] - table.OutcomeRows[j][o]);
                }
            what = $"{name}({pair[0]}) − {name}({pair[1]})";
        }
        else
        {
            var policies = table.Policies.Distinct().ToList();
            string chosen = policy ?? (policies.Count == 1 ? policies[0]
                : throw new InputException("--policy", 0, 0, "policy", $"the results hold several policies ({string.Join(", ", policies)}): name one with --policy, or compare two with --difference"));
            if (!policies.Contains(chosen)) throw new InputException("--policy", 0, 0, "policy", $"no policy '{chosen}' in the results");
            for (int i = 0; i < table.Policies.Length; i++)
                if (table.Policies[i] == chosen) { rows.Add(table.InputRows[i]); values.Add(table.OutcomeRows[i][o]); }
            what = $"{name} under {chosen}";
        }
        var bad = values.FindIndex(v => !double.IsFinite(v));
        if (bad >= 0) throw new InputException(dir, 0, 0, name, $"scenario row {bad} has a non-finite outcome");
        return new Selection(table.Inputs, rows, values.ToArray(), what);
    }
}
