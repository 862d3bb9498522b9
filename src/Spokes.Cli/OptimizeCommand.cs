using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Optimization;
using Spokes.Explore.Samplers;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;
using Spokes.Reports.Charts;
using Spokes.Scenarios;
using Spokes.Scenarios.Export;

namespace Spokes.Cli;

/// <summary>
/// `spokes optimize`: robust policy search (Rhodium style) — ε-NSGA-II over U.S. levers, each candidate policy run
/// on a fixed set of sampled scenarios and its outcomes aggregated (mean, percentile, regret, satisficing) into
/// three objectives: effective allied capability per U.S. dollar (maximise), distancing (minimise), allied spending
/// (maximise).
/// </summary>
internal static class OptimizeCommand
{
    private static readonly string[] Robustness = ["mean", "percentile", "regret1", "regret2", "satisficing"];
    private static readonly string[] Problems = ["policy", "zdt1", "dtlz2"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML whose `experiments:` uncertainties define the scenario set (default: the built-in default)" };
        var scenarios = new Option<int>("--scenarios") { Description = "sampled scenarios each policy is run on (Latin hypercube)", DefaultValueFactory = _ => 16 };
        var robustness = new Option<string>("--robustness") { Description = "mean, percentile (10th/90th), regret1 (vs the best preset per scenario), regret2 (vs own median), satisficing", DefaultValueFactory = _ => "mean" };
        var population = new Option<int>("--population") { Description = "population size", DefaultValueFactory = _ => 40 };
        var generations = new Option<int>("--generations") { Description = "generations", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "seed of the search and of the scenario sample", DefaultValueFactory = _ => 1 };
        var constraint = new Option<string[]>("--constraint") { Description = "bound on an aggregated outcome, e.g. distancing<=0.3 or capability>=1.2 (capability, distancing, spending); repeatable; added to the scenario's experiments.constraints", AllowMultipleArgumentsPerToken = false };
        var outFile = OutFolder.Option("pareto.csv, the non-dominated policies (input of `spokes reevaluate`); convergence.csv, the indicators per generation; parcoords-pareto.svg/.png, the set in parallel coordinates");
        var threads = ThreadsOption.Create();
        var problemOption = new Option<string>("--problem") { Description = "policy (the robust policy search), or a test problem with a known front whose distances convergence.csv records: zdt1, dtlz2", DefaultValueFactory = _ => "policy" };
        var cmd = new Command("optimize", "Robust policy search: ε-NSGA-II over the U.S. levers, objectives aggregated over a set of sampled scenarios, hypervolume as convergence.")
        {
            scenario, scenarios, robustness, population, generations, seed, constraint, outFile, threads, problemOption,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string which = parse.GetValue(problemOption)!;
            if (!Problems.Contains(which)) throw new InputException("--problem", 0, 0, "problem", $"unknown problem '{which}' (known: {string.Join(", ", Problems)})");
            string how = parse.GetValue(robustness)!;
            if (!Robustness.Contains(how)) throw new InputException("--robustness", 0, 0, "robustness", $"unknown measure '{how}' (known: {string.Join(", ", Robustness)})");
            int k = parse.GetValue(scenarios), s = parse.GetValue(seed);
            var dir = OutFolder.Check(parse.GetValue(outFile));
            int workers = ThreadsOption.Resolve(parse.GetValue(threads));
            if (k < 1 || k > 10_000) throw new InputException("--scenarios", 0, 0, "scenarios", "must lie in 1..10000");
            if (which != "policy")
            {
                // A test problem has no scenarios: refuse what only the policy search reads rather than ignore it.
                if (parse.GetValue(scenario) is not null) throw new InputException("--problem", 0, 0, "problem", $"{which} takes no scenario file");
                foreach (var (name, given) in new[] { ("--scenarios", parse.GetResult(scenarios)), ("--robustness", parse.GetResult(robustness)) })
                    if (given is { Implicit: false }) throw new InputException(name, 0, 0, name[2..], $"applies to the policy search, not to {which}");
                if ((parse.GetValue(constraint) ?? []).Length > 0) throw new InputException("--constraint", 0, 0, "constraint", $"applies to the policy search, not to {which}");
            }
            NsgaOptions options;
            try
            {
                options = new NsgaOptions
                {
                    Seed = s, Epsilons = [0.01, 0.005, 1.0], PopulationSize = parse.GetValue(population), Generations = parse.GetValue(generations),
                    Parallelism = workers,
                };
                if (which == "zdt1") options = options with { Epsilons = [0.005, 0.005], ReferencePoint = [1, 1], ReferenceFront = Zdt.Zdt1Front() };
                if (which == "dtlz2") options = options with { Epsilons = [0.025, 0.025, 0.025], ReferencePoint = [1, 1, 1], ReferenceFront = Dtlz.Dtlz2Front3(20) };
            }
            catch (ArgumentException e) { throw new InputException("options", 0, 0, e.ParamName ?? "", e.Message); }

            var search = which == "policy" ? PolicySearch(parse, stdout, stderr, how, k, s, options) : TestProblem(which, stdout, options);
            var result = EpsilonNsga2.Run(search.Problem, options);
            string runs = which == "policy" ? $" ({result.Evaluations * k} model runs)" : "";
            stdout.WriteLine($"{result.Evaluations} {(which == "policy" ? "policy" : "solution")} evaluations{runs}; hypervolume by generation:");
            foreach (var g in result.History.Where((_, i) => i % Math.Max(1, result.History.Count / 6) == 0 || i == result.History.Count - 1))
                stdout.WriteLine($"  generation {g.Generation,3}: archive {g.ArchiveSize,3}, hypervolume {g.Hypervolume.ToString("0.0000", CultureInfo.InvariantCulture)}, ε-progress {g.EpsilonProgress}"
                    + (double.IsNaN(g.GenerationalDistance) ? "" : $", GD {g.GenerationalDistance.ToString("0.00000", CultureInfo.InvariantCulture)}, IGD {g.InvertedGenerationalDistance.ToString("0.00000", CultureInfo.InvariantCulture)}, ε+ {g.AdditiveEpsilon.ToString("0.0000", CultureInfo.InvariantCulture)}"));
            stdout.WriteLine();
            var problem = search.Problem;
            int m = problem.ObjectiveCount;
            var variables = problem.Variables;
            string Decision(DecisionValue d, string format) => d.Kind == VariableKind.Categorical ? d.Label : d.Number.ToString(format, CultureInfo.InvariantCulture);
            var table = new TextTable(variables.Select(v => v.Name).Concat(Enumerable.Range(0, m).Select(search.Label)).ToArray()) { MaxWidth = SpokesCli.DataWidth };
            foreach (var sol in result.Archive.Take(20))
                table.Add(sol.Decisions.Select(d => Decision(d, "0.00")).Concat(Enumerable.Range(0, m).Select(o => search.Reported(sol.Objectives, o).ToString("0.000", CultureInfo.InvariantCulture))).ToArray());
            stdout.WriteLine($"non-dominated {search.Noun} ({result.Archive.Count}; first 20 shown):");
            stdout.Write(table);
            if (result.Archive.Count == 0)
                stdout.WriteLine("no policy met every constraint: loosen them or search longer");
            if (dir is not null)
            {
                var path = OutFolder.Write(dir, "pareto.csv", w =>
                {
                    w.WriteLine(string.Join(",", variables.Select(v => v.Name).Concat(Enumerable.Range(0, m).Select(o => Csv(search.Label(o))))));
                    foreach (var sol in result.Archive)
                        w.WriteLine(string.Join(",", sol.Decisions.Select(d => Decision(d, "R"))
                            .Concat(Enumerable.Range(0, m).Select(o => search.Reported(sol.Objectives, o).ToString("R", CultureInfo.InvariantCulture)))));
                });
                stdout.WriteLine($"wrote {result.Archive.Count} {search.Noun} to {path}");
                var history = OutFolder.Write(dir, "convergence.csv", w => ConvergenceCsv.Write(w, result.History));
                stdout.WriteLine($"wrote {result.History.Count} generations to {history}");
                if (ParetoChart(result, search) is { } chart)
                {
                    string source = $"Source: spokes optimize{(which == "policy" ? "" : " --problem " + which)}, seed {s}, population {options.PopulationSize}, {options.Generations} generations; Spokes {Spokes.Reports.ReportBuilder.Version}.";
                    OutFolder.Write(dir, chart.Id + ".svg", w => w.Write(chart.RenderSvg()));
                    var png = Path.Combine(dir, chart.Id + ".png");
                    AtomicFile.WriteBytes(png, chart.RenderCaptionedPng(source));
                    stdout.WriteLine($"wrote parallel coordinates of the set to {Path.Combine(dir, chart.Id)}.svg and .png");
                }
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>A search to run: its problem, a column label per objective, and each objective as it is reported.</summary>
    private sealed record Search(Problem Problem, Func<int, string> Label, Func<IReadOnlyList<double>, int, double> Reported, string Noun, Func<Solution, string> Group);

    /// <summary>
    /// Parallel coordinates of the Pareto set (EMA Workbench's parcoords of an optimisation's results): one axis per
    /// numeric decision, then one per objective as reported; one line per solution, coloured by its categorical
    /// decision (the commitment) where there is one. Null when the set is empty.
    /// </summary>
    private static ParallelCoordinatesChart? ParetoChart(NsgaResult result, Search search)
    {
        if (result.Archive.Count == 0) return null;
        var problem = search.Problem;
        var numeric = Enumerable.Range(0, problem.Variables.Count).Where(j => problem.Variables[j].Kind != VariableKind.Categorical).ToArray();
        var columns = numeric.Select(j => problem.Variables[j].Name).Concat(Enumerable.Range(0, problem.ObjectiveCount).Select(search.Label)).ToList();
        var rows = result.Archive.Select(sol => numeric.Select(j => sol.Decisions[j].Number)
            .Concat(Enumerable.Range(0, problem.ObjectiveCount).Select(o => search.Reported(sol.Objectives, o))).ToArray()).ToList();
        return new ParallelCoordinatesChart("parcoords-pareto", $"Pareto set: {result.Archive.Count} non-dominated {search.Noun}",
            $"Parallel coordinates: one axis per decision, then one per objective, each from its minimum (bottom) to its maximum (top) over the set; one line per solution{(numeric.Length < problem.Variables.Count ? ", coloured by " + problem.Variables.First(v => v.Kind == VariableKind.Categorical).Name : "")}. Lines that cross between two objective axes trade one objective for the other.",
            columns, rows, result.Archive.Select(search.Group).ToList());
    }

    /// <summary>
    /// A test problem with a known front (ZDT1, DTLZ2 with three objectives), so that the convergence file's GD, IGD
    /// and ε+ columns measure the distance to the truth: a check of the optimiser on this machine, with the settings of
    /// docs/optimization.md's validation.
    /// </summary>
    private static Search TestProblem(string which, TextWriter stdout, NsgaOptions options)
    {
        var problem = which == "zdt1" ? Zdt.Zdt1() : Dtlz.Dtlz2(3);
        stdout.WriteLine($"test problem {which}: {problem.Variables.Count} variables, {problem.ObjectiveCount} objectives (minimised), ε {string.Join("/", options.Epsilons.Select(e => e.ToString(CultureInfo.InvariantCulture)))}, population {options.PopulationSize}, {options.Generations} generations, seed {options.Seed}; true front known");
        return new Search(problem, o => problem.ObjectiveNames[o], (f, o) => f[o], "solutions", _ => "Pareto set");
    }

    private static Search PolicySearch(ParseResult parse, TextWriter stdout, TextWriter stderr, string how, int k, int s, NsgaOptions options)
    {
        var command = parse.CommandResult.Command;
        T Get<T>(string name) => parse.GetValue(command.Options.OfType<Option<T>>().First(o => o.Name == name))!;
        var flags = Get<string[]>("--constraint").Select(c => OutcomeBound.Parse(c, "--constraint", 0, 0, "constraint")).ToArray();
        var settings = ExploreCommands.Settings(parse.GetValue(command.Arguments.OfType<Argument<string?>>().First()), null, null, null);
        // The scenario file's experiments.constraints and the flags both apply.
        var bounds = settings.Constraints.Concat(flags).Select(b => (Bound: b, Outcome: b.IndexIn(PolicySearchSpace.OutcomeKeys))).ToArray();
        var unit = new LatinHypercubeSampler().Sample(k, settings.Design.Uncertainties.Count, s);
        var baseDesign = PolicySearchSpace.Design(settings.Design);
        int start = baseDesign.Scenario.BaselineYear + 1;
        var postures = Presets.All.Select(p => p.Name).ToArray();
        var variables = PolicySearchSpace.Variables;
        double[][] Outcomes(PolicySpec policy) => PolicySearchSpace.Outcomes(baseDesign, unit, policy);
        // Regret type 1 needs the best outcome per scenario among reference policies: the six presets.
        var presets = postures.Select(p => Outcomes(new PolicySpec(p, p, []))).ToArray();
        var maximise = PolicySearchSpace.Maximise;

        var progress = ExploreCommands.Progress(stderr, (long)options.PopulationSize * (options.Generations + 1), "policies");
        long evaluated = 0;
        var unconstrained = new Problem(variables, 3, x =>
        {
            progress?.Report(Interlocked.Increment(ref evaluated));
            var decoded = variables.Select((v, i) => v.Decode(x[i])).ToArray();
            var policy = PolicySearchSpace.Policy("candidate", decoded, start);
            var y = Outcomes(policy);
            var objectives = new double[3];
            for (int o = 0; o < 3; o++)
            {
                double value = Aggregate(how, y[o], presets.Select(p => p[o]).ToArray(), maximise[o]);
                objectives[o] = maximise[o] && how is "mean" or "percentile" ? -value : value;
            }
            return objectives;
        }, PolicySearchSpace.OutcomeNames);
        // Constraints bound the reported values (mean and percentile objectives are stored negated when maximised).
        double Reported(IReadOnlyList<double> f, int o) => maximise[o] && how is "mean" or "percentile" ? -f[o] : f[o];
        var problem = bounds.Length == 0 ? unconstrained : unconstrained.WithConstraints(
            bounds.Select(b => b.Bound.Text).ToArray(),
            (_, f) => bounds.Select(b => b.Bound.Violation(Reported(f, b.Outcome))).ToArray());

        stdout.WriteLine($"robust search: {k} scenarios ({settings.Design.Uncertainties.Count} uncertainties), robustness {how}, population {options.PopulationSize}, {options.Generations} generations, seed {s}");
        if (bounds.Length > 0) stdout.WriteLine($"constraints: {string.Join(", ", bounds.Select(b => b.Bound.Text))}");
        string Label(int o) => how switch
        {
            "mean" => $"mean {problem.ObjectiveNames[o]}",
            "percentile" => $"{(maximise[o] ? "10th" : "90th")} pct {problem.ObjectiveNames[o]}",
            "regret1" => $"max regret {problem.ObjectiveNames[o]} (vs best preset)",
            "regret2" => $"max regret {problem.ObjectiveNames[o]} (vs own median)",
            _ => $"share missing target {problem.ObjectiveNames[o]}",
        };
        return new Search(problem, Label, Reported, "policies", sol => sol.Decisions[0].Label);
    }

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>
    /// One objective from a policy's outcomes over the scenarios (minimised after the sign flip in the caller for
    /// mean and percentile). Regret 1: the largest shortfall from the best preset in each scenario; regret 2: the
    /// largest shortfall from the policy's own median; satisficing: the share of scenarios that miss the target (the
    /// status-quo preset's median outcome).
    /// </summary>
    internal static double Aggregate(string how, double[] y, double[][] presets, bool maximise)
    {
        var goal = maximise ? Goal.Maximise : Goal.Minimise;
        double[][] one = [y];
        switch (how)
        {
            case "mean": return RobustnessMetrics.Mean(one)[0];
            case "percentile": return RobustnessMetrics.Percentile(one, maximise ? 10 : 90)[0];
            case "regret1":
            {
                var all = presets.Append(y).ToArray();
                return RobustnessMetrics.Maximum(RobustnessMetrics.RegretFromBest(all, goal))[^1];
            }
            case "regret2": return RobustnessMetrics.Maximum(RobustnessMetrics.RegretFromMedian(one, goal))[0];
            default:
            {
                var target = RobustnessMetrics.Percentile([presets[0]], 50)[0];
                return 1 - RobustnessMetrics.Satisficing(one, target, goal)[0];
            }
        }
    }
}
