using System.CommandLine;
using System.Globalization;
using System.Text;
using Spokes.Explore.Validation;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>`spokes episodes`: the historical episode library under parameter uncertainty (docs/validation.md).</summary>
internal static class EpisodesCommand
{
    public const string Folder = "scenarios/episodes";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = $"folder of episode scenarios (default: {Folder})" };
        var draws = new Option<int>("--draws") { Description = "parameter draws per episode", DefaultValueFactory = _ => 40 };
        var walkers = new Option<int>("--walkers") { Description = "ensemble-sampler walkers of each calibration", DefaultValueFactory = _ => 24 };
        var steps = new Option<int>("--steps") { Description = "sampler steps per walker", DefaultValueFactory = _ => 1500 };
        var seed = new Option<int>("--seed") { Description = "seed", DefaultValueFactory = _ => 1 };
        var threads = ThreadsOption.Create();
        var cmd = new Command("episodes", "Run the historical episodes under posterior draws; print, per expected direction, the share of draws that move the recorded way.")
        {
            folder, draws, walkers, steps, seed, threads,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var dir = BundledFiles.Resolve(parse.GetValue(folder) ?? Folder);
            if (!Directory.Exists(dir)) throw new InputException(dir, 0, 0, "folder", "episode folder not found");
            int n = parse.GetValue(draws), w = parse.GetValue(walkers), s = parse.GetValue(steps);
            if (n < 1) throw new InputException("--draws", 0, 0, "draws", "must be at least 1");
            if (new CalibrationSettings().WalkersProblem(w) is { } problem) throw new InputException("--walkers", 0, 0, "walkers", problem);
            // Half the steps are burn-in; the convergence check splits each chain's rest in two halves of 4 or more.
            if (s < 16) throw new InputException("--steps", 0, 0, "steps", $"{s}: give at least 16 (half are burn-in, and R̂ needs 8 draws per chain after it)");
            var settings = new CalibrationSettings { Walkers = w, Steps = s, BurnIn = s / 2, Seed = parse.GetValue(seed), Threads = ThreadsOption.Resolve(parse.GetValue(threads)) };
            stdout.Write(Run(dir, settings, n, stderr));
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    public static string Run(string dir, CalibrationSettings settings, int draws, TextWriter? stderr = null)
    {
        var files = Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InputException(dir, 0, 0, "folder", "no episode files (*.yaml)");
        // Each episode is a calibration and its draws, about a second: a progress line every few seconds when redirected.
        var progress = stderr is null ? null : ExploreCommands.Progress(stderr, files.Count, "episodes");
        var results = files.Select((f, i) =>
        {
            progress?.Report(i);
            return EpisodeCheck.Run(ScenarioLoader.Load(f), settings, draws);
        }).ToList();
        progress?.Report(files.Count);
        var sb = new StringBuilder();
        sb.Append($"episodes: {results.Count} in {dir}, {draws} parameter draws each, seed {settings.Seed}; expected directions committed before any run\n");
        var table = new TextTable("episode", "ally", "indicator", "years", "recorded", "share of draws");
        foreach (var r in results)
            foreach (var v in r.Verdicts)
                table.Add(r.Name, v.Expected.Actor, v.Expected.Indicator, $"{v.Expected.From?.ToString(CultureInfo.InvariantCulture) ?? "start"}–{v.Expected.By}",
                    v.Expected.Direction, $"{100 * v.Share:0}%{(v.Holds ? "" : "  ✗")}");
        sb.Append(table);
        sb.Append("\ndraws from:\n");
        foreach (var r in results)
            sb.Append($"  {r.Name}: {r.DrawsFrom}{(r.DrawsWithoutFixedPoint > 0 ? $"; {r.DrawsWithoutFixedPoint} draws left out (no start-year fixed point)" : "")}\n");
        var all = results.SelectMany(r => r.Verdicts).ToList();
        int held = all.Count(v => v.Holds);
        sb.Append($"\nrecorded direction in most draws: {held} of {all.Count} episode-indicators ({100.0 * held / all.Count:0}%); target 80%: {(held >= 0.8 * all.Count ? "met" : "MISSED")}\n");
        sb.Append("by indicator:\n");
        foreach (var g in all.GroupBy(v => v.Expected.Indicator).OrderBy(g => g.Key, StringComparer.Ordinal))
            sb.Append($"  {g.Key}: {g.Count(v => v.Holds)} of {g.Count()}\n");
        return sb.ToString();
    }
}
