using System.Globalization;
using System.Text.Json;
using Spokes.Explore.Discovery;
using Spokes.Explore.Results;
using Spokes.Reports.Charts;
using Spokes.Scenarios;

namespace Spokes.Reports;

/// <summary>
/// What an exploration report analyses: the scalar outcome and policy of the PRIM search (default: the first of each),
/// the threshold (default: the median of that outcome under that policy) and which side of it is of interest
/// (default: at most, i.e. "below").
/// </summary>
public sealed record ExplorationReportOptions
{
    public string? Outcome { get; init; }
    public string? Policy { get; init; }
    public double? Threshold { get; init; }
    public ThresholdDirection Direction { get; init; } = ThresholdDirection.AtMost;
}

public static partial class ReportBuilder
{
    /// <summary>Id of the summary table of an exploration report.</summary>
    public const string ExplorationSummaryId = "exploration-summary";

    /// <summary>Id of the table of the chosen PRIM box's restrictions.</summary>
    public const string PrimBoxId = "prim-box";

    /// <summary>
    /// The report of a folder written by `spokes explore` (experiments.parquet, outcomes.parquet, metadata.json): the
    /// fields of metadata.json, the summary of each scalar outcome per policy (as `spokes explore` prints it), PRIM's
    /// trade-off chart and the chosen box (highest harmonic mean of coverage and density) for one outcome and policy,
    /// and the baseline rows of the scenario named in metadata.json (left out if it cannot be built).
    /// </summary>
    /// <exception cref="InputException">a missing folder or file, a malformed metadata.json, an unknown outcome or
    /// policy, or a non-finite threshold.</exception>
    public static Report ForExploration(string directory, ExplorationReportOptions? options = null)
    {
        options ??= new ExplorationReportOptions();
        if (!Directory.Exists(directory))
            throw new InputException(directory, 0, 0, "explore", "no such folder (give a folder written by `spokes explore`)");
        if (ResultWriter.Unfinished(directory) is { } why) throw new InputException(directory, 0, 0, "explore", why);
        foreach (var file in new[] { ResultWriter.ExperimentsFile, ResultWriter.OutcomesFile, RunMetadata.File })
            if (!File.Exists(Path.Combine(directory, file)))
                throw new InputException(Path.Combine(directory, file), 0, 0, "", "result file not found (run `spokes explore` first)");
        var metadata = ReadMetadata(Path.Combine(directory, RunMetadata.File));
        var table = ResultReader.Read(directory);
        var summary = ResultSummary.Read(directory);

        if (table.Outcomes.Count == 0) throw new InputException(directory, 0, 0, "outcome", "the results hold no scalar outcome");
        string outcome = options.Outcome ?? table.Outcomes[0];
        int o = table.Outcomes.ToList().IndexOf(outcome);
        if (o < 0) throw new InputException("--outcome", 0, 0, "outcome", $"no scalar outcome '{outcome}' in {directory} (outcomes: {string.Join(", ", table.Outcomes)})");
        var policies = table.Policies.Distinct().ToList();
        if (policies.Count == 0) throw new InputException(directory, 0, 0, "policy", "the results hold no experiment");
        string policy = options.Policy ?? policies[0];
        if (!policies.Contains(policy)) throw new InputException("--policy", 0, 0, "policy", $"no policy '{policy}' in {directory} (policies: {string.Join(", ", policies)})");
        if (options.Threshold is { } given && !double.IsFinite(given))
            throw new InputException("--threshold", 0, 0, "threshold", "give a finite number");

        var rows = new List<double[]>();
        var values = new List<double>();
        for (int i = 0; i < table.Policies.Length; i++)
            if (table.Policies[i] == policy && !double.IsNaN(table.OutcomeRows[i][o]))
            {
                rows.Add(table.InputRows[i]);
                values.Add(table.OutcomeRows[i][o]);
            }
        bool below = options.Direction == ThresholdDirection.AtMost;
        double threshold = options.Threshold ?? (values.Count > 0 ? Median(values) : 0);
        if (!double.IsFinite(threshold))
            throw new InputException("--threshold", 0, 0, "threshold", $"the median of {outcome} under {policy} is not finite; give --threshold");
        string rule = $"{outcome} {(below ? "≤" : "≥")} {N(threshold)}";
        string thresholdFact = $"{rule} under {policy}" + (options.Threshold is null ? " (the median under that policy)" : "");
        int interest = values.Count(v => below ? v <= threshold : v >= threshold);

        var charts = new List<Chart>();
        var notes = new List<string>();
        var chartTables = new List<ReportTable>();
        var verdicts = new List<string>();
        Chart? headlineChart = null;
        var pairs = PairedComparisons(table);
        if (pairs.Count > 0)
        {
            var first = pairs.Where(c => c.A == pairs[0].A && c.B == pairs[0].B).ToList();
            verdicts.AddRange(first.Select(PairedSentence));
            foreach (var group in pairs.GroupBy(c => (c.A, c.B)))
            {
                var chart = new WinRateChart(group.ToList());
                if (headlineChart is null) headlineChart = chart;
                else charts.Add(chart);
            }
        }
        if (values.Count == 0)
            notes.Add($"No experiment of {policy} has a value of {outcome}, so PRIM has nothing to search.");
        else if (interest == 0)
            notes.Add($"No case is of interest: none of the {values.Count} experiments of {policy} has {rule}, so PRIM has nothing to find and no trade-off chart is drawn.");
        else if (interest == values.Count)
            notes.Add($"Every case is of interest: all {values.Count} experiments of {policy} have {rule}, so PRIM has nothing to separate and no trade-off chart is drawn.");
        else if (table.Inputs.Count == 0)
            notes.Add("The exploration has no uncertain inputs, so PRIM has no dimension to restrict.");
        else
        {
            var input = PrimInput.FromOutcome(Table.FromRows(table.Inputs.ToList(), rows), values, threshold, options.Direction);
            var result = Prim.Run(input, PrimOptions.Default);
            var selected = result.Select(BoxSelection.BestF1)!;
            int chosen = result.Trajectory.ToList().FindIndex(b => b.Index == selected.Box.Index);
            charts.Add(new PrimTradeoffChart(result.Trajectory.Select(b => b.Coverage).ToList(),
                result.Trajectory.Select(b => b.Density).ToList(), chosen, $"{rule} under {policy}"));
            chartTables.Add(BoxTable(selected, interest, values.Count));
            verdicts.Add(PrimSentence(selected, rule, policy, interest, values.Count));
            charts.AddRange(BoxCharts(selected, table.Inputs, rows, values.Select(v => below ? v <= threshold : v >= threshold).ToArray(), $"{rule} under {policy}"));
        }

        var facts = new List<ReportFact> { new("result folder", directory) };
        foreach (var p in metadata.EnumerateObject()) facts.Add(new ReportFact(p.Name, JsonText(p.Value)));
        facts.Add(new("experiments read", $"{table.Policies.Length} ({string.Join(", ", policies)})"));
        facts.Add(new("PRIM search", $"{thresholdFact}: {interest} of {values.Count} experiments are of interest; peel α {N(PrimOptions.DefaultPeelAlpha)}, paste α {N(PrimOptions.DefaultPasteAlpha)}, min mass {N(PrimOptions.DefaultMinMass)}; box chosen by the {BoxSelection.BestF1}"));

        var (sources, sourceFact) = ExplorationSources(metadata);
        facts.Add(new("data sources", sourceFact));
        facts.Add(new("Spokes version", Version));

        charts.AddRange(DistributionCharts(directory, table, outcome));
        charts.AddRange(SensitivityCharts(metadata, table, notes));
        var tables = new List<ReportTable>();
        if (SampledTable(metadata) is { } sampled) tables.Add(sampled);
        if (pairs.Count > 0)
            tables.Add(new ReportTable(PairedId, "Policies compared scenario by scenario",
                "Each pair of policies on each outcome over the scenarios both were run on (the same sampled inputs): how often each gives the higher value, and the median and middle half (quartiles) of the difference.",
                ["outcome", "policy A", "policy B", "A higher", "B higher", "scenarios", "median A − B", "quartiles of A − B"],
                pairs.Select(c => (IReadOnlyList<string>)[c.Outcome, c.A, c.B, c.AHigher.ToString(CultureInfo.InvariantCulture), c.BHigher.ToString(CultureInfo.InvariantCulture),
                    c.Count.ToString(CultureInfo.InvariantCulture), Signed(c.Median), $"{Signed(c.Q1)} to {Signed(c.Q3)}"]).ToList(),
                [false, false, false, true, true, true, true, true]));

        string scenarioName = metadata.TryGetProperty("scenario", out var sn) && sn.ValueKind == JsonValueKind.String ? sn.GetString()! : directory;
        var summaryTable = new ReportTable(ExplorationSummaryId, "", "",
            ["policy", "outcome", "n", "mean", "sd", "min", "max"],
            summary.Select(r => (IReadOnlyList<string>)[r.Policy, r.Outcome, r.Count.ToString(CultureInfo.InvariantCulture),
                SummaryNumber(r.Mean), SummaryNumber(r.StandardDeviation), SummaryNumber(r.Min), SummaryNumber(r.Max)]).ToList(),
            [false, false, true, true, true, true, true]);
        return new Report(
            $"Spokes report: exploration of {scenarioName}",
            $"{table.Policies.Length} experiments of scenario {scenarioName} under {policies.Count} {(policies.Count == 1 ? "policy" : "policies")}, read from {directory}; scenario discovery for {thresholdFact}.",
            facts,
            null,
            "Each scalar outcome per policy over the experiments of the exploration: count, mean, standard deviation, minimum and maximum, in five significant digits as `spokes explore` prints them.",
            charts,
            sources,
            Version)
        {
            Tables = [.. tables, summaryTable],
            ChartNotes = notes,
            ChartTables = chartTables,
            Headline = new Headline(
                pairs.Count > 0
                    ? $"Across the {table.Scenarios.Distinct().Count()} sampled scenarios, which policy gives the higher outcomes, how often, and under which conditions does {rule} happen under {policy}?"
                    : $"Under which conditions does {rule} happen under {policy}?",
                verdicts, headlineChart, null, []),
        };
    }

