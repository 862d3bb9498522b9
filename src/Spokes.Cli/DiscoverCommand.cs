using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Discovery;
using Spokes.Explore.Scoring;
using Spokes.Formal.Io;
using Spokes.Scenarios;
using Spokes.Scenarios.Export;

namespace Spokes.Cli;

/// <summary>
/// `spokes discover`: scenario discovery on an exploration's results (or on any CSV of inputs plus an outcome column):
/// which combinations of uncertain inputs make an outcome fall below (or rise above) a threshold — with PRIM (peeling
/// trajectory, box, quasi-p values, stability, inspection, covering), CART (the leaves of a tree as rules) or logistic
/// regression (a model of the probability and its coverage–density trade-off).
/// </summary>
internal static class DiscoverCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Argument<string>("source") { Description = "a result directory written by `spokes explore`, or a CSV file of inputs and an outcome column" };
        var outcome = new Option<string>("--outcome") { Description = "the outcome column", Required = true };
        var method = new Option<string>("--method") { Description = "prim, cart or logit", DefaultValueFactory = _ => "prim" };
        var threshold = new Option<double?>("--threshold") { Description = "cases of interest: outcome at most (below) or at least (above) this; without it a 0/1 outcome is read directly (1 = of interest), cart on any other outcome grows a regression tree, and prim uses the outcome's median" };
        var direction = new Option<string>("--direction") { Description = "below or above", DefaultValueFactory = _ => "below" };
        var policy = new Option<string?>("--policy") { Description = "results only: the policy whose experiments to use" };
        var difference = new Option<string?>("--difference") { Description = "results only: P1,P2 — use outcome(P1) − outcome(P2) per scenario" };
        var resample = new Option<int>("--resample") { Description = "prim: bootstrap resamples for the stability of the chosen box (0: none)", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "seed of the resampling (prim) or of the tie-breaking order (cart)", DefaultValueFactory = _ => 1 };
        var pick = new Option<int?>("--box") { Description = "prim: select this box of the peeling trajectory (default: the best balance of coverage and density)" };
        var boxes = new Option<int>("--boxes") { Description = "prim: find up to this many boxes in sequence (covering: the cases in each box are removed before the next search)", DefaultValueFactory = _ => 1 };
        var objective = new Option<string>("--objective") { Description = "prim: peel objective original, lenient1 (EMA's default) or lenient2", DefaultValueFactory = _ => "original" };
        var peelAlpha = new Option<double>("--peel-alpha") { Description = "prim: share of the box one peel removes, in (0, 0.5)", DefaultValueFactory = _ => PrimOptions.DefaultPeelAlpha };
        var pasteAlpha = new Option<double>("--paste-alpha") { Description = "prim: share one paste adds, in (0, 0.5)", DefaultValueFactory = _ => PrimOptions.DefaultPasteAlpha };
        var minMass = new Option<double>("--min-mass") { Description = "prim and cart: smallest share of the rows a box (leaf) may hold", DefaultValueFactory = _ => PrimOptions.DefaultMinMass };
        var density = new Option<double?>("--density-threshold") { Description = "prim: choose the box with the highest coverage whose density is at least this (EMA's threshold)" };
        var paste = new Option<string>("--paste") { Description = "prim: paste rule rows (α of the box, Friedman & Fisher) or ema (EMA's quantile of the outside rows)", DefaultValueFactory = _ => "rows" };
        var inspect = new Option<int?>("--inspect") { Description = "prim: show box I's limits with quasi-p values and what dropping each restriction costs" };
        var maxDepth = new Option<int?>("--max-depth") { Description = "cart: deepest split level" };
        var mean = new Option<string?>("--mean") { Description = "prim regression mode on the outcome's values: raise or lower its mean (no threshold; the last box is shown unless --box)" };
        var ignore = new Option<string?>("--ignore") { Description = "CSV only: comma-separated columns that are neither inputs nor the outcome (other outcomes; a row-id column such as id or run is left out by itself)" };
        var outDir = OutFolder.Option("prim: trajectory.csv and the chosen (or --inspect) box's box-I-limits.csv and box-I-points.csv (pairs-scatter data)");
        var inputs = new Option<string?>("--inputs") { Description = "logit: comma-separated inputs to use (default: forward selection by BIC)" };
        var cmd = new Command("discover", "Scenario discovery (PRIM, CART or logistic regression): the regions of inputs where an outcome falls below or above a threshold.")
        {
            source, outcome, method, threshold, direction, policy, difference, resample, seed, boxes, pick,
            objective, peelAlpha, pasteAlpha, minMass, density, paste, inspect, maxDepth, inputs, ignore, mean, outDir,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string src = parse.GetValue(source)!, name = parse.GetValue(outcome)!, dir = parse.GetValue(direction)!;
            string how = parse.GetValue(method)!;
            if (how is not ("prim" or "cart" or "logit")) throw Usage("method", $"'{how}' must be prim, cart or logit");
            var side = dir switch
            {
                "below" => ThresholdDirection.AtMost,
                "above" => ThresholdDirection.AtLeast,
                _ => throw Usage("direction", $"'{dir}' must be below or above"),
            };
            int r = parse.GetValue(resample);
            if (r < 0 || r > 1000) throw Usage("resample", "must lie in 0..1000");
            int nBoxes = parse.GetValue(boxes);
            if (nBoxes < 1 || nBoxes > 20) throw Usage("boxes", "must lie in 1..20");
            var options = PrimOptionsFrom(parse.GetValue(objective)!, parse.GetValue(peelAlpha), parse.GetValue(pasteAlpha),
                parse.GetValue(minMass), parse.GetValue(paste)!);
            var densityThreshold = parse.GetValue(density);
            if (densityThreshold is { } dt && !(dt >= 0 && dt <= 1)) throw Usage("density-threshold", "must lie in [0, 1]");
            var depth = parse.GetValue(maxDepth);
            if (depth is < 1) throw Usage("max-depth", "must be at least 1");
            var folder = parse.GetValue(outDir);
            if (folder is not null)
            {
                if (how != "prim" || nBoxes > 1) throw Usage("out", "writes one PRIM search (trajectory, limits, points): not with --method cart or logit, nor --boxes");
                OutFolder.Check(folder);
            }

            // The rows: inputs and the raw outcome.
            Table table;
            double[] values;
            string what;
            string? note = null;
            if (Directory.Exists(src))
            {
                var sel = OutcomeSource.FromResults(src, name, parse.GetValue(policy), parse.GetValue(difference));
                table = Table.FromRows(sel.Inputs.ToList(), sel.Rows);
                values = sel.Values;
                what = $"{src}: {sel.What} ({sel.Rows.Count} scenarios)";
            }
            else if (File.Exists(src))
            {
                foreach (var o in new Option[] { policy, difference })
                    if (parse.GetResult(o) is not null)
                        throw Usage(o.Name.TrimStart('-'), "only for an exploration folder: a CSV has no policies (select its rows first, or compare outcome columns)");
                var ignored = (parse.GetValue(ignore) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                table = PrimInput.FromCsv(src, new PrimCsvOptions { OutcomeColumn = name, Threshold = 0, IgnoredColumns = ignored }).X;
                // A row identifier is no uncertainty: PRIM would happily restrict "id ≤ 250". Left out, and said so.
                var ids = table.Columns.Where(IsRowId).Select(c => c.Name).ToArray();
                if (ids.Length > 0)
                {
                    table = PrimInput.FromCsv(src, new PrimCsvOptions { OutcomeColumn = name, Threshold = 0, IgnoredColumns = [.. ignored, .. ids] }).X;
                    note = $"left out {string.Join(", ", ids.Select(i => $"'{i}'"))}: a row identifier (distinct whole numbers), not an input";
                }
                values = ScoreData.FromCsv(src, name, NonInputs(src, name, table)).Outcome;
                what = $"{src}: {name} ({values.Length} rows)";
            }
            else throw new InputException(src, 0, 0, "source", "no such result directory or CSV file");
            for (int row = 0; row < values.Length; row++)
                if (!double.IsFinite(values[row])) throw new InputException(src, 0, 0, "outcome", $"{name} is {values[row]} in row {row}: not a finite number");
            // One search costs about rows × columns; resampling and covering repeat it.
            double work = (double)table.RowCount * table.Columns.Count * (1 + r) * nBoxes;
            if (work > MaxWork)
                throw new InputException(src, 0, 0, "", $"{table.RowCount} rows × {table.Columns.Count} inputs × {1 + r} searches × {nBoxes} boxes is {work.ToString("0.#e0", CultureInfo.InvariantCulture)} cell-searches; the limit is {MaxWork.ToString("0.#e0", CultureInfo.InvariantCulture)} (several minutes): lower --resample or --boxes, or sample fewer rows");

            if (table.Columns.Count == 0) throw new InputException(src, 0, 0, "", "no input column besides the outcome and the ignored columns");
            if (note is not null) stdout.WriteLine(note);
            var t = parse.GetValue(threshold);
            if (t is { } tv && !double.IsFinite(tv)) throw Usage("threshold", "must be a finite number");
            if (parse.GetValue(mean) is { } goal)
            {
                bool raise = goal switch
                {
                    "raise" => true,
                    "lower" => false,
                    _ => throw Usage("mean", $"'{goal}' must be raise or lower"),
                };
                if (how != "prim") throw Usage("mean", "regression mode is PRIM's (CART grows a regression tree without a threshold)");
                if (t is not null) throw Usage("mean", "give either --threshold (cases of interest) or --mean (regression mode)");
                if (nBoxes > 1) throw Usage("boxes", "a covering sequence needs cases of interest, not --mean");
                if (densityThreshold is not null) throw Usage("density-threshold", "regression mode has no density; choose a box with --box");
                var regression = Prim.Run(PrimInput.Continuous(table, values, raise), options);
                int lastBox = regression.Trajectory.Count - 1;
                int chosenBox = parse.GetValue(pick) is { } pb ? pb >= 0 && pb <= lastBox ? pb : throw Usage("box", $"the trajectory has boxes 0..{lastBox}") : lastBox;
                stdout.WriteLine($"PRIM (regression mode) on {what}");
                stdout.WriteLine();
                if (parse.GetValue(inspect) is { } ri)
                {
                    if (ri < 0 || ri > lastBox) throw Usage("inspect", $"the trajectory has boxes 0..{lastBox}");
                    stdout.Write(PrimReport.Trajectory(regression));
                    stdout.WriteLine();
                    stdout.Write(PrimReport.Inspection(regression.Inspect(ri)));
                    WriteFiles(folder, regression, ri, stdout);
                    return SpokesCli.ExitOk;
                }
                stdout.Write(PrimReport.Format(regression, regression.SelectBox(chosenBox)));
                WriteFiles(folder, regression, chosenBox, stdout);
                return SpokesCli.ExitOk;
            }
            bool binary = t is null && values.All(v => v is 0 or 1);
            // Without a threshold PRIM looks for where the outcome is at most (or at least) its median: cases of
            // interest exist on both sides whatever the outcome's scale (a fixed default such as 0 often has none).
            bool median = how == "prim" && t is null && !binary;
            if (median) t = Explore.Validation.Quantiles.Type7(values.Order().ToArray(), 0.5);
            if (how == "cart" && t is null && !binary)
            {
                var tree = Cart.Run(table, values, new CartOptions { MinMass = CartMass(options.MinMass), MaxDepth = depth ?? int.MaxValue, Seed = parse.GetValue(seed) });
                stdout.WriteLine($"CART on {what}");
                stdout.WriteLine();
                stdout.Write(tree.Format());
                return SpokesCli.ExitOk;
            }
            if (how == "logit" && t is null && !binary) throw Usage("threshold", "logit needs a 0/1 outcome or a --threshold");
            var input = binary
                ? PrimInput.Create(table, values.Select(v => v == 1).ToArray())
                : PrimInput.FromOutcome(table, values, t ?? 0, side);
            string description = binary
                ? $"{what}, 0/1 outcome (1 = of interest)"
                : $"{what}, of interest: {(side == ThresholdDirection.AtMost ? "at most" : "at least")} {(t ?? 0).ToString("G6", CultureInfo.InvariantCulture)}{(median ? " (the median; --threshold sets another)" : "")}";

            int interesting = input.CasesOfInterest;
            string label = how == "prim" ? "PRIM" : how == "cart" ? "CART" : "Logistic regression";
            if (interesting == 0 || interesting == input.Count)
            {
                stdout.WriteLine($"{label} on {description}");
                stdout.WriteLine(interesting == 0
                    ? "no case of interest: the condition never holds in these scenarios, so there is no box to find"
                    : "every case is of interest: the condition always holds in these scenarios, so there is no box to find");
                return SpokesCli.ExitOk;
            }
            stdout.WriteLine($"{label} on {description}");
            stdout.WriteLine();
            if (how == "cart")
            {
                stdout.Write(Cart.Run(input, new CartOptions { MinMass = CartMass(options.MinMass), MaxDepth = depth ?? int.MaxValue, Seed = parse.GetValue(seed) }).Format());
                return SpokesCli.ExitOk;
            }
            if (how == "logit")
            {
                var chosen = parse.GetValue(inputs)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (chosen is not null)
                    foreach (var c in chosen)
                    {
                        var col = table.Columns.FirstOrDefault(x => x.Name == c) ?? throw Usage("inputs", $"no input '{c}' (inputs: {string.Join(", ", table.Columns.Select(x => x.Name))})");
                        if (col.Kind != ColumnKind.Real) throw Usage("inputs", $"'{c}' is categorical");
                        if (Enumerable.Range(0, col.Count).Select(k => col[k]).Distinct().Count() < 2) throw Usage("inputs", $"'{c}' is constant");
                    }
                stdout.Write(LogitDiscovery.Run(input, chosen).Format());
                return SpokesCli.ExitOk;
            }

            if (nBoxes > 1)
            {
                var rule = densityThreshold is { } d1 ? BoxSelection.MinDensity(d1) : BoxSelection.BestF1;
                stdout.Write(PrimReport.Covering(Prim.RunCovering(input, options, new CoveringOptions { MaxBoxes = nBoxes, Selection = rule })));
                return SpokesCli.ExitOk;
            }
            var result = Prim.Run(input, options);
            int last = result.Trajectory.Count - 1;
            int index = parse.GetValue(pick) is { } i
                ? i >= 0 && i <= last ? i : throw Usage("box", $"the trajectory has boxes 0..{last}")
                : densityThreshold is { } d2
                    ? result.Select(BoxSelection.MinDensity(d2))?.Box.Index ?? throw Usage("density-threshold", $"no box on the trajectory reaches density {d2.ToString(CultureInfo.InvariantCulture)} (highest {result.Trajectory.Max(b => b.Density).ToString("0.000", CultureInfo.InvariantCulture)})")
                    : result.Select(BoxSelection.BestF1)?.Box.Index ?? last;
            if (parse.GetValue(inspect) is { } ins)
            {
                if (ins < 0 || ins > last) throw Usage("inspect", $"the trajectory has boxes 0..{last}");
                stdout.Write(PrimReport.Trajectory(result));
                stdout.WriteLine();
                stdout.Write(PrimReport.Inspection(result.Inspect(ins)));
                WriteFiles(folder, result, ins, stdout);
                return SpokesCli.ExitOk;
            }
            stdout.Write(PrimReport.Format(result, result.SelectBox(index)));
            if (r > 0)
            {
                stdout.WriteLine();
                stdout.Write(PrimReport.Stability(result.Resample(index, new ResampleOptions { Seed = parse.GetValue(seed), Iterations = r })));
            }
            WriteFiles(folder, result, index, stdout);
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>Most work accepted, in cell-searches (rows × inputs × searches × boxes): 2.2 million cells took 14 s per
    /// search in a Debug build on a shared core (docs/reliability.md), so the limit is about 30 s there.</summary>
    internal const double MaxWork = 5e6;

    /// <summary>The search as CSV files in <paramref name="folder"/> (nothing when null), each written whole or not at all.</summary>
    private static void WriteFiles(string? folder, PrimResult result, int box, TextWriter stdout)
    {
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        string limits = $"box-{box}-limits.csv", points = $"box-{box}-points.csv";
        AtomicFile.Write(Path.Combine(folder, "trajectory.csv"), w => PrimCsv.WriteTrajectory(result, w));
        AtomicFile.Write(Path.Combine(folder, limits), w => PrimCsv.WriteLimits(result.Inspect(box), w));
        AtomicFile.Write(Path.Combine(folder, points), w => PrimCsv.WritePoints(result.Points(box), w));
        stdout.WriteLine();
        stdout.WriteLine($"wrote trajectory.csv, {limits} and {points} to {folder}");
    }

    private static InputException Usage(string option, string message) => new("--" + option, 0, 0, option, message);

    /// <summary>CART's leaves may hold at most half the rows each; PRIM's default mass is also valid there.</summary>
    private static double CartMass(double mass) => mass <= 0.5 ? mass : throw Usage("min-mass", "cart needs a minimum mass in (0, 0.5]");

    private static PrimOptions PrimOptionsFrom(string objective, double peel, double paste, double mass, string pasteRule)
    {
        var obj = objective switch
        {
            "original" => PeelObjective.Original,
            "lenient1" => PeelObjective.Lenient1,
            "lenient2" => PeelObjective.Lenient2,
            _ => throw Usage("objective", $"'{objective}' must be original, lenient1 or lenient2"),
        };
        var rule = pasteRule switch
        {
            "rows" => PasteRule.Rows,
            "ema" => PasteRule.Quantile,
            _ => throw Usage("paste", $"'{pasteRule}' must be rows or ema"),
        };
        if (!(peel > 0 && peel < 0.5)) throw Usage("peel-alpha", "must lie in (0, 0.5)");
        if (!(paste > 0 && paste < 0.5)) throw Usage("paste-alpha", "must lie in (0, 0.5)");
        if (!(mass > 0 && mass < 1)) throw Usage("min-mass", "must lie in (0, 1)");
        return new PrimOptions { Objective = obj, PeelAlpha = peel, PasteAlpha = paste, MinMass = mass, PasteRule = rule };
    }

    private static readonly string[] RowIdNames = ["id", "run", "row", "index", "experiment", "case", "scenario"];

    /// <summary>A column named like a row identifier (id, run, row, index, experiment, case, scenario, or *_id) whose
    /// values are distinct whole numbers.</summary>
    private static bool IsRowId(TableColumn c)
    {
        var lower = c.Name.ToLowerInvariant();
        if (!RowIdNames.Contains(lower) && !lower.EndsWith("_id", StringComparison.Ordinal)) return false;
        if (c.Kind != ColumnKind.Real) return false;
        var values = Enumerable.Range(0, c.Count).Select(k => c[k]).ToArray();
        return values.All(v => v == Math.Floor(v)) && values.Distinct().Count() == values.Length;
    }

    /// <summary>The CSV's columns that are neither the outcome nor an input of <paramref name="table"/> (none: every other column is an input).</summary>
    private static string[] NonInputs(string path, string outcome, Table table)
    {
        var header = CsvTable.Parse(File.ReadAllText(path), path).Header.Select(h => h.Text);
        return header.Where(h => h != outcome && !table.Columns.Any(c => c.Name == h)).ToArray();
    }
}
