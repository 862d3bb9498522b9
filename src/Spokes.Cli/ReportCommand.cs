using System.CommandLine;
using Spokes.Reports;
using Spokes.Scenarios;

namespace Spokes.Cli;

/// <summary>
/// `spokes report`: one self-contained HTML page (inline SVG charts, inline CSS, no scripts) for a run of a scenario,
/// or for the six postures compared on its baseline (`--compare`); `--png DIR` also writes each chart as a PNG file.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scenario = new Argument<string?>("scenario") { Arity = ArgumentArity.ZeroOrOne, Description = "scenario YAML file (default: the 2016 baseline under status-quo to 2030)" };
        var output = new Option<string>("--out") { Description = "the HTML file to write (replaced whole, never left half-written)", Required = true };
        var compare = new Option<bool>("--compare") { Description = "compare the six postures on the scenario's baseline instead of reporting one run" };
        var png = new Option<string?>("--png") { Description = "also write each chart as DIR/CHART-ID.png (the directory is created)" };
        var cmd = new Command("report", "Write a self-contained HTML report: what was run, the key findings, the charts and the data sources.")
        {
            scenario, output, compare, png,
        };
        cmd.SetAction(parse => SpokesCli.Guard(stderr, () =>
        {
            string path = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(path)) throw new InputException("--out", 0, 0, "out", "give the HTML file to write, e.g. report.html");
            if (Directory.Exists(path)) throw new InputException("--out", 0, 0, "out", $"'{path}' is a directory; give a file name such as report.html");
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder)) throw new InputException("--out", 0, 0, "out", $"the directory '{folder}' does not exist");
            var file = parse.GetValue(scenario);
            var d = file is null ? ScenarioDefinition.Default : ScenarioLoader.Load(file);
            var report = parse.GetValue(compare) ? ReportBuilder.ForComparison(d) : ReportBuilder.ForRun(d);
            ReportWriter.WriteHtml(report, path);
            stdout.WriteLine($"wrote {path} ({report.Charts.Count} charts)");
            if (parse.GetValue(png) is { } dir)
            {
                var files = ReportWriter.WritePngs(report, dir);
                stdout.WriteLine($"wrote {files.Count} PNG files to {dir}");
            }
            return SpokesCli.ExitOk;
        }));
        return cmd;
    }
}
