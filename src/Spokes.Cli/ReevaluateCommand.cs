using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Optimization;
using Spokes.Explore.Samplers;
using Spokes.Formal.Io;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes reevaluate`: runs the policies of a Pareto set (the CSV `spokes optimize --out` writes) on a fresh,
/// larger ensemble of scenarios — a new Latin hypercube sample with its own seed — and reports the robustness of each
/// (Kasprzyk, Nataraj, Reed &amp; Lempert 2013's re-evaluation step of many-objective robust decision making): mean,
/// the unfavourable 10% tail, and the largest regret against the best policy of the set in each scenario.
/// </summary>
internal static class ReevaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("policies") { Description = "CSV of policies: the columns of `spokes optimize --out` (commitment and the seven levers; other columns are ignored)" };
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML whose `experiments:` uncertainties define the ensemble (default: the built-in default)" };
        var scenarios = new Option<int>("--scenarios") { Description = "scenarios in the fresh ensemble (Latin hypercube)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "seed of the fresh ensemble (use one the search did not)", DefaultValueFactory = _ => 1001 };
        var cmd = new Command("reevaluate", "Re-evaluate a Pareto set of policies over a fresh ensemble of scenarios: mean, 10% tail and maximum regret per policy.")
        {
            file, scenario, scenarios, seed,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            int k = parse.GetValue(scenarios);
            if (k < 2 || k > 10_000) throw new InputException("--scenarios", 0, 0, "scenarios", "must lie in 2..10000");
            string path = parse.GetValue(file)!;
            var policies = Read(path);
            var settings = ExploreCommands.Settings(parse.GetValue(scenario), null, null, null);
            var design = PolicySearchSpace.Design(settings.Design);
            int start = design.Scenario.BaselineYear + 1;
            var unit = new LatinHypercubeSampler().Sample(k, settings.Design.Uncertainties.Count, parse.GetValue(seed));
            var progress = ExploreCommands.Progress(stderr, policies.Count, "policies");
            // outcomes[policy][outcome][scenario]
            var outcomes = new double[policies.Count][][];
            for (int p = 0; p < policies.Count; p++)
            {
                outcomes[p] = PolicySearchSpace.Outcomes(design, unit, PolicySearchSpace.Policy($"p{p + 1}", policies[p], start));
                progress?.Report(p + 1);
            }
            stdout.WriteLine($"re-evaluation of {policies.Count} policies from {path} on {k} fresh scenarios (Latin hypercube, seed {parse.GetValue(seed)}, {settings.Design.Uncertainties.Count} uncertainties)");
            var header = new List<string> { "policy", "commitment" };
            var columns = new List<double[]>();
            for (int o = 0; o < 3; o++)
            {
                bool max = PolicySearchSpace.Maximise[o];
                var goal = max ? Goal.Maximise : Goal.Minimise;
                var rows = outcomes.Select(x => x[o]).ToArray();
                columns.Add(RobustnessMetrics.Mean(rows));
                columns.Add(RobustnessMetrics.Percentile(rows, max ? 10 : 90));
                columns.Add(RobustnessMetrics.Maximum(RobustnessMetrics.RegretFromBest(rows, goal)));
                string name = PolicySearchSpace.OutcomeKeys[o];
                header.AddRange([$"{name} mean", $"{name} {(max ? "10th" : "90th")} pct", $"{name} max regret"]);
            }
            var table = new TextTable(header.ToArray());
            for (int p = 0; p < policies.Count; p++)
                table.Add(new[] { $"p{p + 1}", policies[p][0].Label }.Concat(columns.Select(c => c[p].ToString("0.000", CultureInfo.InvariantCulture))).ToArray());
            stdout.Write(table);
            stdout.WriteLine("(10th/90th pct: the unfavourable tail of each outcome; max regret: the largest shortfall from the best policy of this set in any one scenario)");
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>The decoded decisions of each row; errors name the file, line, column and field.</summary>
    private static List<Spokes.Explore.Optimization.DecisionValue[]> Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, 0, 0, "", "cannot read the file: " + e.Message); }
        var grid = CsvTable.Parse(text, path);
        var names = grid.Header.Select(h => h.Text).ToList();
        var vars = PolicySearchSpace.Variables;
        var index = vars.Select(v => names.IndexOf(v.Name)).ToArray();
        for (int j = 0; j < vars.Length; j++)
            if (index[j] < 0) throw new InputException(path, 1, 0, vars[j].Name, "missing column (write the file with `spokes optimize --out`)");
        if (grid.Rows.Count == 0) throw new InputException(path, 0, 0, "", "no policies");
        var result = new List<Spokes.Explore.Optimization.DecisionValue[]>();
        foreach (var row in grid.Rows)
        {
            var decoded = new Spokes.Explore.Optimization.DecisionValue[vars.Length];
            for (int j = 0; j < vars.Length; j++)
            {
                if (index[j] >= row.Count) throw new InputException(path, row[0].Line, 0, vars[j].Name, "missing field");
                var cell = row[index[j]];
                var v = vars[j];
                double encoded;
                if (v.Kind == VariableKind.Categorical)
                {
                    encoded = v.Labels.ToList().IndexOf(cell.Text);
                    if (encoded < 0) throw new InputException(path, cell.Line, cell.Column, v.Name, $"'{cell.Text}' is not one of {string.Join(", ", v.Labels)}");
                }
                else if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out encoded) || encoded < v.Min || encoded > v.Max)
                    throw new InputException(path, cell.Line, cell.Column, v.Name, $"'{cell.Text}' is not a number in [{v.Min}, {v.Max}]");
                decoded[j] = v.Decode(encoded);
            }
            result.Add(decoded);
        }
        return result;
    }
}
