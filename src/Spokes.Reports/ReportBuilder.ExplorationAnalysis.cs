using System.Globalization;
using System.Text.Json;
using Spokes.Explore.Discovery;
using Spokes.Explore.Results;
using Spokes.Explore.Sensitivity;
using Spokes.Reports.Charts;

namespace Spokes.Reports;

/// <summary>One outcome compared between two policies over the scenarios both were run on.</summary>
/// <param name="AHigher">scenarios where <paramref name="A"/>'s value is higher.</param>
/// <param name="BHigher">scenarios where <paramref name="B"/>'s value is higher.</param>
/// <param name="Count">scenarios with a finite value under both.</param>
/// <param name="Median">median of A − B.</param>
/// <param name="Q1">lower quartile of A − B.</param>
/// <param name="Q3">upper quartile of A − B.</param>
public sealed record PairedComparison(string Outcome, string A, string B, int AHigher, int BHigher, int Count, double Median, double Q1, double Q3);

public static partial class ReportBuilder
{
    /// <summary>Id of the paired-comparison table of an exploration report.</summary>
    public const string PairedId = "paired-comparisons";

    /// <summary>Id of the table of sampled ranges of an exploration report.</summary>
    public const string SampledId = "sampled-ranges";

    /// <summary>
    /// Each outcome of each pair of policies, paired by scenario (the same sampled inputs under both policies): in how
    /// many scenarios each policy's value is higher, and the median and quartiles of the difference.
    /// </summary>
    public static IReadOnlyList<PairedComparison> PairedComparisons(ResultTable table)
    {
        var policies = table.Policies.Distinct().ToList();
        var result = new List<PairedComparison>();
        // scenario -> row, per policy
        var rowOf = policies.ToDictionary(p => p, _ => new Dictionary<int, int>());
        for (int i = 0; i < table.Policies.Length; i++) rowOf[table.Policies[i]][table.Scenarios[i]] = i;
        for (int a = 0; a < policies.Count; a++)
        for (int b = a + 1; b < policies.Count; b++)
        for (int o = 0; o < table.Outcomes.Count; o++)
        {
            var diffs = new List<double>();
            int aHigher = 0, bHigher = 0;
            foreach (var (scenario, ra) in rowOf[policies[a]].OrderBy(kv => kv.Key))
            {
                if (!rowOf[policies[b]].TryGetValue(scenario, out var rb)) continue;
                double va = table.OutcomeRows[ra][o], vb = table.OutcomeRows[rb][o];
                if (!double.IsFinite(va) || !double.IsFinite(vb)) continue;
                diffs.Add(va - vb);
                if (va > vb) aHigher++;
                else if (vb > va) bHigher++;
            }
            if (diffs.Count == 0) continue;
            var sorted = diffs.Order().ToArray();
            result.Add(new PairedComparison(table.Outcomes[o], policies[a], policies[b], aHigher, bHigher, diffs.Count,
                Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75)));
        }
        return result;
    }

    /// <summary>The q-quantile of sorted values, linear between order statistics (NumPy's default, type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h), hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>A p-value as a reader takes it: "&lt; 0.001" below a thousandth, else three decimals.</summary>
    public static string PValue(double p) => !double.IsFinite(p) ? "n/a" : p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(double x) => (100 * x).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The sentence of one paired comparison: "A has the higher O in k of n scenarios (median A − B +d)".</summary>
    public static string PairedSentence(PairedComparison c)
    {
        bool aWins = c.AHigher >= c.BHigher;
        var (w, l, k) = aWins ? (c.A, c.B, c.AHigher) : (c.B, c.A, c.BHigher);
        double median = aWins ? c.Median : -c.Median;
        return $"{w} gives a higher {c.Outcome} than {l} in {k} of {c.Count} scenarios (median difference {Signed(median)}).";
    }

    private static string Signed(double v) => (v < 0 ? "\u2212" : "+") + Math.Abs(v).ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>
    /// The chosen PRIM box in plain words: under which conditions the cases of interest happen, with coverage and
    /// density said as shares of cases and of the box, against the share of cases overall.
    /// </summary>
    public static string PrimSentence(SelectedBox selected, string rule, string policy, int interest, int count)
    {
        var b = selected.Box;
        if (selected.QuasiP.Count == 0) return $"PRIM found no box that narrows down where {rule} under {policy}.";
        var conditions = selected.QuasiP.Select(q => $"{q.Dimension} {q.Limit}"); // the limit's text carries its side ("≤ 0.68")
        return $"Under {policy}, {rule} happens mainly when {string.Join(" and ", conditions)}: {Percent(b.Coverage)} of those cases fall there (coverage: " +
               $"{b.CasesOfInterest} of {interest}) and {Percent(b.Density)} of the experiments there are such cases (density: {b.CasesOfInterest} of {b.Count}), " +
               $"against {Percent((double)interest / count)} of all {count} experiments.";
    }

    /// <summary>
    /// Sobol indices (a Saltelli design) or Morris screening (a Morris design) of every outcome under the first policy,
    /// computed from the folder's own experiments when metadata.json names such a sampler; none otherwise. An outcome the
    /// analysis refuses (a non-finite value, a design cut short) gets a note instead of a chart.
    /// </summary>
    private static IEnumerable<Chart> SensitivityCharts(JsonElement metadata, ResultTable table, List<string> notes)
    {
        string sampler = metadata.TryGetProperty("sampler", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
        if (sampler is not ("Saltelli" or "Morris") || table.Inputs.Count == 0 || table.Policies.Length == 0) yield break;
        string policy = table.Policies[0];
        var rows = Enumerable.Range(0, table.Policies.Length).Where(i => table.Policies[i] == policy).OrderBy(i => table.Scenarios[i]).ToArray();
        int d = table.Inputs.Count;
        int n = metadata.TryGetProperty("n", out var nv) && nv.ValueKind == JsonValueKind.Number ? nv.GetInt32() : 0;
        // Morris's elementary effects per unit of each input's sampled range (SALib scales the design to 0..1 too).
        var min = Enumerable.Range(0, d).Select(j => rows.Min(r => table.InputRows[r][j])).ToArray();
        var max = Enumerable.Range(0, d).Select(j => rows.Max(r => table.InputRows[r][j])).ToArray();
        var x = rows.Select(r => Enumerable.Range(0, d).Select(j => max[j] > min[j] ? (table.InputRows[r][j] - min[j]) / (max[j] - min[j]) : 0).ToArray()).ToArray();
        for (int o = 0; o < table.Outcomes.Count; o++)
        {
            var y = rows.Select(r => table.OutcomeRows[r][o]).ToArray();
            Chart? chart = null;
            try
            {
                chart = sampler == "Saltelli"
                    ? SobolChart.From($"{table.Outcomes[o]} under {policy}", table.Inputs, SobolAnalysis.Analyze(y, d, secondOrder: y.Length == n * (2 * d + 2), bootstrap: 100, seed: 1))
                    : MorrisChart.From($"{table.Outcomes[o]} under {policy}", table.Inputs, MorrisAnalysis.Analyze(x, y, bootstrap: 100, seed: 1));
            }
            catch (ArgumentException e)
            {
                notes.Add($"No {(sampler == "Saltelli" ? "Sobol" : "Morris")} chart for {table.Outcomes[o]}: {e.Message}");
            }
            if (chart is not null) yield return chart;
        }
    }

    /// <summary>
    /// The chosen box drawn three ways: its limits on each restricted input (with quasi-p), the pairs plot of the
    /// restricted inputs (2 to 5; one more input when only one is restricted) and dimensional stacking of up to four.
    /// </summary>
    private static IEnumerable<Chart> BoxCharts(SelectedBox selected, IReadOnlyList<string> inputs, List<double[]> rows, bool[] interest, string what)
    {
        var b = selected.Box;
        var restricted = selected.QuasiP.Select(q => q.Dimension).Distinct().Select(d => inputs.ToList().IndexOf(d)).Where(i => i >= 0).ToList();
        (double Min, double Max) Data(int j) => (rows.Min(r => r[j]), rows.Max(r => r[j]));
        (double Min, double Max) Limits(int j)
        {
            var name = inputs[j];
            if (!restricted.Contains(j)) return Data(j);
            var l = b.Limit(name);
            return l.Kind == ColumnKind.Real ? (Math.Max(l.Minimum, Data(j).Min), Math.Min(l.Maximum, Data(j).Max)) : Data(j);
        }
        if (restricted.Count > 0)
            yield return new PrimBoxLimitsChart("prim-box-limits", "The chosen PRIM box: its limits",
                $"Cases of interest: {what}. Each restricted input's range in the data (grey, 0 to 1) and the box's part of it (coloured), with both limits in the input's units and the restriction's quasi-p value.",
                restricted.Select(j => new BoxLimit(inputs[j], Data(j).Min, Data(j).Max, Limits(j).Min, Limits(j).Max,
                    PValue(selected.QuasiP.Where(q => q.Dimension == inputs[j]).Select(q => q.PValue).DefaultIfEmpty(double.NaN).Min()))).ToList());
        var shown = restricted.Take(5).ToList();
        for (int j = 0; shown.Count < 2 && j < inputs.Count; j++) if (!shown.Contains(j)) shown.Add(j);
        if (shown.Count >= 2)
        {
            yield return new PairsPlotChart("prim-pairs", "The chosen PRIM box, input against input",
                $"Cases of interest ({what}) in red, the other experiments in grey, each panel one pair of the box's inputs with the box drawn as a rectangle; where red gathers inside the rectangle the box is dense.",
                shown.Select(j => inputs[j]).ToList(), shown.Select(j => rows.Select(r => r[j]).ToArray()).ToList(), interest,
                shown.Select(Limits).ToList());
            var stacked = shown.Take(4).ToList();
            yield return new DimensionalStackingChart("dimensional-stacking", "Dimensional stacking: where the cases of interest gather",
                $"Share of cases of interest ({what}) among the experiments in each combination of thirds (low, mid, high) of {string.Join(", ", stacked.Select(j => inputs[j]))}; the first input of each axis is the outer one.",
                stacked.Select(j => inputs[j]).ToList(), stacked.Select(j => rows.Select(r => r[j]).ToArray()).ToList(), interest);
        }
    }

    /// <summary>At most this many experiments per policy are drawn in parallel coordinates (the first by scenario).</summary>
    public const int ParallelCoordinatesPerPolicy = 300;

    /// <summary>
    /// Outcomes across experiments per policy: parallel coordinates of the scalar outcomes, the density of the analysed
    /// outcome, and an envelope of each series outcome (series.parquet).
    /// </summary>
    private static IEnumerable<Chart> DistributionCharts(string directory, ResultTable table, string outcome)
    {
        var policies = table.Policies.Distinct().ToList();
        if (table.Outcomes.Count >= 2)
        {
            var picked = policies.SelectMany(p => Enumerable.Range(0, table.Policies.Length).Where(i => table.Policies[i] == p && table.OutcomeRows[i].All(double.IsFinite))
                .OrderBy(i => table.Scenarios[i]).Take(ParallelCoordinatesPerPolicy)).ToList();
            if (picked.Count > 0)
                yield return new ParallelCoordinatesChart("parcoords-outcomes", "Outcomes of every experiment, by policy",
                    $"Parallel coordinates: one axis per outcome, from its minimum (bottom) to its maximum (top) over the experiments; one line per experiment (up to {ParallelCoordinatesPerPolicy} per policy), coloured by policy. Lines that cross between two axes trade one outcome for the other.",
                    table.Outcomes, picked.Select(i => table.OutcomeRows[i]).ToList(), picked.Select(i => table.Policies[i]).ToList());
        }
        int o = table.Outcomes.ToList().IndexOf(outcome);
        var perPolicy = policies.Select(p => (p, Enumerable.Range(0, table.Policies.Length).Where(i => table.Policies[i] == p).Select(i => table.OutcomeRows[i][o]).Where(double.IsFinite).ToArray()))
            .Where(x => x.Item2.Length > 1).ToList();
        if (o >= 0 && perPolicy.Count > 0)
            yield return new DensityChart(ChartId.Slug("density-", outcome), $"Distribution of {outcome}, by policy",
                $"Kernel density of {outcome} over the experiments of each policy (Gaussian kernel, Silverman's bandwidth), the experiments marked below; the count is in the legend.",
                outcome, perPolicy);
        foreach (var (name, start, runs) in SeriesReader.Read(directory))
            if (runs.Count > 0 && runs.All(r => r.Runs.Count > 0 && r.Runs.All(x => x.Length == r.Runs[0].Length)) && runs.Select(r => r.Runs[0].Length).Distinct().Count() == 1)
                yield return new EnvelopeChart(ChartId.Slug("envelope-", name), $"{name} over the years, by policy",
                    $"The series outcome {name} across the experiments of each policy: the lightest band from the lowest to the highest value of each year, the darker band the middle half (quartiles), the line the median.",
                    name, start, runs.Select(r => new PolicySeries(r.Policy, r.Runs)).ToList());
    }

    /// <summary>What was sampled, from metadata.json: each uncertainty's distribution, sampled range and valid range.</summary>
    private static ReportTable? SampledTable(JsonElement metadata)
    {
        if (!metadata.TryGetProperty("uncertainties", out var list) || list.ValueKind != JsonValueKind.Array) return null;
        string Num(JsonElement u, string key) => u.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble().ToString("G4", CultureInfo.InvariantCulture) : "?";
        string Text(JsonElement u, string key) => u.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var rows = list.EnumerateArray().Select(u => (IReadOnlyList<string>)[Text(u, "name"), Text(u, "distribution"),
            $"{Num(u, "min")} – {Num(u, "max")}", u.TryGetProperty("validMin", out _) ? $"{Num(u, "validMin")} – {Num(u, "validMax")}" : ""]).ToList();
        if (rows.Count == 0) return null;
        return new ReportTable(SampledId, "What was sampled",
            "Each uncertain input with the range its experiments were drawn from (metadata.json: min, max) and, beside it, the range the model accepts (validMin, validMax).",
            ["input", "distribution", "sampled range", "valid range"], rows, [false, false, true, true]);
    }
}
