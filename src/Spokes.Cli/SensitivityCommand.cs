using System.CommandLine;
using System.Globalization;
using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes sensitivity`: global sensitivity of each outcome to the uncertainties — Sobol indices (Saltelli design,
/// bootstrap intervals) or Morris elementary effects — on the alliance model under one policy, or on a built-in test
/// model (`--model ishigami|sobol-g`, as SALib ships them).
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(TextWriter console, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML with an `experiments:` section (its uncertainties and outcomes are used)" };
        var method = new Option<string>("--method") { Description = "sobol or morris", DefaultValueFactory = _ => "sobol" };
        var n = new Option<int>("--n") { Description = "Sobol: base sample size N (runs = N·(2d+2)); Morris: trajectories", DefaultValueFactory = _ => 256 };
        var levels = new Option<int>("--levels") { Description = "Morris grid levels (even)", DefaultValueFactory = _ => 4 };
        var model = new Option<string?>("--model") { Description = "a built-in test model instead of Spokes: ishigami or sobol-g" };
        var policy = new Option<string?>("--policy") { Description = "the policy to analyse (default: the first of the design)" };
        var seed = new Option<int>("--seed") { Description = "seed of the bootstrap (and of the Morris design)", DefaultValueFactory = _ => 1 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "bootstrap resamples for the confidence intervals", DefaultValueFactory = _ => 100 };
        var threads = ThreadsOption.Create();
        var outDir = OutFolder.Option("the indices as CSV, one file per method (sobol.csv and sobol-s2.csv, morris.csv, rbd-fast.csv, pawn.csv, rsa.csv), and sensitivity.txt as printed");
        var designFile = new Option<string?>("--design") { Description = "analyse this design (SALib text or CSV; rows = runs, columns = inputs) instead of running the model" };
        var outputsFile = new Option<string?>("--outputs") { Description = "with --design: the outputs, one column per outcome, one row per design row" };
        var secondOrder = new Option<bool>("--second-order") { Description = "with --design and sobol: the design has SALib's second-order rows (calc_second_order)", DefaultValueFactory = _ => true };
        var harmonics = new Option<int>("--harmonics") { Description = "rbd-fast: interference factor M; pawn: number of slices S", DefaultValueFactory = _ => 10 };
        var threshold = new Option<double?>("--threshold") { Description = "rsa: behavioural runs have output at most (below) or at least (above) this" };
        var direction = new Option<string>("--direction") { Description = "rsa: below or above", DefaultValueFactory = _ => "below" };
        var cmd = new Command("sensitivity", "Global sensitivity analysis: Sobol first, total and second-order indices, or Morris μ*, σ; with --design/--outputs also RBD-FAST and regional sensitivity on any design.")
        {
            scenario, method, n, levels, model, policy, seed, bootstrap, threads, designFile, outputsFile, secondOrder, harmonics, threshold, direction, outDir,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var folder = OutFolder.Check(parse.GetValue(outDir));
            var copy = new StringWriter();
            var csv = new SensitivityCsv();
            int code = Analyse(parse, folder is null ? console : new TeeWriter(console, copy), csv);
            if (folder is not null)
            {
                var written = csv.WriteTo(folder).Append(OutFolder.Write(folder, "sensitivity.txt", w => w.Write(copy.ToString())));
                console.WriteLine($"wrote {string.Join(", ", written)}");
            }
            return code;
        }));
        return cmd;

        int Analyse(ParseResult parse, TextWriter stdout, SensitivityCsv csv)
        {
            string m = parse.GetValue(method)!;
            if (parse.GetValue(designFile) is { } df)
            {
                if (m is not ("sobol" or "morris" or "rbd-fast" or "pawn" or "rsa")) throw new InputException("--method", 0, 0, "method", $"unknown method '{m}' (sobol, morris, rbd-fast, pawn or rsa)");
                var of = parse.GetValue(outputsFile) ?? throw new InputException("--outputs", 0, 0, "outputs", "--design needs --outputs");
                int boot = parse.GetValue(bootstrap), hm = parse.GetValue(harmonics);
                if (boot < 0 || boot > 10_000 || boot == 1) throw new InputException("--bootstrap", 0, 0, "bootstrap", "must be 0 or lie in 2..10000");
                if (hm < 1 || hm > 100) throw new InputException("--harmonics", 0, 0, "harmonics", "must lie in 1..100");
                var th = parse.GetValue(threshold);
                if (th is { } tv && !double.IsFinite(tv)) throw new InputException("--threshold", 0, 0, "threshold", "must be a finite number");
                bool above = parse.GetValue(direction) switch
                {
                    "below" => false,
                    "above" => true,
                    var dv => throw new InputException("--direction", 0, 0, "direction", $"'{dv}' must be below or above"),
                };
                return SensitivityFromFiles.Run(stdout, csv, m, df, of, parse.GetValue(secondOrder), boot, parse.GetValue(seed), hm, th, above);
            }
            if (m is not ("sobol" or "morris")) throw new InputException("--method", 0, 0, "method", $"unknown method '{m}' (sobol or morris; rbd-fast, pawn and rsa need --design)");
            int size = parse.GetValue(n), b = parse.GetValue(bootstrap), s = parse.GetValue(seed), lv = parse.GetValue(levels), t = ThreadsOption.Resolve(parse.GetValue(threads));
            if (size < 2 || size > 1_000_000) throw new InputException("--n", 0, 0, "n", "must lie in 2..1000000");
            if (b < 1 || b > 10_000) throw new InputException("--bootstrap", 0, 0, "bootstrap", "must lie in 1..10000");
            if (m == "morris" && (lv < 2 || lv % 2 != 0)) throw new InputException("--levels", 0, 0, "levels", "must be an even number ≥ 2");

            // The question: names of the inputs and, per outcome, a function from a unit-cube design to outputs.
            string[] inputs;
            List<(string Name, Func<double[][], double[]> Evaluate)> outcomes;
            if (parse.GetValue(model) is { } testModel)
            {
                (inputs, outcomes) = testModel switch
                {
                    "ishigami" => (new[] { "x1", "x2", "x3" }, new List<(string, Func<double[][], double[]>)> { ("ishigami", Ishigami.Standard.EvaluateUnit) }),
                    "sobol-g" => (SobolG.Standard.A.Select((_, i) => $"x{i + 1}").ToArray(),
                        new List<(string, Func<double[][], double[]>)> { ("sobol-g", d => d.Select(u => SobolG.Standard.Evaluate(u)).ToArray()) }),
                    _ => throw new InputException("--model", 0, 0, "model", $"unknown test model '{testModel}' (ishigami or sobol-g)"),
                };
                stdout.WriteLine($"test model {testModel}, inputs U[0,1] mapped as SALib defines the function");
            }
            else
            {
                var settings = ExploreCommands.Settings(parse.GetValue(scenario), null, null, null);
                var design = settings.Design;
                var chosen = parse.GetValue(policy) is { } pn
                    ? design.Policies.FirstOrDefault(p => p.Name == pn) ?? throw new InputException("--policy", 0, 0, "policy", $"unknown policy '{pn}' (in the design: {string.Join(", ", design.Policies.Select(p => p.Name))})")
                    : design.Policies[0];
                design = design with { Policies = [chosen] };
                inputs = design.Uncertainties.Select(u => u.Name).ToArray();
                var scalarSpecs = design.Outcomes.Where(o => !o.IsSeries).ToList();
                var seriesSpecs = design.Outcomes.Where(o => o.IsSeries).ToList();
                outcomes = [];
                double[][]? lastDesign = null;
                InMemorySink? sink = null;
                ExperimentMatrix? matrix = null;
                InMemorySink Evaluate(double[][] unit)
                {
                    if (!ReferenceEquals(unit, lastDesign))
                    {
                        matrix = new ExperimentMatrix(design, unit);
                        sink = new InMemorySink();
                        new BlockEvaluator(new EvaluationOptions { Threads = t }).Evaluate(matrix, sink, ExploreCommands.Progress(stderr, matrix.ExperimentCount));
                        lastDesign = unit;
                    }
                    return sink!;
                }
                for (int o = 0; o < scalarSpecs.Count; o++)
                {
                    int index = o;
                    outcomes.Add((scalarSpecs[o].Name, unit => Evaluate(unit).Column(matrix!, index)));
                }
                int years = design.Years;
                for (int o = 0; o < seriesSpecs.Count; o++)
                    for (int y = 0; y < years; y++)
                    {
                        int index = o, year = y;
                        outcomes.Add(($"{seriesSpecs[o].Name}[{design.Scenario.BaselineYear + 1 + y}]", unit => Evaluate(unit).SeriesColumn(matrix!, index, year)));
                    }
                stdout.WriteLine($"scenario {design.Scenario.Name}, policy {chosen.Name}, {inputs.Length} uncertainties, {outcomes.Count} outcomes");
            }

            int dims = inputs.Length;
            long rows = m == "sobol" ? (long)size * (2 * dims + 2) : (long)size * (dims + 1);
            if (rows * dims > UnitSample.MaxCells)
                throw new InputException("--n", 0, 0, "n", $"the design would have {rows} rows of {dims} inputs; the limit is {UnitSample.MaxCells} cells");
            // The bootstrap resamples every estimator b times over N rows: refuse work that would take minutes.
            double work = (double)b * size * (m == "sobol" ? 2 * dims + dims * dims : dims) * outcomes.Count;
            if (work > MaxBootstrapWork)
                throw new InputException("--bootstrap", 0, 0, "bootstrap",
                    $"{b} resamples × N = {size} × {dims} inputs × {outcomes.Count} outcomes is {work.ToString("0.#e0", CultureInfo.InvariantCulture)} estimator terms; the limit is {MaxBootstrapWork.ToString("0.#e0", CultureInfo.InvariantCulture)} (lower --bootstrap or --n)");
            if (m == "sobol")
            {
                var unit = SaltelliDesign.Create(size, dims, secondOrder: true);
                stdout.WriteLine($"Sobol indices: Saltelli design, N = {size}, {unit.Length} runs, {b} bootstrap resamples, 95% intervals (±)\n");
                foreach (var (name, evaluate) in outcomes)
                {
                    var r = SobolAnalysis.Analyze(evaluate(unit), dims, secondOrder: true, bootstrap: b, seed: s);
                    stdout.WriteLine($"{name} (variance {F(r.Variance)})");
                    var table = new TextTable("input", "S1", "±", "ST", "±");
                    for (int j = 0; j < dims; j++)
                    {
                        table.Add(inputs[j], F(r.S1[j]), F(r.S1Conf[j]), F(r.ST[j]), F(r.STConf[j]));
                        csv.Add("sobol.csv", SensitivityCsv.Sobol, name, inputs[j], r.S1[j], r.S1Conf[j], r.ST[j], r.STConf[j], r.Variance);
                    }
                    stdout.Write(table);
                    var pairs = new List<(string, double, double)>();
                    for (int j = 0; j < dims; j++)
                        for (int k = j + 1; k < dims; k++)
                        {
                            pairs.Add(($"{inputs[j]} × {inputs[k]}", r.S2[j][k], r.S2Conf[j][k]));
                            csv.Add("sobol-s2.csv", SensitivityCsv.SobolPairs, name, inputs[j], inputs[k], r.S2[j][k], r.S2Conf[j][k]);
                        }
                    foreach (var (pair, v, c) in pairs.OrderByDescending(p => Math.Abs(p.Item2)).Take(3))
                        stdout.WriteLine($"  S2 {pair}: {F(v)} ± {F(c)}");
                    stdout.WriteLine();
                }
            }
            else
            {
                var unit = MorrisDesign.Create(size, dims, lv, s);
                stdout.WriteLine($"Morris elementary effects: {size} trajectories, {lv} levels, {unit.Length} runs\n");
                foreach (var (name, evaluate) in outcomes)
                {
                    var r = MorrisAnalysis.Analyze(unit, evaluate(unit), bootstrap: b, seed: s);
                    stdout.WriteLine(name);
                    var table = new TextTable("input", "μ", "μ*", "±", "σ");
                    for (int j = 0; j < dims; j++)
                    {
                        table.Add(inputs[j], F(r.Mu[j]), F(r.MuStar[j]), F(r.MuStarConf[j]), F(r.Sigma[j]));
                        csv.Add("morris.csv", SensitivityCsv.Morris, name, inputs[j], r.Mu[j], r.MuStar[j], r.MuStarConf[j], r.Sigma[j]);
                    }
                    stdout.Write(table);
                    stdout.WriteLine();
                }
            }
            return SpokesCli.ExitOk;
        }
    }

    /// <summary>Most bootstrap estimator terms (resamples × N × terms per input set × outcomes) accepted; see
    /// docs/reliability.md for what this costs.</summary>
    internal const double MaxBootstrapWork = 5e8;

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
