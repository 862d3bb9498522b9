using System.CommandLine;
using System.Globalization;
using System.Text;
using Spokes.Explore.Validation;
using Spokes.Scenarios.Data;

namespace Spokes.Cli;

/// <summary>
/// `spokes validate`: rolling-origin evaluation of the model against persistence, a linear trend and a panel
/// partial-adjustment regression, each fitted on data before the origin only (docs/validation.md).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var origins = new Option<string>("--origins") { Description = "first-last origin years (forecasts use data before the origin)", DefaultValueFactory = _ => "1995-2021" };
        var every = new Option<int>("--every") { Description = "years between origins", DefaultValueFactory = _ => 1 };
        var horizons = new Option<int>("--horizons") { Description = "years ahead, the origin year being horizon 1", DefaultValueFactory = _ => 4 };
        var walkers = new Option<int>("--walkers") { Description = "ensemble-sampler walkers", DefaultValueFactory = _ => 24 };
        var steps = new Option<int>("--steps") { Description = "sampler steps per walker", DefaultValueFactory = _ => 1500 };
        var burn = new Option<int?>("--burn-in") { Description = "steps discarded (default: half)" };
        var draws = new Option<int>("--draws") { Description = "posterior draws run forward per origin", DefaultValueFactory = _ => 40 };
        var seed = new Option<int>("--seed") { Description = "seed of the sampler and of the observation noise", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "threads for the walkers (0: all cores; results identical)", DefaultValueFactory = _ => 0 };
        var cmd = new Command("validate", "Rolling-origin evaluation: at each origin, calibrate on earlier data only, forecast 1–4 years, score against persistence, trend and a panel regression.")
        {
            origins, every, horizons, walkers, steps, burn, draws, seed, threads,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var (first, last) = Range(parse.GetValue(origins)!);
            int step = Positive(parse.GetValue(every), "--every"), h = Positive(parse.GetValue(horizons), "--horizons");
            int w = parse.GetValue(walkers), s = Positive(parse.GetValue(steps), "--steps");
            if (new CalibrationSettings().WalkersProblem(w) is { } problem) throw new InputException("--walkers", 0, 0, "walkers", problem);
            int b = parse.GetValue(burn) ?? s / 2;
            if (b < 0 || b >= s) throw new InputException("--burn-in", 0, 0, "burn-in", $"must lie in 0..{s - 1}");
            var settings = new CalibrationSettings { Walkers = w, Steps = s, BurnIn = b, Seed = parse.GetValue(seed), Threads = parse.GetValue(threads) };
            var list = Enumerable.Range(0, (last - first) / step + 1).Select(i => first + i * step).ToList();
            stdout.Write(Run(list, h, settings, Positive(parse.GetValue(draws), "--draws"), ExploreCommands.Progress(stderr, list.Count, "origins")));
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    /// <summary>The whole report: the same text the command prints (docs/validation.md quotes it; a test compares).</summary>
    public static string Run(IReadOnlyList<int> origins, int horizons, CalibrationSettings settings, int draws, IProgress<long>? progress = null)
    {
        var observed = ObservedSeries.BuiltIn;
        var allies = Scenarios.Baselines.Year2016.Spokes.Select(x => x.Id).ToArray();
        var model = RollingOriginModel.Run(observed, DriverData.BuiltIn, origins, horizons, settings, draws, progress: progress);
        var setup = new BaselineSetup(allies, origins, horizons, 1970,
            (o, u, y) => o.Get(u, "milex_share_gdp_pct", y),
            [(o, _, y) => o.Get("CHN", "milex_const2023_usd_bn", y) is { } c ? Math.Log(c) : null,
             (o, u, y) => o.Get(u, "us_troops", y) is { } t ? Math.Log(1 + t) : null]);
        var baselines = RollingOriginBaselines.Run(observed, setup);

        var sb = new StringBuilder();
        string F(double v, int d = 3) => double.IsNaN(v) ? "–" : v.ToString("F" + d, CultureInfo.InvariantCulture);
        string P(SignScore x) => x.Cases == 0 ? "–" : $"{x.Correct}/{x.Cases} ({100 * x.Share:0}%)";
        sb.Append($"rolling-origin validation: origins {origins[0]}–{origins[^1]} ({origins.Count}), horizons 1–{horizons} (horizon 1 = the origin year), seed {settings.Seed}\n");
        sb.Append($"calibration at each origin on the {settings.WindowYears} years before it: {settings.Walkers} walkers × {settings.Steps} steps (burn-in {settings.BurnIn}); {draws} posterior draws run forward\n");
        sb.Append("forecasts conditional on the observed drivers: GDP, China's and the U.S. budgets, U.S. troops, governments, threat shocks\n");

        var ms = ForecastScores.Score(model.Spending);
        var ps = ForecastScores.Score(baselines.Persistence);
        var ts = ForecastScores.Score(baselines.Trend);
        var ns = ForecastScores.Score(baselines.Panel);
        HorizonScore? At(IReadOnlyList<HorizonScore> x, int k) => x.FirstOrDefault(v => v.Horizon == k);
        sb.Append("\nspending share of GDP, pooled RMSE (MAE) in points of GDP\n");
        var table = new TextTable("horizon", "forecasts", "model", "persistence", "trend", "panel");
        for (int k = 1; k <= horizons; k++)
            table.Add(k.ToString(CultureInfo.InvariantCulture), (At(ms, k)?.Pooled.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                Cell(At(ms, k)), Cell(At(ps, k)), Cell(At(ts, k)), Cell(At(ns, k)));
        sb.Append(table);
        string Cell(HorizonScore? x) => x is null ? "–" : $"{F(x.Pooled.Rmse)} ({F(x.Pooled.Mae)})";

        var mh = At(ms, horizons); var ph = At(ps, horizons); var th = At(ts, horizons); var nh = At(ns, horizons);
        sb.Append($"\nsign of change at horizon {horizons} (observed change above {ForecastScores.DefaultSignThreshold} points): model {P(mh!.Sign)}, trend {P(th!.Sign)}, panel {P(nh!.Sign)} (persistence forecasts no change)\n");
        sb.Append("\ninterval coverage at horizon " + horizons + "\n");
        var cov = new TextTable("level", "model", "panel");
        foreach (var c in mh.Coverage)
            cov.Add($"{100 * c.Level:0}%", $"{100 * c.Share:0}%", nh.Coverage.FirstOrDefault(x => x.Level == c.Level) is { } n ? $"{100 * n.Share:0}%" : "–");
        sb.Append(cov);

        sb.Append($"\nper ally at horizon {horizons}, RMSE\n");
        var per = new TextTable("ally", "model", "persistence", "trend", "panel");
        foreach (var ally in allies)
        {
            string U(HorizonScore? x) => x?.Units.FirstOrDefault(u => u.Unit == ally) is { } e ? F(e.Rmse) : "–";
            per.Add(ally, U(mh), U(ph), U(th), U(nh));
        }
        sb.Append(per);

        var align = RollingOriginModel.AlignmentSign(model.Alignment, horizons, 0.1);
        sb.Append($"\nalignment against UN voting relative to the other allies: sign of the {horizons}-year change where the observed change exceeds 0.1 ideal-point units: model {P(align)}\n");

        var lastPosterior = model.Posteriors[^1];
        sb.Append($"\nposterior at the last origin ({lastPosterior.LastYear + 1}; data to {lastPosterior.LastYear}, {lastPosterior.Observations} ally-years), acceptance {F(lastPosterior.AcceptanceFraction, 2)}\n");
        var post = new TextTable("parameter", "range", "mean", "sd", "5%", "95%", "sd/prior", "R-hat", "ESS", "verdict");
        foreach (var r in lastPosterior.Report)
        {
            var x = r.Summary;
            post.Add(x.Name, $"{F(x.Min, 2)}..{F(x.Max, 2)}", F(x.Mean), F(x.Sd), F(x.Q05), F(x.Q95), F(x.SdRatio, 2), F(r.Rhat, 2), F(r.BulkEss, 0), x.VerdictWord);
        }
        sb.Append(post);
        var atBound = model.Posteriors.SelectMany(p => p.Report).Where(r => r.Summary.VerdictWord.StartsWith("at bound", StringComparison.Ordinal)).GroupBy(r => r.Summary.Name)
            .Select(g => $"{g.Key} ({g.Count()} of {model.Posteriors.Count} origins)").ToList();
        sb.Append($"parameters piling up at a bound at some origin: {(atBound.Count == 0 ? "none" : string.Join(", ", atBound))}\n");

        double ratio = mh.Pooled.Rmse / ph!.Pooled.Rmse;
        var c80 = mh.Coverage.FirstOrDefault(c => Math.Abs(c.Level - 0.8) < 1e-9);
        sb.Append("\ntargets (docs/validation.md)\n");
        sb.Append($"  {horizons}-year RMSE at most 0.9 × persistence: {(ratio <= 0.9 ? "met" : "MISSED")} ({F(mh.Pooled.Rmse)} = {F(ratio, 2)} × {F(ph.Pooled.Rmse)})\n");
        sb.Append($"  {horizons}-year RMSE below the panel regression: {(mh.Pooled.Rmse < nh!.Pooled.Rmse ? "met" : "MISSED")} ({F(mh.Pooled.Rmse)} vs {F(nh.Pooled.Rmse)})\n");
        sb.Append($"  sign of change right in at least 65%: {(mh.Sign.Share >= 0.65 ? "met" : "MISSED")} ({P(mh.Sign)})\n");
        if (c80 is not null)
            sb.Append($"  80% intervals cover 75–85%: {(c80.Share is >= 0.75 and <= 0.85 ? "met" : "MISSED")} ({100 * c80.Share:0}%)\n");
        return sb.ToString();
    }

    private static (int, int) Range(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int a)
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int b) || a > b || a < 1971 || b > 2024)
            throw new InputException("--origins", 0, 0, "origins", $"'{text}' must be FIRST-LAST with 1971 ≤ FIRST ≤ LAST ≤ 2024");
        return (a, b);
    }

    private static int Positive(int v, string name) =>
        v >= 1 ? v : throw new InputException(name, 0, 0, name.TrimStart('-'), "must be at least 1");
}
