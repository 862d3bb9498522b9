using System.CommandLine;
using System.Globalization;
using Spokes.Formal.Io;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;
using Spokes.Scenarios.Export;

namespace Spokes.Cli;

/// <summary>The `spokes` command line: parses, builds the scenario, calls the libraries, prints.</summary>
public static class SpokesCli
{
    public const int ExitOk = 0, ExitBadInput = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Spokes: the U.S. hub-and-spokes alliance system in Asia, simulated year by year.");
        root.Subcommands.Add(RunCommand(stdout, stderr));
        root.Subcommands.Add(CompareCommand(stdout, stderr));
        root.Subcommands.Add(PresetsCommand(stdout));
        root.Subcommands.Add(DataCommand(stdout, stderr));
        root.Subcommands.Add(BenchCommand.Create(stdout, stderr, Load));
        root.Subcommands.Add(HistoryCommands.Calibrate(stdout, stderr));
        root.Subcommands.Add(HistoryCommands.HindcastCommand(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(EpisodesCommand.Create(stdout, stderr));
        FormalCommands.Add(root, stdout, stderr);
        root.Subcommands.Add(ExploreCommands.Explore(stdout, stderr));
        root.Subcommands.Add(SensitivityCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiscoverCommand.Create(stdout, stderr));
        root.Subcommands.Add(ScoreCommand.Create(stdout, stderr));
        root.Subcommands.Add(QueryCommand.Create(stdout, stderr));
        root.Subcommands.Add(OptimizeCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReevaluateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(GameCommands.Create(stdout, stderr));
        root.Subcommands.Add(ClusterCommands.Silo(stdout, stderr));
        var parsed = root.Parse(args);
        if (UsageErrors.Find(parsed) is { } usage)
        {
            stderr.WriteLine("error: " + PrintableText.Escape(usage));
            return ExitBadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command RunCommand(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the 2016 baseline under status-quo to 2030)" };
        var outDir = OutFolder.Option("trajectory.csv and trajectory.json, the full trajectories");
        var threads = ThreadsOption.Create();
        var posture = new Option<string?>("--posture") { Description = "replace the scenario's posture with this preset" };
        var seed = new Option<int?>("--seed") { Description = "replace the scenario's seed" };
        var blocs = new Option<bool>("--blocs") { Description = "also print the two-bloc configuration landscape theory predicts from the model's state" };
        var posteriorDraws = new Option<int?>("--posterior") { Description = "also run N draws of uncertainty (posterior parameters, judged starting values) and print medians with 50% and 90% intervals" };
        var years = new Option<string?>("--years") { Description = "years to show: all, or a list such as 2016,2020-2023,2030 (default: start, middle and final)" };
        var cmd = new Command("run", "Run one scenario; print each ally's state in the start, middle and final year, and the alliance totals.")
        {
            scenario, outDir, posture, seed, blocs, posteriorDraws, years, threads,
        };
        cmd.SetAction(parse => Guard(stderr, () =>
        {
            var dir = OutFolder.Check(parse.GetValue(outDir));
            int workers = ThreadsOption.Resolve(parse.GetValue(threads));
            var d = Load(parse.GetValue(scenario));
            if (parse.GetValue(posture) is { } p)
                d = d with { Posture = Presets.Find(p) is null ? throw new InputException("--posture", 0, 0, "posture", $"unknown posture '{p}' (known: {PresetNames})") : p };
            if (parse.GetValue(seed) is { } s)
                d = s >= 0 ? d with { Seed = s } : throw new InputException("--seed", 0, 0, "seed", $"{s} is outside 0..{int.MaxValue}");
            var plan = ScenarioPlan.Build(d);
            var t = plan.Run();
            if (dir is not null) CheckFinite(t, d);
            var shown = parse.GetValue(years) is { } y ? RunReport.ParseYears(y, t) : null;
            stdout.Write(RunReport.Format($"scenario {d.Name}: {plan.Baseline.Name}, posture {d.Posture}, {t.StartYear}–{t.EndYear}, seed {d.Seed}, drivers {(d.ObservedDrivers ? "observed" : "modelled")}", t, plan.Events, shown));
            if (parse.GetValue(blocs)) stdout.Write(RunReport.Blocs(plan.Baseline, t));
            if (parse.GetValue(posteriorDraws) is { } n)
                stdout.Write(n is >= 2 and <= 2000 ? PosteriorRun.Format(d, n, d.Seed, workers)
                    : throw new InputException("--posterior", 0, 0, "posterior", $"{n} draws: give 2 to 2000"));
            if (dir is not null)
            {
                var csv = OutFolder.Write(dir, "trajectory.csv", w => TrajectoryExport.WriteCsv(t, d.Name, w));
                var json = OutFolder.Write(dir, "trajectory.json", w => TrajectoryExport.WriteJson(t, d.Name, d.Seed, w));
                stdout.WriteLine($"\nwrote {csv} and {json}");
            }
            return ExitOk;
        }));
        return cmd;
    }

    private static Command CompareCommand(TextWriter stdout, TextWriter stderr)
    {
        var scenarios = new Argument<string[]>("scenarios") { Arity = ArgumentArity.ZeroOrMore, Description = "scenario YAML files to compare (default: the six presets on the 2016 baseline)" };
        var postures = new Option<string?>("--postures") { Description = "comma-separated presets to compare on the (first) scenario's baseline" };
        var shares = new Option<int>("--shares") { Description = "parameter draws for the stylized facts as shares (0: verdicts at the scenario's parameters only)", DefaultValueFactory = _ => 100 };
        var outDir = OutFolder.Option("trajectories.csv, every compared run's full trajectory (long format, one scenario name per run)");
        var threads = ThreadsOption.Create();
        var cmd = new Command("compare", "Compare postures or scenarios side by side: one table per outcome, then a verdict per stylized fact and its share over parameter draws.")
        {
            scenarios, postures, shares, outDir, threads,
        };
        cmd.SetAction(parse => Guard(stderr, () =>
        {
            var dir = OutFolder.Check(parse.GetValue(outDir));
            int workers = ThreadsOption.Resolve(parse.GetValue(threads));
            var files = parse.GetValue(scenarios) ?? [];
            if (files.Length > 0 && parse.GetValue(postures) is not null && files.Length > 1)
                throw new InputException("--postures", 0, 0, "postures", "compares postures on one scenario's baseline: give one scenario file, or several files without --postures");
            var basis = files.Length > 0 ? Load(files[0]) : ScenarioDefinition.Default;
            var runs = new List<(string Name, Trajectory T)>();
            if (parse.GetValue(postures) is { } list)
            {
                foreach (var p in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (Presets.Find(p) is null) throw new InputException("--postures", 0, 0, "postures", $"unknown posture '{p}' (known: {PresetNames})");
                    runs.Add((p, ScenarioPlan.Build(basis with { Posture = p, Levers = [] }).Run()));
                }
            }
            else if (files.Length > 0)
            {
                foreach (var f in files)
                {
                    var d = Load(f);
                    runs.Add((d.Name, ScenarioPlan.Build(d).Run()));
                }
            }
            else
            {
                foreach (var p in Presets.All) runs.Add((p.Name, ScenarioPlan.Build(basis with { Posture = p.Name }).Run()));
            }
            stdout.Write(CompareReport.Format(runs));
            stdout.WriteLine();
            stdout.WriteLine($"stylized facts on {basis.Name} (baseline {basis.BaselineYear}, to {basis.EndYear}):");
            foreach (var v in StylizedFacts.EvaluateAll(basis))
                stdout.Write(TextTable.Paragraph($"  {v.Id} {(v.Holds ? "holds" : "DOES NOT HOLD")}: {v.Claim} — {v.Evidence}", DataWidth, 6));
            int n = parse.GetValue(shares);
            if (n < 0) throw new InputException("--shares", 0, 0, "shares", $"{n}: give 0 (verdicts only) or more draws");
            if (n > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine($"stylized facts as shares of {n} parameter draws from the documented ranges (seed 2016; PRIM box of the failures):");
                foreach (var f in Spokes.Explore.Validation.FactShares.OverRanges(basis, n, seed: 2016))
                    stdout.Write(TextTable.Paragraph($"  {f.Id} holds in {100 * f.Share:0}% of {f.Draws}{(f.Share < 0.5 ? " (under half)" : "")}{(f.FailureRegion.Length > 0 ? "; " + f.FailureRegion : "")}", DataWidth, 6));
                var settings = new Spokes.Explore.Validation.CalibrationSettings { Steps = 600, BurnIn = 300, Threads = workers };
                var posterior = Spokes.Explore.Validation.ModelCalibration.Run(2020, ObservedSeries.BuiltIn, DriverData.BuiltIn, settings);
                stdout.WriteLine($"and of {n} posterior draws (calibrated on allied spending {2020 - settings.WindowYears + 1}–2020, {settings.Walkers} walkers × {settings.Steps} steps; docs/validation.md):");
                foreach (var f in Spokes.Explore.Validation.FactShares.OverPosterior(basis, posterior, settings.Parameters, n))
                    stdout.Write(TextTable.Paragraph($"  {f.Id} holds in {100 * f.Share:0}% of {f.Draws}{(f.Share < 0.5 ? " (under half)" : "")}{(f.FailureRegion.Length > 0 ? "; " + f.FailureRegion : "")}", DataWidth, 6));
            }
            if (dir is not null)
            {
                var path = OutFolder.Write(dir, "trajectories.csv", w =>
                {
                    for (int i = 0; i < runs.Count; i++)
                    {
                        var one = new StringWriter();
                        TrajectoryExport.WriteCsv(runs[i].T, runs[i].Name, one);
                        var text = one.ToString();
                        w.Write(i == 0 ? text : text[(text.IndexOf('\n') + 1)..]);
                    }
                });
                stdout.WriteLine($"\nwrote {path}");
            }
            return ExitOk;
        }));
        return cmd;
    }

    private static Command PresetsCommand(TextWriter stdout)
    {
        var cmd = new Command("presets", "List the U.S. postures, the levers a scenario can set, and the model parameters.");
        cmd.SetAction(_ =>
        {
            var postures = new TextTable("posture", "what it does") { TextColumns = [1], MaxWidth = DataWidth };
            foreach (var p in Presets.All) postures.Add(p.Name, p.Description);
            stdout.Write(postures);
            stdout.WriteLine();
            var levers = new TextTable("lever", "range", "status quo");
            foreach (var l in Enum.GetValues<Lever>())
            {
                var (min, max) = LeverInfo.Range(l);
                levers.Add(LeverInfo.Key(l), $"{N(min)}..{N(max)}", N(LeverInfo.Neutral(l)));
            }
            stdout.Write(levers);
            stdout.WriteLine();
            var ps = new TextTable("parameter", "default", "range", "mechanism") { TextColumns = [3], MaxWidth = DataWidth };
            foreach (var p in ParameterCatalog.All) ps.Add(p.Key, N(p.Default), $"{N(p.Min)}..{N(p.Max)}", p.Mechanism);
            stdout.Write(ps);
            return ExitOk;
        });
        return cmd;
    }

    /// <summary>Widest line of `spokes data`: sources wrap onto indented lines beyond it.</summary>
    internal const int DataWidth = 160;

    private static Command DataCommand(TextWriter stdout, TextWriter stderr)
    {
        var actor = new Argument<string?>("actor") { Arity = ArgumentArity.ZeroOrOne, Description = "actor id (USA, JPN, KOR, AUS, PHL, THA, TWN, CHN, PRK); default: all" };
        var year = new Option<int?>("--year") { Description = $"only this year: a baseline year ({string.Join(", ", BaselineYears)}), or with --indicator any year of the series or drivers ({SeriesSpan})" };
        var indicator = new Option<string?>("--indicator") { Description = "only this indicator (e.g. milex_usd_bn), or 'politics' (governments) or 'events' (threat shocks)" };
        var cmd = new Command("data", "List the actors, the baseline figures with ranges and sources, and the yearly data series (--indicator X) with gaps shown.")
        {
            actor, year, indicator,
        };
        cmd.SetAction(parse => Guard(stderr, () =>
        {
            var data = ReferenceData.BuiltIn;
            var id = parse.GetValue(actor);
            if (id is not null && data.Actors.All(a => a.Id != id))
                throw new InputException("actor", 0, 0, "actor", $"unknown actor '{id}' (known: {string.Join(", ", data.Actors.Select(a => a.Id))})");
            var ind = parse.GetValue(indicator);
            int? onlyYear = parse.GetValue(year);
            // A year with nothing to list is an error, not an empty table: it names what there is instead.
            void NothingFor(string what) => throw new InputException("--year", 0, 0, "year", $"{onlyYear}: no {what}");
            if (ind is null && onlyYear is { } fy && !data.Figures.Any(f => f.Year == fy))
                NothingFor($"baseline figures in that year (baselines: {string.Join(", ", BaselineYears)}); a yearly series has any year of {SeriesSpan}: --indicator SERIES --year {fy}");
            if (ind is null)
            {
                // The actors table heads the overview only; --indicator lists one series, without it.
                var actors = new TextTable("id", "name", "role", "source") { TextColumns = [1, 2, 3], MaxWidth = DataWidth };
                foreach (var a in data.Actors.Where(a => id is null || a.Id == id)) actors.Add(a.Id, a.Name, a.Role, a.Source);
                stdout.Write(actors);
                stdout.WriteLine();
            }
            if (ind is "politics" or "events")
            {
                var drivers = DriverData.BuiltIn;
                bool Shown(string a, int y) => (id is null || a == id || a == "ALL") && (parse.GetValue(year) is not { } only || y == only);
                if (ind == "politics")
                {
                    if (!drivers.Politics.Any(r => Shown(r.Actor, r.Year))) NothingFor($"government took office{(id is null ? "" : " in " + id)} that year (data/politics.csv lists the year each took office)");
                    stdout.WriteLine("governments (data/politics.csv): closeness to the U.S. and to China (0..1, judged with a sourced basis);");
                    stdout.WriteLine("the model's orientation = toward_us − max(0, toward_china − toward_us)");
                    var gov = new TextTable("actor", "year", "leader", "toward U.S.", "toward China", "orientation", "range", "source") { TextColumns = [2, 7], MaxWidth = DataWidth };
                    foreach (var r in drivers.Politics.Where(r => Shown(r.Actor, r.Year)))
                        gov.Add(r.Actor, r.Year.ToString(CultureInfo.InvariantCulture), r.Leader, N(r.TowardUs), N(r.TowardChina), N(r.Orientation),
                            $"±{N(r.HalfRange)}", r.Source);
                    stdout.Write(gov);
                }
                else
                {
                    if (!drivers.Events.Any(r => Shown(r.Target, r.Year))) NothingFor($"threat shock{(id is null ? "" : " aimed at " + id)} that year (data/threat-events.csv)");
                    stdout.WriteLine("threat shocks (data/threat-events.csv): judged intensity per target (0..1), with range and source");
                    var ev = new TextTable("year", "adversary", "target", "intensity", "range", "event", "source") { TextColumns = [5, 6], MaxWidth = DataWidth };
                    foreach (var r in drivers.Events.Where(r => Shown(r.Target, r.Year)))
                        ev.Add(r.Year.ToString(CultureInfo.InvariantCulture), r.Adversary, r.Target, N(r.Intensity), $"{N(r.Low)}–{N(r.High)}", r.Event, r.Source);
                    stdout.Write(ev);
                }
                return ExitOk;
            }
            var series = ObservedSeries.BuiltIn;
            var seriesIndicators = series.Rows.Select(r => r.Indicator).Distinct().Order(StringComparer.Ordinal).ToList();
            if (ind is not null && seriesIndicators.Contains(ind))
            {
                // A yearly series: every year of the span, with gaps shown as gaps.
                int first = series.Rows.Min(r => r.Year), last = series.Rows.Max(r => r.Year);
                if (onlyYear is { } oy && (oy < first || oy > last)) NothingFor($"figures in that year (the yearly series span {first}–{last})");
                stdout.WriteLine($"series {ind} (data/series.csv); 'gap' = no figure in the source, never filled");
                var rows = new TextTable("actor", "year", "value", "unit", "source") { TextColumns = [3, 4], MaxWidth = DataWidth };
                foreach (var a in data.Actors.Where(a => id is null || a.Id == id))
                {
                    var own = series.Rows.Where(r => r.Actor == a.Id && r.Indicator == ind).ToList();
                    if (own.Count == 0) { rows.Add(a.Id, "all", "gap", "", "no figure in the source"); continue; }
                    for (int y = series.Rows.Min(r => r.Year); y <= series.Rows.Max(r => r.Year); y++)
                    {
                        if (parse.GetValue(year) is { } only && y != only) continue;
                        var r = series.Row(a.Id, ind, y);
                        rows.Add(a.Id, y.ToString(CultureInfo.InvariantCulture), r is null ? "gap" : N(r.Value), r?.Unit ?? "", r?.Source ?? "");
                    }
                }
                stdout.Write(rows);
                return ExitOk;
            }
            var figures = new TextTable("actor", "year", "indicator", "value", "low", "high", "unit", "source") { TextColumns = [2, 6, 7], MaxWidth = DataWidth };
            foreach (var f in data.Figures.Where(f => (id is null || f.Actor == id)
                         && (parse.GetValue(year) is not { } y || f.Year == y)
                         && (ind is null || f.Indicator == ind)))
                figures.Add(f.Actor, f.Year.ToString(CultureInfo.InvariantCulture), f.Indicator, N(f.Value), N(f.Low), N(f.High), f.Unit, f.Source);
            if (ind is not null && !data.Figures.Any(f => f.Indicator == ind))
                throw new InputException("--indicator", 0, 0, "indicator", $"unknown indicator '{ind}' (baseline figures: {string.Join(", ", data.Figures.Select(f => f.Indicator).Distinct())}; series: {string.Join(", ", seriesIndicators)})");
            stdout.Write(figures);
            if (ind is null)
            {
                stdout.WriteLine();
                foreach (var line in TextTable.Wrap($"yearly series in data/series.csv ({series.Rows.Min(r => r.Year)}–{series.Rows.Max(r => r.Year)}; list one with --indicator): {string.Join(", ", seriesIndicators)}", DataWidth))
                    stdout.WriteLine(line);
                stdout.WriteLine("dated drivers: --indicator politics (governments, data/politics.csv), --indicator events (threat shocks, data/threat-events.csv)");
            }
            return ExitOk;
        }));
        return cmd;
    }


    private static IEnumerable<int> BaselineYears => ReferenceData.BuiltIn.Figures.Select(f => f.Year).Distinct().Order();

    private static string SeriesSpan => $"{ObservedSeries.BuiltIn.Rows.Min(r => r.Year)}–{ObservedSeries.BuiltIn.Rows.Max(r => r.Year)}";

    /// <summary>JSON has no Infinity or NaN, and a CSV of them is no result: checked before any file is written, so a
    /// failed run leaves no half of its output behind. The data's ranges make this unreachable from valid input; the
    /// check stays as the last line of defence.</summary>
    private static void CheckFinite(Trajectory t, ScenarioDefinition d)
    {
        for (int year = t.StartYear; year <= t.EndYear; year++)
            for (int row = 0; row < t.RowIds.Count; row++)
                foreach (var v in Enum.GetValues<Variable>())
                    if (t.Has(row, v) && !double.IsFinite(t[year, row, v]))
                        throw new InputException(d.SourceFile ?? "scenario", 0, 0, "",
                            $"the run produced {t[year, row, v]} for {t.RowIds[row]} {VariableInfo.Get(v).Key} in {year} (figures too large for the model?); nothing was written");
    }

    /// <summary>A scenario file by the name the user gave, or one of the bundled scenarios (<see cref="BundledFiles"/>).</summary>
    internal static ScenarioDefinition Load(string? file) => file is null ? ScenarioDefinition.Default : ScenarioLoader.Load(BundledFiles.Resolve(file));

    private static string PresetNames => string.Join(", ", Presets.All.Select(p => p.Name));

    private static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    internal static int Guard(TextWriter stderr, Func<int> action)
    {
        // Messages quote file names and values from the user: escaped, so no control character reaches the terminal.
        try { return action(); }
        catch (InputException e) { stderr.WriteLine("error: " + PrintableText.Escape(e.Message)); return ExitBadInput; }
        catch (IOException e) { stderr.WriteLine("error: " + PrintableText.Escape(e.Message)); return ExitBadInput; }
        catch (UnauthorizedAccessException e) { stderr.WriteLine("error: " + PrintableText.Escape(e.Message)); return ExitBadInput; }
    }
}
