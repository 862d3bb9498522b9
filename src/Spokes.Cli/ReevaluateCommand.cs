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
        var file = new Argument<string>("policies") { Description = "CSV of policies, or the folder `spokes optimize --out DIR` wrote (its pareto.csv): commitment and the levers; other columns are ignored" };
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML whose `experiments:` uncertainties define the ensemble (default: the built-in default)" };
        var scenarios = new Option<int>("--scenarios") { Description = "scenarios in the fresh ensemble (Latin hypercube)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "seed of the fresh ensemble (use one the search did not)", DefaultValueFactory = _ => 1001 };
        var worst = new Option<int>("--worst-case") { Description = "also search the uncertainties for each policy's worst cases: ε-NSGA-II generations (population 16; 0: off)", DefaultValueFactory = _ => 0 };
        var threads = ThreadsOption.Create();
        var constraint = new Option<string[]>("--constraint") { Description = "bound on an outcome checked in each fresh scenario, e.g. distancing<=0.3 (capability, distancing, spending); repeatable; added to the scenario's experiments.constraints", AllowMultipleArgumentsPerToken = false };
        var outDir = OutFolder.Option("reevaluation.csv, the table per policy (with the share of scenarios meeting each constraint and the worst cases searched); outcomes.csv, every policy's outcomes in every scenario");
        var cmd = new Command("reevaluate", "Re-evaluate a Pareto set of policies over a fresh ensemble of scenarios: mean, 10% tail and maximum regret per policy, the share of scenarios meeting each constraint; optionally a worst-case search over the uncertainties.")
        {
            file, scenario, scenarios, seed, worst, threads, constraint, outDir,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            int k = parse.GetValue(scenarios);
            if (k < 2 || k > 10_000) throw new InputException("--scenarios", 0, 0, "scenarios", "must lie in 2..10000");
            int generations = parse.GetValue(worst);
            if (generations < 0 || generations > 1000) throw new InputException("--worst-case", 0, 0, "worst-case", "must lie in 0..1000");
            // Policies are independent and each result lands in its own slot, so the output is the same at any count.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = ThreadsOption.Resolve(parse.GetValue(threads)) };
            string path = parse.GetValue(file)!;
            if (Directory.Exists(path)) path = Path.Combine(path, "pareto.csv");
            var dir = OutFolder.Check(parse.GetValue(outDir));
            var policies = Read(path);
            var settings = ExploreCommands.Settings(parse.GetValue(scenario), null, null, null);
            var flags = (parse.GetValue(constraint) ?? []).Select(c => OutcomeBound.Parse(c, "--constraint", 0, 0, "constraint")).ToArray();
            var bounds = settings.Constraints.Concat(flags).Select(b => (Bound: b, Outcome: b.IndexIn(PolicySearchSpace.OutcomeKeys))).ToArray();
            var design = PolicySearchSpace.Design(settings.Design);
            int start = design.Scenario.BaselineYear + 1;
            var unit = new LatinHypercubeSampler().Sample(k, settings.Design.Uncertainties.Count, parse.GetValue(seed));
            var progress = ExploreCommands.Progress(stderr, policies.Count, "policies");
            // outcomes[policy][outcome][scenario]
            var outcomes = new double[policies.Count][][];
            long done = 0;
            Parallel.For(0, policies.Count, parallel, p =>
            {
                outcomes[p] = PolicySearchSpace.Outcomes(design, unit, PolicySearchSpace.Policy($"p{p + 1}", policies[p], start));
                progress?.Report(Interlocked.Increment(ref done));
            });
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
            var table = new TextTable(header.ToArray()) { MaxWidth = SpokesCli.DataWidth };
            for (int p = 0; p < policies.Count; p++)
                table.Add(new[] { $"p{p + 1}", policies[p][0].Label }.Concat(columns.Select(c => c[p].ToString("0.000", CultureInfo.InvariantCulture))).ToArray());
            stdout.Write(table);
            stdout.WriteLine("(10th/90th pct: the unfavourable tail of each outcome; max regret: the largest shortfall from the best policy of this set in any one scenario)");
            if (bounds.Length > 0)
            {
                // Each bound is checked scenario by scenario on the fresh ensemble (the search bounded the aggregate).
                var criteria = bounds.Select(b => new SatisficingCriterion(outcomes.Select(x => x[b.Outcome]).ToArray(), b.Bound.Value,
                    b.Bound.AtMost ? Goal.Minimise : Goal.Maximise)).ToList();
                var shares = criteria.Select(c => RobustnessMetrics.Satisficing([c])).ToList();
                var names = bounds.Select(b => b.Bound.Text).ToList();
                if (bounds.Length > 1)
                {
                    shares.Add(RobustnessMetrics.Satisficing(criteria));
                    names.Add("all at once");
                }
                stdout.WriteLine();
                stdout.WriteLine($"share of the {k} scenarios in which each constraint holds:");
                var held = new TextTable(["policy", .. names]) { MaxWidth = SpokesCli.DataWidth };
                for (int p = 0; p < policies.Count; p++)
                    held.Add([$"p{p + 1}", .. shares.Select(c => c[p].ToString("0.000", CultureInfo.InvariantCulture))]);
                stdout.Write(held);
                for (int i = 0; i < shares.Count; i++)
                {
                    header.Add($"holds {names[i]}");
                    columns.Add(shares[i]);
                }
            }
            if (generations > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine($"worst cases found by searching the {settings.Design.Uncertainties.Count} uncertainties (ε-NSGA-II, population 16, {generations} generations per policy), beside the worst of the {k} sampled scenarios:");
                var wc = new TextTable("policy", "capability worst (sample)", "distancing worst (sample)", "spending worst (sample)", "worst-capability scenario") { MaxWidth = SpokesCli.DataWidth };
                var searched = new (double[] Worst, string Scenario)[policies.Count];
                Parallel.For(0, policies.Count, parallel, p => searched[p] = WorstCases(design, policies[p], start, generations, parse.GetValue(seed) + p));
                for (int p = 0; p < policies.Count; p++)
                {
                    var found = searched[p];
                    string Pair(int o, double searched) =>
                        $"{searched.ToString("0.000", CultureInfo.InvariantCulture)} ({(PolicySearchSpace.Maximise[o] ? outcomes[p][o].Min() : outcomes[p][o].Max()).ToString("0.000", CultureInfo.InvariantCulture)})";
                    wc.Add($"p{p + 1}", Pair(0, found.Worst[0]), Pair(1, found.Worst[1]), Pair(2, found.Worst[2]), found.Scenario);
                }
                stdout.Write(wc);
                for (int o = 0; o < 3; o++)
                {
                    header.Add($"{PolicySearchSpace.OutcomeKeys[o]} worst searched");
                    columns.Add(searched.Select(x => x.Worst[o]).ToArray());
                }
            }
            if (dir is not null)
            {
                var summary = OutFolder.Write(dir, "reevaluation.csv", w =>
                {
                    w.WriteLine(string.Join(",", header.Select(Csv)));
                    for (int p = 0; p < policies.Count; p++)
                        w.WriteLine(string.Join(",", new[] { $"p{p + 1}", policies[p][0].Label }.Concat(columns.Select(c => c[p].ToString("R", CultureInfo.InvariantCulture)))));
                });
                var all = OutFolder.Write(dir, "outcomes.csv", w =>
                {
                    w.WriteLine("policy,scenario," + string.Join(",", PolicySearchSpace.OutcomeKeys));
                    for (int p = 0; p < policies.Count; p++)
                        for (int j = 0; j < k; j++)
                            w.WriteLine($"p{p + 1},{j}," + string.Join(",", Enumerable.Range(0, 3).Select(o => outcomes[p][o][j].ToString("R", CultureInfo.InvariantCulture))));
                });
                stdout.WriteLine($"wrote {summary} and {all}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>
    /// A search over the uncertainties instead of the levers (EMA Workbench's <c>optimize(searchover="uncertainties")</c>,
    /// Kwakkel 2017, Environ. Model. Softw. 96:239–250): for one fixed policy, ε-NSGA-II looks for the scenarios that
    /// make each outcome as bad as possible at once (lowest capability per dollar and spending, highest distancing).
    /// Returns the worst value of each outcome over the archive and the scenario of the worst capability, in the
    /// uncertainties' own units.
    /// </summary>
    private static (double[] Worst, string Scenario) WorstCases(Spokes.Explore.Experiments.ExperimentDesign design,
        IReadOnlyList<Spokes.Explore.Optimization.DecisionValue> decisions, int start, int generations, int seed)
    {
        var uncertainties = design.Uncertainties;
        var variables = uncertainties.Select(u => DecisionVariable.Real(u.Name, 0, 1)).ToArray();
        var policy = PolicySearchSpace.Policy("worst-case", decisions, start);
        var problem = new Problem(variables, 3, u =>
        {
            var y = PolicySearchSpace.Outcomes(design, [u], policy);
            // Minimised: the outcome where lower is worse, the negated outcome where higher is worse.
            return [.. Enumerable.Range(0, 3).Select(o => PolicySearchSpace.Maximise[o] ? y[o][0] : -y[o][0])];
        }, PolicySearchSpace.OutcomeNames);
        var result = EpsilonNsga2.Run(problem, new NsgaOptions { Seed = seed, PopulationSize = 16, Generations = generations, Epsilons = [0.01, 0.005, 1.0] });
        var archive = result.Archive;
        var worst = Enumerable.Range(0, 3).Select(o => PolicySearchSpace.Maximise[o]
            ? archive.Min(s => s.Objectives[o]) : -archive.Min(s => s.Objectives[o])).ToArray();
        var capability = archive.MinBy(s => s.Objectives[0])!;
        string scenario = string.Join(", ", uncertainties.Select((u, j) =>
            $"{u.Name} {u.Quantile(capability.Variables[j]).ToString("G3", CultureInfo.InvariantCulture)}"));
        return (worst, scenario);
    }

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

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
