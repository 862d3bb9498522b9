using System.CommandLine;
using Spokes.Explore.Discovery;
using Spokes.Reports;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes report`: one self-contained HTML page (inline SVG charts, inline CSS, no scripts) for a run of a scenario,
/// for the six postures compared on its baseline (`--compare`), or for an exploration result folder (`--explore DIR`:
/// the outcome summary per policy and a PRIM search); `--png DIR` and `--svg DIR` also write each chart as a PNG or SVG file.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the 2016 baseline under status-quo to 2030)" };
        var output = OutFolder.Option("report.html (replaced whole, never left half-written)");
        output.Required = true;
        var compare = new Option<bool>("--compare") { Description = "compare the six postures on the scenario's baseline instead of reporting one run" };
        var png = new Option<string?>("--png") { Description = "also write each chart as DIR/CHART-ID.png (the directory is created)" };
        var svg = new Option<string?>("--svg") { Description = "also write each chart as DIR/CHART-ID.svg (standalone SVG; the directory is created)" };
        var explore = new Option<string?>("--explore") { Description = "report a folder written by `spokes explore` instead of a scenario" };
        var outcome = new Option<string?>("--outcome") { Description = "with --explore: the scalar outcome PRIM searches (default: the first)" };
        var threshold = new Option<double?>("--threshold") { Description = "with --explore: cases of interest are at or beyond this value (default: the outcome's median under the policy)" };
        var direction = new Option<string>("--direction") { Description = "with --explore: below (outcome ≤ threshold is of interest) or above (≥)", DefaultValueFactory = _ => "below" };
        var policy = new Option<string?>("--policy") { Description = "with --explore: the policy whose experiments PRIM searches (default: the first)" };
        var cmd = new Command("report", "Write a self-contained HTML report: what was run, the key findings, the charts and the data sources.")
        {
            scenario, output, compare, png, svg, explore, outcome, threshold, direction, policy,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string folder = OutFolder.Check(parse.GetValue(output))!;
            var file = parse.GetValue(scenario);
            Report report;
            if (parse.GetValue(explore) is { } dir)
            {
                if (file is not null) throw new InputException("--explore", 0, 0, "explore", "give either a scenario file or --explore DIR, not both");
                if (parse.GetValue(compare)) throw new InputException("--explore", 0, 0, "explore", "--compare and --explore cannot be combined");
                var how = parse.GetValue(direction) switch
                {
                    "below" => ThresholdDirection.AtMost,
                    "above" => ThresholdDirection.AtLeast,
                    var other => throw new InputException("--direction", 0, 0, "direction", $"unknown direction '{other}' (known: below, above)"),
                };
                report = ReportBuilder.ForExploration(dir, new ExplorationReportOptions
                {
                    Outcome = parse.GetValue(outcome), Policy = parse.GetValue(policy), Threshold = parse.GetValue(threshold), Direction = how,
                });
            }
            else
            {
                foreach (var o in new Option[] { outcome, threshold, policy })
                    if (parse.GetResult(o) is not null) throw new InputException(o.Name, 0, 0, o.Name.TrimStart('-'), "only with --explore DIR");
                var d = SpokesCli.Load(file);
                report = parse.GetValue(compare) ? ReportBuilder.ForComparison(d) : ReportBuilder.ForRun(d);
            }
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "report.html");
            ReportWriter.WriteHtml(report, path);
            stdout.WriteLine($"wrote {path} ({report.AllCharts.Count()} charts)");
            if (parse.GetValue(png) is { } pngDir)
            {
                var files = ReportWriter.WritePngs(report, pngDir);
                stdout.WriteLine($"wrote {files.Count} PNG files to {pngDir}");
            }
            if (parse.GetValue(svg) is { } svgDir)
            {
                var files = ReportWriter.WriteSvgs(report, svgDir);
                stdout.WriteLine($"wrote {files.Count} SVG files to {svgDir}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
