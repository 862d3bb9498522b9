using System.CommandLine;
using System.Globalization;
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
        root.Subcommands.Add(ClusterCommands.Silo(stdout, stderr));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command RunCommand(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the 2016 baseline under status-quo to 2030)" };
        var outDir = new Option<string?>("--out") { Description = "directory for the full trajectories (trajectory.csv, trajectory.json)" };
        var posture = new Option<string?>("--posture") { Description = "replace the scenario's posture with this preset" };
        var seed = new Option<int?>("--seed") { Description = "replace the scenario's seed" };
        var blocs = new Option<bool>("--blocs") { Description = "also print the two-bloc configuration landscape theory predicts from the model's state" };
        var cmd = new Command("run", "Run one scenario; print each ally's state in the start, middle and final year, and the alliance totals.")
        {
            scenario, outDir, posture, seed, blocs,
        };
        cmd.SetAction(parse => Guard(stderr, () =>
        {
            var d = Load(parse.GetValue(scenario));
            if (parse.GetValue(posture) is { } p)
                d = d with { Posture = Presets.Find(p) is null ? throw new InputException("--posture", 0, 0, "posture", $"unknown posture '{p}' (known: {PresetNames})") : p };
            if (parse.GetValue(seed) is { } s) d = d with { Seed = s };
            var plan = ScenarioPlan.Build(d);
            var t = plan.Run();
            stdout.Write(RunReport.Format($"scenario {d.Name}: {plan.Baseline.Name}, posture {d.Posture}, {t.StartYear}–{t.EndYear}, seed {d.Seed}", t));
            if (parse.GetValue(blocs)) stdout.Write(RunReport.Blocs(plan.Baseline, t));
            if (parse.GetValue(outDir) is { } dir)
            {
                Directory.CreateDirectory(dir);
                AtomicFile.Write(Path.Combine(dir, "trajectory.csv"), w => TrajectoryExport.WriteCsv(t, d.Name, w));
                AtomicFile.Write(Path.Combine(dir, "trajectory.json"), w => TrajectoryExport.WriteJson(t, d.Name, d.Seed, w));
                stdout.WriteLine($"\nwrote {Path.Combine(dir, "trajectory.csv")} and {Path.Combine(dir, "trajectory.json")}");
            }
            return ExitOk;
        }));
        return cmd;
    }

    private static Command CompareCommand(TextWriter stdout, TextWriter stderr)
    {
        var scenarios = new Argument<string[]>("scenarios") { Arity = ArgumentArity.ZeroOrMore, Description = "scenario YAML files to compare (default: the six presets on the 2016 baseline)" };
        var postures = new Option<string?>("--postures") { Description = "comma-separated presets to compare on the (first) scenario's baseline" };
        var cmd = new Command("compare", "Compare postures or scenarios side by side: one table per outcome, then a verdict per stylized fact.")
        {
            scenarios, postures,
        };
        cmd.SetAction(parse => Guard(stderr, () =>
        {
            var files = parse.GetValue(scenarios) ?? [];
            var basis = files.Length > 0 ? ScenarioLoader.Load(files[0]) : ScenarioDefinition.Default;
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
                    var d = ScenarioLoader.Load(f);
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
                stdout.WriteLine($"  {v.Id} {(v.Holds ? "holds" : "DOES NOT HOLD")}: {v.Claim} — {v.Evidence}");
            return ExitOk;
        }));
        return cmd;
    }

    private static Command PresetsCommand(TextWriter stdout)
    {
        var cmd = new Command("presets", "List the U.S. postures, the levers a scenario can set, and the model parameters.");
        cmd.SetAction(_ =>
        {
            var postures = new TextTable("posture", "what it does");
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
            var ps = new TextTable("parameter", "default", "range", "mechanism");
            foreach (var p in ParameterCatalog.All) ps.Add(p.Key, N(p.Default), $"{N(p.Min)}..{N(p.Max)}", p.Mechanism);
            stdout.Write(ps);
            return ExitOk;
        });
        return cmd;
    }

    private static Command DataCommand(TextWriter stdout, TextWriter stderr)
    {
        var actor = new Argument<string?>("actor") { Arity = ArgumentArity.ZeroOrOne, Description = "actor id (USA, JPN, KOR, AUS, PHL, THA, TWN, CHN, PRK); default: all" };
        var year = new Option<int?>("--year") { Description = "only this year (2016 or 2024)" };
        var indicator = new Option<string?>("--indicator") { Description = "only this indicator (e.g. milex_usd_bn)" };
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
            var actors = new TextTable("id", "name", "role", "source");
            foreach (var a in data.Actors.Where(a => id is null || a.Id == id)) actors.Add(a.Id, a.Name, a.Role, a.Source);
            stdout.Write(actors);
            stdout.WriteLine();
            var ind = parse.GetValue(indicator);
            var series = ObservedSeries.BuiltIn;
            var seriesIndicators = series.Rows.Select(r => r.Indicator).Distinct().Order(StringComparer.Ordinal).ToList();
            if (ind is not null && seriesIndicators.Contains(ind))
            {
                // A yearly series: every year of the span, with gaps shown as gaps.
                stdout.WriteLine($"series {ind} (data/series.csv); 'gap' = no figure in the source, never filled");
                var rows = new TextTable("actor", "year", "value", "unit", "source");
                foreach (var a in data.Actors.Where(a => id is null || a.Id == id))
                {
                    var own = series.Rows.Where(r => r.Actor == a.Id && r.Indicator == ind).ToList();
                    if (own.Count == 0) { rows.Add(a.Id, "all", "gap", "", "no figure in the source"); continue; }
                    for (int y = SeriesFirstYear; y <= SeriesLastYear; y++)
                    {
                        if (parse.GetValue(year) is { } only && y != only) continue;
                        var r = series.Row(a.Id, ind, y);
                        rows.Add(a.Id, y.ToString(CultureInfo.InvariantCulture), r is null ? "gap" : N(r.Value), r?.Unit ?? "", r?.Source ?? "");
                    }
                }
                stdout.Write(rows);
                return ExitOk;
            }
            var figures = new TextTable("actor", "year", "indicator", "value", "low", "high", "unit", "source");
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
                stdout.WriteLine($"yearly series in data/series.csv ({SeriesFirstYear}–{SeriesLastYear}; list one with --indicator): {string.Join(", ", seriesIndicators)}");
            }
            return ExitOk;
        }));
        return cmd;
    }

    private const int SeriesFirstYear = 1990, SeriesLastYear = 2024;

    private static ScenarioDefinition Load(string? file) => file is null ? ScenarioDefinition.Default : ScenarioLoader.Load(file);

    private static string PresetNames => string.Join(", ", Presets.All.Select(p => p.Name));

    private static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    internal static int Guard(TextWriter stderr, Func<int> action)
    {
        try { return action(); }
        catch (InputException e) { stderr.WriteLine("error: " + e.Message); return ExitBadInput; }
        catch (IOException e) { stderr.WriteLine("error: " + e.Message); return ExitBadInput; }
        catch (UnauthorizedAccessException e) { stderr.WriteLine("error: " + e.Message); return ExitBadInput; }
    }
}
