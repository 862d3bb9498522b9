using System.Text;
using Spokes.Model.Outputs;

namespace Spokes.Cli;

/// <summary>Side-by-side comparison: one table per outcome in each run's final year, runs as columns.</summary>
internal static class CompareReport
{
    private static readonly (Variable V, string Title, int Digits)[] SpokeOutcomes =
    [
        (Variable.SpendingShare, "defence spending, % of GDP", 2),
        (Variable.Belief, "belief in the U.S. commitment", 3),
        (Variable.Alignment, "alignment (−1 bandwagoning .. 1 firm ally)", 3),
        (Variable.Duplication, "duplication share", 3),
        (Variable.ProliferationRisk, "probability of a nuclear programme", 3),
    ];

    private static readonly (Variable V, string Title, int Digits)[] AllianceOutcomes =
    [
        (Variable.Spending, "allied spending $bn", 1),
        (Variable.BurdenShare, "burden share", 3),
        (Variable.Discounting, "discounting index", 3),
        (Variable.Distancing, "distancing index", 3),
        (Variable.Duplication, "duplication index", 3),
        (Variable.EffectiveCapability, "effective capability", 1),
        (Variable.UsNetCost, "U.S. net cost $bn", 1),
        (Variable.CapabilityPerDollar, "capability per U.S. $", 3),
        (Variable.ProliferationRisk, "proliferation risk", 3),
        (Variable.ResponseDays, "response days", 1),
        (Variable.Probing, "adversary probing", 3),
    ];

    public static string Format(IReadOnlyList<(string Name, Trajectory T)> runs)
    {
        var sb = new StringBuilder();
        var first = runs[0].T;
        // Scenarios compared side by side may end in different years: each column is its own run's final year.
        sb.Append(runs.Select(r => r.T.EndYear).Distinct().Count() == 1
            ? $"final year {first.EndYear}\n"
            : $"final years: {string.Join(", ", runs.Select(r => $"{r.Name} {r.T.EndYear}"))}\n");
        var header = runs.Select(r => r.Name).Prepend("").ToArray();
        foreach (var (v, title, digits) in SpokeOutcomes)
        {
            sb.Append('\n').Append(title).Append('\n');
            header[0] = "ally";
            var table = new TextTable(header);
            for (int r = 0; r < first.RowIds.Count; r++)
                if (first.RowKinds[r] == RowKind.Spoke)
                    table.Add(runs.Select(x => RunReport.F(x.T.Get(x.T.EndYear, first.RowIds[r], v), digits)).Prepend(first.RowIds[r]).ToArray());
            sb.Append(table);
        }
        sb.Append("\nalliance\n");
        header[0] = "indicator";
        var totals = new TextTable(header);
        foreach (var (v, title, digits) in AllianceOutcomes)
            totals.Add(runs.Select(x => RunReport.F(x.T.Get(x.T.EndYear, Trajectory.AllianceId, v), digits)).Prepend(title).ToArray());
        sb.Append(totals);

        sb.Append("\nhub and threats\n");
        header[0] = "indicator";
        var actors = new TextTable(header);
        var hub = first.RowIds[0];
        void Add(string title, string row, Variable v, int digits) =>
            actors.Add(runs.Select(x => RunReport.F(x.T.Get(x.T.EndYear, row, v), digits)).Prepend(title).ToArray());
        Add($"{hub} spending $bn", hub, Variable.Spending, 1);
        Add($"{hub} troops in spokes", hub, Variable.Troops, 0);
        Add($"{hub} posture cost $bn", hub, Variable.PostureCost, 1);
        Add("  of which remedies $bn", hub, Variable.RemedyCost, 1);
        for (int r = 0; r < first.RowIds.Count; r++)
        {
            if (first.RowKinds[r] != RowKind.Threat) continue;
            Add($"{first.RowIds[r]} spending $bn", first.RowIds[r], Variable.Spending, 1);
            Add($"{first.RowIds[r]} probing", first.RowIds[r], Variable.Probing, 3);
        }
        sb.Append(actors);
        return sb.ToString();
    }
}
