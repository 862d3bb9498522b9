using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Scoring;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes score`: feature scoring of an exploration's results or any CSV against one outcome — extra trees or a
/// random forest (out-of-bag permutation importance), or univariate F and χ² scores — with bootstrap intervals on
/// the scores and ranks.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = new Argument<string>("source") { Description = "a result directory written by `spokes explore`, or a CSV file of inputs and an outcome column" };
        var outcome = new Option<string>("--outcome") { Description = "the outcome column", Required = true };
        var method = new Option<string>("--method") { Description = "extra-trees, random-forest, fastforest (ML.NET), f or chi2", DefaultValueFactory = _ => "extra-trees" };
        var threshold = new Option<double?>("--threshold") { Description = "score the 0/1 outcome 'at most (below) or at least (above) this' instead of the value" };
        var direction = new Option<string>("--direction") { Description = "below or above (with --threshold)", DefaultValueFactory = _ => "below" };
        var policy = new Option<string?>("--policy") { Description = "results only: the policy whose experiments to use" };
        var difference = new Option<string?>("--difference") { Description = "results only: P1,P2 — use outcome(P1) − outcome(P2) per scenario" };
        var ignore = new Option<string?>("--ignore") { Description = "CSV only: comma-separated columns that are neither inputs nor the outcome" };
        var trees = new Option<int>("--trees") { Description = "trees per forest", DefaultValueFactory = _ => 100 };
        var maxFeatures = new Option<double?>("--max-features") { Description = "share of inputs tried at each node (default: all for extra trees, 1/3 for a random forest)" };
        var resamples = new Option<int>("--resamples") { Description = "bootstrap resamples for the intervals (0: none)", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "seed of the trees and resamples", DefaultValueFactory = _ => 1 };
        var threads = ThreadsOption.Create();
        var cmd = new Command("score", "Feature scoring: rank the inputs of an exploration or CSV by their influence on an outcome (extra trees, random forest, ML.NET FastForest, F or χ²), with bootstrap intervals.")
        {
            source, outcome, method, threshold, direction, policy, difference, ignore, trees, maxFeatures, resamples, seed, threads,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string src = parse.GetValue(source)!, name = parse.GetValue(outcome)!;
            var how = parse.GetValue(method) switch
            {
                "extra-trees" => ScoreMethod.ExtraTrees,
                "random-forest" => ScoreMethod.RandomForest,
                "fastforest" => ScoreMethod.FastForest,
                "f" => ScoreMethod.F,
                "chi2" => ScoreMethod.Chi2,
                var m => throw new InputException("--method", 0, 0, "method", $"'{m}' must be extra-trees, random-forest, fastforest, f or chi2"),
            };
            bool above = parse.GetValue(direction) switch
            {
                "below" => false,
                "above" => true,
                var d => throw new InputException("--direction", 0, 0, "direction", $"'{d}' must be below or above"),
            };
            int r = parse.GetValue(resamples);
            if (r < 0 || r > 1000) throw new InputException("--resamples", 0, 0, "resamples", "must lie in 0..1000");
            int nTrees = parse.GetValue(trees);
            if (nTrees < 1 || nTrees > 10_000) throw new InputException("--trees", 0, 0, "trees", "must lie in 1..10000");
            var share = parse.GetValue(maxFeatures);
            if (share is { } s && !(s > 0 && s <= 1)) throw new InputException("--max-features", 0, 0, "max-features", "must lie in (0, 1]");
            int nThreads = ThreadsOption.Resolve(parse.GetValue(threads));

            ScoreData data;
            string description;
            if (Directory.Exists(src))
            {
                var sel = OutcomeSource.FromResults(src, name, parse.GetValue(policy), parse.GetValue(difference));
                if (sel.Rows.Count < 3) throw new InputException(src, 0, 0, name, $"only {sel.Rows.Count} scenarios: feature scoring needs at least three");
                data = ScoreData.FromRows(sel.Inputs, sel.Rows, sel.Values, sel.What);
                description = $"{src}: {sel.What} ({sel.Rows.Count} scenarios)";
            }
            else if (File.Exists(src))
            {
                var ignored = (parse.GetValue(ignore) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                data = ScoreData.FromCsv(src, name, ignored);
                description = $"{src}: {name} ({data.Count} rows)";
            }
            else throw new InputException(src, 0, 0, "source", "no such result directory or CSV file");

            if (parse.GetValue(threshold) is { } t)
            {
                if (!double.IsFinite(t)) throw new InputException("--threshold", 0, 0, "threshold", "must be a finite number");
                data = data.Classify(t, above);
            }
            if (how == ScoreMethod.Chi2 && !data.IsBinary)
                throw new InputException("--method", 0, 0, "method", "chi2 needs a 0/1 outcome: give --threshold (and --direction)");
            int interesting = data.Outcome.Count(v => v == 1);
            if (data.IsBinary && (interesting == 0 || interesting == data.Count) || data.Outcome.Distinct().Count() < 2)
            {
                stdout.WriteLine($"feature scoring on {description}");
                stdout.WriteLine("the outcome is the same in every row: there is nothing to score");
                return SpokesCli.ExitOk;
            }
            var options = new ForestOptions { Trees = nTrees, MaxFeatures = share, Threads = nThreads };
            var result = FeatureScoring.Run(data, how, r, parse.GetValue(seed), options);
            stdout.WriteLine($"feature scoring on {description}");
            stdout.Write(ScoreReport.Format(result));
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