    /// <summary>A summary number as `spokes explore` prints it: five significant digits, invariant culture.</summary>
    public static string SummaryNumber(double v) => v.ToString("G5", CultureInfo.InvariantCulture);

    private static ReportTable BoxTable(SelectedBox selected, int interest, int count)
    {
        var b = selected.Box;
        var rows = selected.QuasiP.Select(q =>
        {
            var limit = b.Limit(q.Dimension);
            string range = limit.Kind == ColumnKind.Real
                ? string.Create(CultureInfo.InvariantCulture, $"[{limit.Minimum:G4}, {limit.Maximum:G4}]")
                : $"{limit.CategoryCount} categories";
            return (IReadOnlyList<string>)[q.Dimension, q.Side.ToString().ToLowerInvariant(), q.Limit, range, PValue(q.PValue)];
        }).ToList();
        string note = $"Box {b.Index} ({b.Phase.ToString().ToLowerInvariant()}): coverage {Share(b.Coverage)}, density {Share(b.Density)}, mass {Share(b.Mass)}; " +
                      $"{b.Count} of {count} experiments, {b.CasesOfInterest} of the {interest} of interest. " +
                      (rows.Count == 0 ? "The box restricts no input." : "One row per restricted limit; a small quasi-p value means the restriction raises the density by more than chance would.");
        return new ReportTable(PrimBoxId, $"The chosen PRIM box (box {b.Index})", note,
            ["input", "side", "limit", "data range", "quasi-p"], rows, [false, false, false, false, true]);
    }

    private static (DataSources?, string) ExplorationSources(JsonElement metadata)
    {
        string? file = metadata.TryGetProperty("scenarioFile", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        bool exists = file is not null && File.Exists(file);
        try
        {
            var d = exists ? ScenarioLoader.Load(file!) : ScenarioDefinition.Default;
            var plan = ScenarioPlan.Build(d);
            return (Sources(d, plan, null), exists
                ? $"the baseline of {file}"
                : $"the baseline of the built-in default scenario ({(file is null ? "metadata.json names no scenario file" : $"{file} not found")})");
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return (null, $"left out: the scenario could not be built ({e.Message})");
        }
    }

    private static JsonElement ReadMetadata(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(Spokes.Formal.Io.BoundedFile.ReadText(path, "metadata", 1 << 20));
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new InputException(path, 0, 0, "", "expected a JSON object");
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "", $"not valid JSON: {e.Message}");
        }
    }

    private static string JsonText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "none",
        JsonValueKind.Array => e.GetArrayLength() == 0 ? "none" : string.Join("; ", e.EnumerateArray().Select(JsonText)),
        _ => string.Join(", ", e.EnumerateObject().Select(p => $"{p.Name}: {JsonText(p.Value)}")),
    };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }


    private static string Share(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
