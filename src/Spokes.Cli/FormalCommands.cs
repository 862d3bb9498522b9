using System.CommandLine;
using System.Globalization;
using Spokes.Formal;
using Spokes.Formal.Bargaining;
using Spokes.Formal.Io;
using Spokes.Formal.Landscape;
using Spokes.Scenarios.Export;

namespace Spokes.Cli;

/// <summary>
/// `spokes bargain` (Bueno de Mesquita's expected-utility model, docs/bargaining.md) and `spokes blocs` (Axelrod
/// &amp; Bennett's landscape theory, docs/landscape.md): read the file, run the library, print. Bad input is written
/// as "error: file:line:column: field 'x': problem" and exits with code 2.
/// </summary>
internal static class FormalCommands
{
    public static void Add(RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        root.Subcommands.Add(Bargain(stdout, stderr));
        root.Subcommands.Add(Blocs(stdout, stderr));
    }

    private static Command Bargain(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "actors as CSV (actor,capability,position,salience; salience 0–100) or YAML" };
        var rounds = new Option<int>("--rounds")
        {
            Description = "most rounds to play; play stops earlier once nobody moves",
            DefaultValueFactory = _ => BargainingOptions.DefaultRounds,
        };
        var mode = new Option<string>("--mode")
        {
            Description = "scholz: the Scholz et al. (2011) replication, quirks included; faithful: quirks fixed (docs/bargaining.md)",
            DefaultValueFactory = _ => "scholz",
        };
        var output = OutFolder.Option("rounds.csv, every round's positions, risk exponents and offers");
        var cmd = new Command("bargain", "Run Bueno de Mesquita's expected-utility bargaining model; print each round's mean, median and positions.")
        {
            file, rounds, mode, output,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var given = parse.GetValue(file)!;
            var path = BundledFiles.Resolve(given);
            var dir = OutFolder.Check(parse.GetValue(output));
            var m = parse.GetValue(mode) switch
            {
                "scholz" => BargainingMode.Scholz,
                "faithful" => BargainingMode.Faithful,
                var other => throw new InputException("--mode", 0, 0, "mode", $"unknown mode '{other}' (known: scholz, faithful)"),
            };
            int n = parse.GetValue(rounds);
            if (n is < 0 or > BargainingOptions.MaxRoundsLimit)
                throw new InputException("--rounds", 0, 0, "rounds", $"{n} is outside its range [0, {BargainingOptions.MaxRoundsLimit}]");
            var actors = BargainingFileReader.Load(path);
            double work = Math.Pow(actors.Count, 3) * Math.Max(n, 1);
            if (work > BargainingOptions.MaxWork)
                throw new InputException(path, 0, 0, "actors",
                    $"{actors.Count} actors × {n} rounds would take minutes (a round costs n³ = {Math.Pow(actors.Count, 3):0} expected-utility terms; the limit is {BargainingOptions.MaxWork:0} for n³ × rounds): lower --rounds or the number of actors");
            var result = BargainingModel.Run(actors, new BargainingOptions { Mode = m, MaxRounds = n });
            stdout.Write(FormatBargaining(given, result));
            if (dir is not null)
            {
                var csv = OutFolder.Write(dir, "rounds.csv", w => BargainingCsvWriter.Write(result, w));
                stdout.WriteLine($"\nwrote {csv}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    private static Command Blocs(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "CSV: actor,size,NAME1,…,NAMEn; one row per actor with its size and symmetric propensities" };
        var cmd = new Command("blocs", "Landscape theory: enumerate every two-bloc alignment; print the local minima, their energies and basins.")
        {
            file,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            var given = parse.GetValue(file)!;
            var system = LandscapeFileReader.Load(BundledFiles.Resolve(given));
            if (system.Count > LandscapeAnalysis.MaxActors)
                throw new InputException(given, 1, 0, "", $"{system.Count} actors; enumeration handles at most {LandscapeAnalysis.MaxActors}");
            stdout.Write(FormatLandscape(given, LandscapeAnalysis.Enumerate(system)));
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }

    internal static string FormatBargaining(string path, BargainingResult r)
    {
        var actors = r.Actors;
        var sw = new StringWriter { NewLine = "\n" };
        double lo = r.StartPositions.Min(), hi = r.StartPositions.Max();
        sw.WriteLine($"bargaining: {path}, mode {r.Options.Mode.ToString().ToLowerInvariant()}, {actors.Count} actors, issue range {N(r.Range)} ({N(lo)} to {N(hi)})");
        sw.WriteLine();
        var positions = new TextTable(["round", "mean", "median", .. actors.Select(a => a.Name)]);
        positions.Add(["start", N(r.StartMean), N(r.StartMedian), .. r.StartPositions.Select(N)]);
        foreach (var round in r.Rounds)
            positions.Add([Round(round.Number), N(round.Mean), N(round.Median), .. round.Positions.Select(N)]);
        sw.Write(positions);
        if (r.Rounds.Count > 0)
        {
            sw.WriteLine();
            sw.WriteLine("risk exponents r_i used in each round (0.5 risk acceptant … 2 risk averse)");
            var risk = new TextTable(["round", .. actors.Select(a => a.Name)]);
            foreach (var round in r.Rounds) risk.Add([Round(round.Number), .. round.RiskExponents.Select(N)]);
            sw.Write(risk);
            sw.WriteLine();
            sw.WriteLine("offers accepted");
            var moves = new TextTable("round", "actor", "offer", "from actor", "old position", "new position");
            foreach (var round in r.Rounds)
                foreach (var m in round.Moves)
                    moves.Add(Round(round.Number), actors[m.Actor].Name, m.Kind.ToString().ToLowerInvariant(), actors[m.Counterpart].Name, N(m.From), N(m.To));
            sw.Write(moves);
        }
        sw.WriteLine();
        sw.WriteLine(r.Stop switch
        {
            BargainingStop.Stable => $"stable after {r.Rounds.Count} round(s): nobody moved in the last one",
            BargainingStop.Cycle => $"cycle: after round {r.Rounds.Count} the positions repeat those of {r.CycleLength} round(s) earlier, and so on forever",
            _ => $"stopped at the cap of {r.Options.MaxRounds} round(s) with actors still moving",
        });
        return sw.ToString();
    }

    internal static string FormatLandscape(string path, LandscapeAnalysis a)
    {
        var s = a.System;
        var sw = new StringWriter { NewLine = "\n" };
        sw.WriteLine($"landscape: {path}, {s.Count} actors, {a.ConfigurationCount} two-bloc alignments ({s.Names[0]} always in bloc A)");
        sw.WriteLine();
        var t = new TextTable("minimum", "energy", "basin", "share", "bloc A", "bloc B");
        for (int k = 0; k < a.Minima.Count; k++)
        {
            var m = a.Minima[k];
            string Members(bool b) => string.Join(" ", m.Configuration.Members(b).Select(i => s.Names[i])) is { Length: > 0 } x ? x : "—";
            t.Add((k + 1).ToString(CultureInfo.InvariantCulture), N(m.Energy), m.BasinCount.ToString(CultureInfo.InvariantCulture),
                m.BasinShare.ToString("F3", CultureInfo.InvariantCulture), Members(false), Members(true));
        }
        sw.Write(t);
        sw.WriteLine();
        sw.WriteLine($"{a.Minima.Count} local minim{(a.Minima.Count == 1 ? "um" : "a")}; minimum 1 is the global one. Basin: the starting alignments from which steepest descent ends there.");
        return sw.ToString();
    }

    private static string Round(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string N(double v) => v.ToString("F4", CultureInfo.InvariantCulture);
}
