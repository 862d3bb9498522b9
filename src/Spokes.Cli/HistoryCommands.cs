using System.CommandLine;
using System.Globalization;
using Spokes.Model.Parameters;
using Spokes.Scenarios;
using Spokes.Scenarios.Data;
using Spokes.Scenarios.Export;
using Spokes.Scenarios.History;

namespace Spokes.Cli;

/// <summary>`spokes calibrate` and `spokes hindcast`: fit on 2010–2020, judge on 2021–2024.</summary>
internal static class HistoryCommands
{
    public const string EarlyHistory = "scenarios/history-2010-2016.yaml";
    public const string LateHistory = "scenarios/history-2017-2024.yaml";
    public const string CalibratedParameters = "scenarios/calibrated-parameters.yaml";
    public const int LastFittedYear = 2020;
    public static readonly string[] DefaultFree = ["budgetAdjustment", "threatElasticity", "protectionValue", "threatTalkWeight"];

    public static Command Calibrate(TextWriter stdout, TextWriter stderr)
    {
        var free = new Option<string?>("--params") { Description = $"comma-separated parameters to fit (default: {string.Join(",", DefaultFree)})" };
        var starts = new Option<int>("--starts") { Description = "random starts of the optimiser", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "seed of the random starts", DefaultValueFactory = _ => 1 };
        var early = new Option<string>("--early") { Description = "history scenario from 2010", DefaultValueFactory = _ => EarlyHistory };
        var late = new Option<string>("--late") { Description = "history scenario from 2016", DefaultValueFactory = _ => LateHistory };
        var output = OutFolder.Option("calibrated-parameters.yaml, the fitted values as a parameter file any scenario can load (parameterFile:)");
        var cmd = new Command("calibrate", $"Fit parameters to observed spending shares 2011–{LastFittedYear} (never later) with Nelder–Mead from several starts.")
        {
            free, starts, seed, early, late, output,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var ids = (parse.GetValue(free)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultFree)
                .Select(k => ParameterCatalog.Find(k)?.Id ?? throw new InputException("--params", 0, 0, "params", $"unknown parameter '{k}'"))
                .Distinct().ToList();
            if (parse.GetValue(starts) < 1) throw new InputException("--starts", 0, 0, "starts", "must be at least 1");
            var dir = OutFolder.Check(parse.GetValue(output));
            var a = SpokesCli.Load(parse.GetValue(early)!);
            var b = SpokesCli.Load(parse.GetValue(late)!);
            var segments = new List<CalibrationSegment>
            {
                new(a, a.BaselineYear + 1, Math.Min(a.EndYear, LastFittedYear)),
                new(b, b.BaselineYear + 1, Math.Min(b.EndYear, LastFittedYear)),
            };
            var window = ObservedSeries.BuiltIn.Until(LastFittedYear);
            var result = Calibrator.Fit(segments, ids, window, new CalibrationOptions { Starts = parse.GetValue(starts), Seed = parse.GetValue(seed) });

            stdout.WriteLine($"calibration on SIPRI spending shares, {segments[0].FirstYear}–{segments[0].LastYear} ({a.Name}) and {segments[1].FirstYear}–{segments[1].LastYear} ({b.Name}); latest year read: {result.LatestYearRead}");
            stdout.WriteLine($"{result.Points} observations, {result.Starts.Count} starts, {result.Starts.Sum(s => s.Evaluations)} model evaluations; RMSE {F(result.Rmse, 3)} points of GDP (at the defaults: {F(result.DefaultRmse, 3)})\n");
            var ps = new TextTable("parameter", "fitted", "min", "max", "spread over starts", "error rise at ±10%", "identifiable");
            foreach (var p in result.Parameters)
                ps.Add(p.Key, F(p.Value, 4), F(p.Min, 3), F(p.Max, 3), F(p.StartSpread, 3), F(p.LossRise, 3),
                    p.Identifiable ? "yes" : p.AtBound ? "no (at a bound)" : "no");
            stdout.Write(ps);
            stdout.WriteLine();
            var allies = new TextTable("ally", "years", "RMSE (points of GDP)");
            foreach (var ally in result.Allies) allies.Add(ally.Ally, ally.Points.ToString(CultureInfo.InvariantCulture), F(ally.Rmse, 3));
            stdout.Write(allies);
            stdout.WriteLine();
            var st = new TextTable("start", "RMSE", "evaluations");
            for (int i = 0; i < result.Starts.Count; i++) st.Add((i + 1).ToString(CultureInfo.InvariantCulture), F(result.Starts[i].Rmse, 4), result.Starts[i].Evaluations.ToString(CultureInfo.InvariantCulture));
            stdout.Write(st);
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
                var path = Path.Combine(dir, "calibrated-parameters.yaml");
                ParameterFile.Write(path, result.Values,
                [
                    $"Written by `spokes calibrate` (seed {parse.GetValue(seed)}, {result.Starts.Count} starts): fitted to SIPRI spending shares",
                    $"{segments[0].FirstYear}-{segments[0].LastYear} ({a.Name}) and {segments[1].FirstYear}-{segments[1].LastYear} ({b.Name}); no data after {LastFittedYear}.",
                    $"RMSE {F(result.Rmse, 4)} points of GDP over {result.Points} observations. Identifiable: " +
                    string.Join(", ", result.Parameters.Select(p => $"{p.Key} {(p.Identifiable ? "yes" : p.AtBound ? "no (at a bound)" : "no")}")),
                ]);
                stdout.WriteLine($"\nwrote {path}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>
    /// The hindcast under uncertainty: parameters from the posterior on allied spending up to 2020 only
    /// (<see cref="Explore.Validation.ModelCalibration"/>), each draw with its observation error, the 2021–24 spending
    /// shares as medians with 50% and 90% intervals, and how many observed values the intervals cover.
    /// </summary>
    private static string PosteriorHindcast(ScenarioDefinition d, int draws, int threads)
    {
        var settings = new Explore.Validation.CalibrationSettings { Steps = 600, BurnIn = 300, Seed = d.Seed, Threads = threads };
        var post = Explore.Validation.ModelCalibration.Run(LastFittedYear, ObservedSeries.BuiltIn, DriverData.BuiltIn, settings);
        var plan = ScenarioPlan.Build(d);
        var sim = plan.CreateSimulation();
        var noise = new Model.Simulation.RunRandom(d.Seed * 7919);
        var shares = new Dictionary<(string, int), List<double>>();
        foreach (int k in post.Thinned(draws))
        {
            try { sim.Reconfigure(post.Parameters(k, settings.Parameters, plan.Parameters), plan.Levers, plan.Exogenous, plan.Negotiation); }
            catch (ArgumentException) { continue; }
            var t = sim.Run(d.Seed);
            foreach (var s in plan.Baseline.Spokes)
                for (int y = LastFittedYear + 1; y <= Math.Min(2024, t.EndYear); y++)
                {
                    double e = post.ErrorSd(k) * Explore.Validation.RollingOriginModel.Normal(noise);
                    if (!shares.TryGetValue((s.Id, y), out var list)) shares[(s.Id, y)] = list = [];
                    list.Add(t.Get(y, s.Id, Model.Outputs.Variable.SpendingShare) + e);
                }
        }
        var table = new TextTable("ally", "year", "observed", "median", "50% interval", "90% interval");
        int cases = 0, in50 = 0, in90 = 0;
        foreach (var ((ally, year), list) in shares.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2))
        {
            var sorted = list.Order().ToArray();
            double Q(double p) => Explore.Validation.Quantiles.Type7(sorted, p);
            static string F2(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
            double? obs = ObservedSeries.BuiltIn.Get(ally, "milex_share_gdp_pct", year);
            if (obs is { } o) { cases++; if (o >= Q(0.25) && o <= Q(0.75)) in50++; if (o >= Q(0.05) && o <= Q(0.95)) in90++; }
            table.Add(ally, year.ToString(CultureInfo.InvariantCulture), obs is { } ov ? ov.ToString("F2", CultureInfo.InvariantCulture) : "gap",
                Q(0.5).ToString("F2", CultureInfo.InvariantCulture), $"{F2(Q(0.25))}–{F2(Q(0.75))}", $"{F2(Q(0.05))}–{F2(Q(0.95))}");
        }
        return $"\nposterior hindcast: {draws} draws from the posterior on allied spending {LastFittedYear - settings.WindowYears + 1}–{LastFittedYear} (never later), with observation error\n"
               + table + $"coverage: 50% intervals {in50} of {cases}, 90% intervals {in90} of {cases}\n";
    }

    public static Command HindcastCommand(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = $"history scenario from 2016 (default: {LateHistory})" };
        var parameters = new Option<string>("--parameters") { Description = "calibrated parameter file", DefaultValueFactory = _ => CalibratedParameters };
        var output = OutFolder.Option("hindcast.csv, every ally-year comparison");
        var threads = ThreadsOption.Create();
        var posterior = new Option<int?>("--posterior") { Description = $"also run N posterior draws (calibrated on allied spending up to {LastFittedYear} only) and print 50% and 90% intervals with their coverage" };
        var cmd = new Command("hindcast", "Run 2016 → 2024 with the calibrated parameters; compare 2021–2024 spending with what happened, against persistence and a linear trend.")
        {
            scenario, parameters, output, posterior, threads,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var dir = OutFolder.Check(parse.GetValue(output));
            int workers = ThreadsOption.Resolve(parse.GetValue(threads));
            var d = SpokesCli.Load(parse.GetValue(scenario) ?? LateHistory);
            var fitted = ParameterFile.Read(BundledFiles.Resolve(parse.GetValue(parameters)!));
            var merged = new Dictionary<ParameterId, double>(fitted);
            foreach (var (id, v) in d.Parameters) merged[id] = v;
            var result = Hindcast.Run(d with { Parameters = merged }, ObservedSeries.BuiltIn, ReferenceData.BuiltIn, fitLast: LastFittedYear);
            stdout.Write(Format(d.Name, parse.GetValue(parameters)!, result));
            if (parse.GetValue(posterior) is { } n)
                stdout.Write(n is >= 2 and <= 2000 ? PosteriorHindcast(d, n, workers) : throw new InputException("--posterior", 0, 0, "posterior", $"{n} draws: give 2 to 2000"));
            if (dir is not null)
            {
                var path = OutFolder.Write(dir, "hindcast.csv", w =>
                {
                    w.Write("ally,year,observed,model,persistence,trend\n");
                    foreach (var p in result.Points)
                        w.Write($"{p.Ally},{p.Year},{R(p.Observed)},{R(p.Model)},{R(p.Persistence)},{R(p.Trend)}\n");
                });
                stdout.WriteLine($"\nwrote {path}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    public static string Format(string scenario, string parameters, HindcastResult r)
    {
        var sw = new StringWriter();
        sw.WriteLine($"hindcast of {scenario} with {parameters}: spending share of GDP (points), 2021–2024");
        sw.WriteLine();
        var t = new TextTable("ally", "n", "model RMSE", "model MAE", "persistence RMSE", "persistence MAE", "trend RMSE", "trend MAE", "model beats");
        foreach (var e in r.Allies.Append(r.Pooled))
        {
            var beats = new List<string>();
            if (e.ModelRmse < e.PersistenceRmse) beats.Add("persistence");
            if (e.ModelRmse < e.TrendRmse) beats.Add("trend");
            t.Add(e.Ally, e.Points.ToString(CultureInfo.InvariantCulture), F(e.ModelRmse, 3), F(e.ModelMae, 3), F(e.PersistenceRmse, 3),
                F(e.PersistenceMae, 3), F(e.TrendRmse, 3), F(e.TrendMae, 3), beats.Count == 0 ? "neither" : string.Join(" and ", beats));
        }
        sw.Write(t);
        sw.WriteLine();
        var a = new TextTable("ally", "record Δalignment 2016–2024", "model Δalignment", "direction");
        foreach (var c in r.Alignment)
            a.Add(c.Ally, F(c.Record, 2), F(c.Model, 2), c.Matches ? "matches" : "differs");
        sw.Write(a);
        sw.WriteLine($"alignment direction matches for {r.Alignment.Count(c => c.Matches)} of {r.Alignment.Count} allies (changes within ±{AlignmentCheck.DeadBand} count as none; the record is the judged alignment in data/baseline.csv)");
        return sw.ToString();
    }

    private static string F(double v, int digits) => v.ToString("F" + digits, CultureInfo.InvariantCulture);
    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
