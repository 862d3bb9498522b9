using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Discovery;
using Spokes.Explore.Results;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes discover`: scenario discovery with PRIM on an exploration's results (or on any CSV of inputs plus an
/// outcome column): which combinations of uncertain inputs make an outcome fall below (or rise above) a threshold.
/// </summary>
internal static class DiscoverCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Argument<string>("source") { Description = "a result directory written by `spokes explore`, or a CSV file of inputs and an outcome column" };
        var outcome = new Option<string>("--outcome") { Description = "the outcome column", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "cases of interest: outcome at most (below) or at least (above) this", DefaultValueFactory = _ => 0 };
        var direction = new Option<string>("--direction") { Description = "below or above", DefaultValueFactory = _ => "below" };
        var policy = new Option<string?>("--policy") { Description = "results only: the policy whose experiments to use" };
        var difference = new Option<string?>("--difference") { Description = "results only: P1,P2 — use outcome(P1) − outcome(P2) per scenario" };
        var resample = new Option<int>("--resample") { Description = "bootstrap resamples for the stability of the chosen box (0: none)", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "seed of the resampling", DefaultValueFactory = _ => 1 };
        var pick = new Option<int?>("--box") { Description = "select this box of the peeling trajectory (default: the best balance of coverage and density)" };
        var boxes = new Option<int>("--boxes") { Description = "find up to this many boxes in sequence (covering: the cases in each box are removed before the next search)", DefaultValueFactory = _ => 1 };
        var cmd = new Command("discover", "Scenario discovery (PRIM): the box of inputs where an outcome falls below or above a threshold; peeling trajectory, chosen box, quasi-p values, stability.")
        {
            source, outcome, threshold, direction, policy, difference, resample, seed, boxes, pick,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string src = parse.GetValue(source)!, name = parse.GetValue(outcome)!, dir = parse.GetValue(direction)!;
            var how = dir switch
            {
                "below" => ThresholdDirection.AtMost,
                "above" => ThresholdDirection.AtLeast,
                _ => throw new InputException("--direction", 0, 0, "direction", $"'{dir}' must be below or above"),
            };
            double t = parse.GetValue(threshold);
            if (!double.IsFinite(t)) throw new InputException("--threshold", 0, 0, "threshold", $"{t.ToString(CultureInfo.InvariantCulture)} is not a finite number");
            int r = parse.GetValue(resample);
            if (r < 0 || r > 1000) throw new InputException("--resample", 0, 0, "resample", "must lie in 0..1000");
            int nBoxes = parse.GetValue(boxes);
            if (nBoxes < 1 || nBoxes > 20) throw new InputException("--boxes", 0, 0, "boxes", "must lie in 1..20");
            PrimInput input;
            string description;
            if (Directory.Exists(src))
                (input, description) = FromResults(src, name, t, how, parse.GetValue(policy), parse.GetValue(difference));
            else if (File.Exists(src))
            {
                input = PrimInput.FromCsv(src, name, t, how);
                description = $"{src}: {name} {dir} {t.ToString(CultureInfo.InvariantCulture)}";
            }
            else throw new InputException(src, 0, 0, "source", "no such result directory or CSV file");

            // One PRIM search costs about rows × columns; resampling and covering repeat it.
            double work = (double)input.Count * input.X.ColumnCount * (1 + r) * nBoxes;
            if (work > MaxWork)
                throw new InputException(src, 0, 0, "", $"{input.Count} rows × {input.X.ColumnCount} inputs × {1 + r} searches × {nBoxes} boxes is {work.ToString("0.#e0", CultureInfo.InvariantCulture)} cell-searches; the limit is {MaxWork.ToString("0.#e0", CultureInfo.InvariantCulture)} (several minutes): lower --resample or --boxes, or sample fewer rows");
            int interesting = input.Y.Count(y => y);
            if (interesting == 0 || interesting == input.Y.Count)
            {
                stdout.WriteLine($"PRIM on {description}");
                stdout.WriteLine(interesting == 0
                    ? "no case of interest: the condition never holds in these scenarios, so there is no box to find"
                    : "every case is of interest: the condition always holds in these scenarios, so there is no box to find");
                return SpokesCli.ExitOk;
            }
            if (nBoxes > 1)
            {
                stdout.WriteLine($"PRIM covering on {description}");
                stdout.WriteLine();
                stdout.Write(PrimReport.Covering(Prim.RunCovering(input, PrimOptions.Default, new CoveringOptions { MaxBoxes = nBoxes, Selection = BoxSelection.BestF1 })));
                return SpokesCli.ExitOk;
            }
            var result = Prim.Run(input, PrimOptions.Default);
            var box = parse.GetValue(pick) is { } index
                ? index >= 0 && index < result.Trajectory.Count ? result.SelectBox(index)
                    : throw new InputException("--box", 0, 0, "box", $"the trajectory has boxes 0..{result.Trajectory.Count - 1}")
                : result.Select(BoxSelection.BestF1) ?? result.SelectBox(result.Trajectory.Count - 1);
            stdout.WriteLine($"PRIM on {description}");
            stdout.WriteLine();
            stdout.Write(PrimReport.Format(result, box));
            if (r > 0)
            {
                stdout.WriteLine();
                stdout.Write(PrimReport.Stability(result.Resample(box.Box.Index, new ResampleOptions { Seed = parse.GetValue(seed), Iterations = r })));
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>Most work accepted, in cell-searches (rows × inputs × searches × boxes): 2.2 million cells took 14 s per
    /// search in a Debug build on a shared core (docs/reliability.md), so the limit is about 30 s there.</summary>
    internal const double MaxWork = 5e6;

    private static (PrimInput, string) FromResults(string dir, string name, double threshold, ThresholdDirection how, string? policy, string? difference)
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
        for (int i = 0; i < values.Count; i++)
            if (!double.IsFinite(values[i])) throw new InputException(dir, 0, 0, "outcome", $"{what} is {values[i]} in row {i}: not a finite number");
        var input = PrimInput.FromOutcome(Table.FromRows(table.Inputs.ToList(), rows), values, threshold, how);
        return (input, $"{dir}: {what} {(how == ThresholdDirection.AtMost ? "at most" : "at least")} {threshold.ToString(CultureInfo.InvariantCulture)} ({rows.Count} scenarios)");
    }
}
