using Spokes.Model.Outputs;
using Spokes.Reports.Charts;

namespace Spokes.Reports;

public static partial class ReportBuilder
{
    /// <summary>The indicators the headline's sentences and change table give, in order.</summary>
    private static readonly Variable[] HeadlineVariables =
        [Variable.Discounting, Variable.Distancing, Variable.Duplication, Variable.CapabilityPerDollar, Variable.Spending, Variable.BurdenShare];

    private static string Short(FindingIndicator i) => i.Label.Replace(" index", "", StringComparison.Ordinal);

    /// <summary>
    /// The comparison's headline: does any posture lower all three indices against the status quo, each posture's
    /// changes in numbers, where capability per U.S. dollar is highest, the trilemma chart, and the change table.
    /// </summary>
    private static Headline ComparisonHeadline(IReadOnlyList<(string Run, Trajectory T)> runs, KeyFindings findings, string label, int end)
    {
        const string baseline = "status-quo";
        int b = runs.ToList().FindIndex(r => r.Run == baseline);
        if (b < 0) b = 0;
        var rows = HeadlineVariables.Select(v => findings.Rows.First(r => r.Indicator.Variable == v)).ToList();
        var triple = rows.Take(3).ToList();
        var verdicts = new List<string>();
        var lowersAll = runs.Select((r, k) => k).Where(k => k != b && triple.All(row => row.Values[k] < row.Values[b])).Select(k => runs[k].Run).ToList();
        verdicts.Add(lowersAll.Count == 0
            ? $"No posture lowers discounting, distancing and duplication all at once against the {runs[b].Run} ({end}): each buys one with another."
            : $"{string.Join(" and ", lowersAll)} lower{(lowersAll.Count == 1 ? "s" : "")} discounting, distancing and duplication all at once against the {runs[b].Run} ({end}).");
        var perDollar = rows[3];
        for (int k = 0; k < runs.Count; k++)
        {
            if (k == b) continue;
            verdicts.Add($"{runs[k].Run} vs {runs[b].Run}: " +
                string.Join(", ", triple.Select(row => $"{Short(row.Indicator)} {row.Indicator.FormatChange(row.Values[k] - row.Values[b])}")) +
                $"; {perDollar.Indicator.Label} {perDollar.Indicator.FormatChange(perDollar.Values[k] - perDollar.Values[b])}.");
        }
        int best = perDollar.Indicator.Best(perDollar.Values);
        if (best >= 0)
            verdicts.Add($"Most {perDollar.Indicator.Label}: {runs[best].Run} ({perDollar.Indicator.Format(perDollar.Values[best])}; {runs[b].Run} {perDollar.Indicator.Format(perDollar.Values[b])}).");
        var spending = rows[4];
        int most = spending.Indicator.Best(spending.Values);
        if (most >= 0)
            verdicts.Add($"Most {spending.Indicator.Label}: {runs[most].Run} ({spending.Indicator.Format(spending.Values[most])} {spending.Indicator.Unit}; {runs[b].Run} {spending.Indicator.Format(spending.Values[b])}).");

        var header = new List<string> { "indicator", "better", runs[b].Run };
        header.AddRange(runs.Where((_, k) => k != b).Select(r => r.Run + " − " + runs[b].Run));
        var cells = new List<IReadOnlyList<string>>();
        var classes = new List<IReadOnlyList<string?>>();
        foreach (var row in rows)
        {
            var i = row.Indicator;
            int hi = i.Best(row.Values), lo = i.Worst(row.Values);
            string? Mark(int k) => k == hi ? "best" : k == lo ? "worst" : null;
            var line = new List<string> { $"{i.Label} ({i.Unit})", i.Better < 0 ? "\u2190 lower" : i.Better > 0 ? "higher \u2192" : "", i.Format(row.Values[b]) };
            var cls = new List<string?> { null, null, Mark(b) };
            for (int k = 0; k < runs.Count; k++)
            {
                if (k == b) continue;
                line.Add(i.FormatChange(row.Values[k] - row.Values[b]));
                cls.Add(Mark(k));
            }
            cells.Add(line);
            classes.Add(cls);
        }
        var table = new ReportTable("changes", "", $"The {runs[b].Run}'s value in {end} and each posture's change against it; the best and worst posture of each row are marked.",
            header, cells, [false, false, .. Enumerable.Repeat(true, header.Count - 2)]) { Classes = classes };

        var chart = new TrilemmaChart(runs.Select(r => new TrilemmaPoint(r.Run,
            r.T.Get(end, Trajectory.AllianceId, Variable.Discounting),
            r.T.Get(end, Trajectory.AllianceId, Variable.Distancing),
            r.T.Get(end, Trajectory.AllianceId, Variable.Duplication))).ToList(), $"{label}, {end}");
        return new Headline(
            "Can a U.S. posture make the Asian allies discount U.S. threats less, distance themselves less and duplicate U.S. capabilities less, all at once, and what does each posture do to what the U.S. gets per dollar?",
            verdicts, chart, table, [KeyFindings.DiscountingCaveat]);
    }

    /// <summary>One run's headline: the indices and totals in the final year against the start, and the run's path in the trilemma.</summary>
    private static Headline RunHeadline(string label, string posture, Trajectory t)
    {
        var verdicts = new List<string>();
        foreach (var v in HeadlineVariables)
        {
            var i = KeyFindings.Indicator(v);
            double a = t.Get(t.StartYear, Trajectory.AllianceId, v), z = t.Get(t.EndYear, Trajectory.AllianceId, v);
            string dir = i.Better == 0 || Math.Abs(z - a) < 0.5 * Math.Pow(10, -i.Digits) ? "" : (z - a) * i.Better > 0 ? " (better)" : " (worse)";
            verdicts.Add($"{Capitalise(i.Label)}: {i.Format(a)} in {t.StartYear} \u2192 {i.Format(z)} in {t.EndYear}, {i.FormatChange(z - a)}{(i.IsIndex ? "" : " " + i.Unit)}{dir}.");
        }
        int step = Math.Max(1, (t.EndYear - t.StartYear + 4) / 5);
        var years = Enumerable.Range(0, t.YearCount).Select(k => t.StartYear + k).Where(y => (y - t.StartYear) % step == 0 || y == t.EndYear).ToList();
        var chart = new TrilemmaChart(years.Select(y => new TrilemmaPoint(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
            t.Get(y, Trajectory.AllianceId, Variable.Discounting), t.Get(y, Trajectory.AllianceId, Variable.Distancing),
            t.Get(y, Trajectory.AllianceId, Variable.Duplication))).ToList(), label, path: true);
        return new Headline(
            $"Where does the alliance stand by {t.EndYear} under the {posture} posture, and which way did it move from {t.StartYear}?",
            verdicts, chart, null, [KeyFindings.DiscountingCaveat]);
    }
}
