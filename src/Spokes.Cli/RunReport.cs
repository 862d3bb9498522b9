using System.Globalization;
using System.Text;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;

namespace Spokes.Cli;

/// <summary>The readable summary of one run: per-ally table for the start, middle and final year (or the years of
/// `--years`), then the alliance, the hub and the threats.</summary>
internal static class RunReport
{
    /// <summary>The years a summary shows by default: start, middle and final.</summary>
    public static int[] DefaultYears(Trajectory t) =>
        new[] { t.StartYear, t.StartYear + (t.EndYear - t.StartYear) / 2, t.EndYear }.Distinct().ToArray();

    /// <summary>
    /// Reads `--years`: <c>all</c>, or years and ranges separated by commas (<c>2016,2020-2023,2030</c>), each inside
    /// the run; shown in increasing order, each once.
    /// </summary>
    public static int[] ParseYears(string spec, Trajectory t)
    {
        InputException Bad(string problem) => new("--years", 0, 0, "years", problem);
        if (spec.Trim() == "all") return Enumerable.Range(t.StartYear, t.EndYear - t.StartYear + 1).ToArray();
        var years = new SortedSet<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length > 2 || ends.Any(e => !int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                throw Bad($"'{part}' is not a year or a range like 2020-2025 (or give 'all')");
            int from = int.Parse(ends[0], CultureInfo.InvariantCulture), to = int.Parse(ends[^1], CultureInfo.InvariantCulture);
            if (from > to) throw Bad($"'{part}': the range runs backwards");
            if (from < t.StartYear || to > t.EndYear) throw Bad($"'{part}' is outside the run {t.StartYear}–{t.EndYear}");
            for (int y = from; y <= to; y++) years.Add(y);
        }
        return years.ToArray();
    }

    public static string Format(string title, Trajectory t, IReadOnlyList<(int Year, string Target, string Event)>? events = null, int[]? shown = null)
    {
        var sb = new StringBuilder();
        sb.Append(title).Append('\n');
        var years = shown ?? DefaultYears(t);
        string[] header = ["indicator", .. years.Select(y => y.ToString(CultureInfo.InvariantCulture))];
        foreach (var year in years)
        {
            sb.Append('\n').Append(year).Append('\n');
            var table = new TextTable("ally", "spend %GDP", "spend $bn", "belief", "entrapment", "alignment", "label", "duplication", "nuclear", "threat", "gov't");
            for (int r = 0; r < t.RowIds.Count; r++)
            {
                if (t.RowKinds[r] != RowKind.Spoke) continue;
                double a = t[year, r, Variable.Alignment];
                table.Add(t.RowIds[r], F(t[year, r, Variable.SpendingShare], 2), F(t[year, r, Variable.Spending], 1),
                    F(t[year, r, Variable.Belief], 3), F(t[year, r, Variable.Entrapment], 3), F(a, 3), Alignment.Label(a),
                    F(t[year, r, Variable.Duplication], 3), StageName((int)t[year, r, Variable.NuclearStage]),
                    F(t[year, r, Variable.PerceivedThreat], 2), F(t[year, r, Variable.GovernmentOrientation], 2));
            }
            sb.Append(table);
        }
        sb.Append("\nalliance\n");
        var totals = new TextTable(header);
        int al = t.RowIndex(Trajectory.AllianceId), hub = 0;
        void Row(string name, int row, Variable v, int digits) =>
            totals.Add([name, .. years.Select(y => F(t[y, row, v], digits))]);
        Row("allied spending $bn", al, Variable.Spending, 1);
        Row("allied spending %GDP", al, Variable.SpendingShare, 2);
        Row("burden share", al, Variable.BurdenShare, 3);
        Row("discounting index", al, Variable.Discounting, 3);
        Row("distancing index", al, Variable.Distancing, 3);
        Row("duplication index", al, Variable.Duplication, 3);
        Row("effective capability", al, Variable.EffectiveCapability, 1);
        Row("U.S. net cost $bn", al, Variable.UsNetCost, 1);
        Row("capability per U.S. $", al, Variable.CapabilityPerDollar, 3);
        Row("proliferation risk", al, Variable.ProliferationRisk, 3);
        Row("response days", al, Variable.ResponseDays, 1);
        Row("adversary probing", al, Variable.Probing, 3);
        sb.Append(totals);

        sb.Append("\nhub and threats\n");
        var actors = new TextTable(header);
        void ActorRow(string name, int row, Variable v, int digits) =>
            actors.Add([name, .. years.Select(y => F(t[y, row, v], digits))]);
        ActorRow($"{t.RowIds[hub]} spending $bn", hub, Variable.Spending, 1);
        ActorRow($"{t.RowIds[hub]} troops in spokes", hub, Variable.Troops, 0);
        ActorRow($"{t.RowIds[hub]} posture cost $bn", hub, Variable.PostureCost, 1);
        ActorRow("  of which remedies $bn", hub, Variable.RemedyCost, 1);
        ActorRow($"{t.RowIds[hub]} public support", hub, Variable.PublicSupport, 2);
        for (int r = 0; r < t.RowIds.Count; r++)
        {
            if (t.RowKinds[r] != RowKind.Threat) continue;
            ActorRow($"{t.RowIds[r]} spending $bn", r, Variable.Spending, 1);
            ActorRow($"{t.RowIds[r]} probing", r, Variable.Probing, 3);
        }
        sb.Append(actors);
        if (events is { Count: > 0 })
        {
            sb.Append("\nthreat shocks in the run (data/threat-events.csv and the scenario's events)\n");
            foreach (var group in events.GroupBy(e => (e.Year, e.Event)).OrderBy(g => g.Key.Year))
                sb.Append(TextTable.Paragraph($"  {group.Key.Year}  {group.Key.Event} — felt by {string.Join(", ", group.Select(e => e.Target).Distinct())}", SpokesCli.DataWidth, 8));
        }
        return sb.ToString();
    }

    /// <summary>Landscape theory's predicted bloc of each spoke, beside its alignment label (start, middle, final year).</summary>
    public static string Blocs(Spokes.Model.World.Baseline b, Trajectory t)
    {
        int mid = t.StartYear + (t.EndYear - t.StartYear) / 2;
        var years = new[] { t.StartYear, mid, t.EndYear }.Distinct().ToArray();
        var predictions = years.Select(y => Spokes.Formal.Links.AllianceBlocs.Predict(b, t, y)).ToArray();
        var table = new TextTable(years.Select(y => y.ToString(CultureInfo.InvariantCulture)).Prepend("ally").ToArray());
        foreach (var s in b.Spokes)
            table.Add(years.Select((y, i) => $"{(predictions[i][s.Id] ? "U.S. bloc" : "adversary bloc")} ({Alignment.Label(t.Get(y, s.Id, Variable.Alignment))})").Prepend(s.Id).ToArray());
        return "\npredicted blocs (landscape theory on the model's state; docs/landscape.md)\n" + table;
    }

    public static string StageName(int stage) => stage switch
    {
        0 => "none", 1 => "latent", 2 => "hedging", 3 => "programme", _ => "armed",
    };

    public static string F(double v, int digits) => v.ToString("F" + digits, CultureInfo.InvariantCulture);
}
