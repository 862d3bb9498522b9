using Spokes.Reports.Html;
using Spokes.Scenarios.Export;

namespace Spokes.Reports;

/// <summary>Writes a report to disk: the HTML page atomically, and optionally every chart as a PNG file.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the page to <paramref name="path"/> through a temporary file and a rename
    /// (<see cref="AtomicFile"/>), so a reader never sees a half-written report.
    /// </summary>
    /// <exception cref="IOException">the file cannot be written.</exception>
    public static void WriteHtml(Report report, string path) => AtomicFile.Write(path, w => HtmlReport.Write(report, w));

    /// <summary>
    /// Writes each chart as <c>DIR/{chart id}.png</c> with its title, caption and source line below the drawing
    /// (<see cref="Charts.Chart.RenderCaptionedPng"/>; the directory is created if needed), each through a temporary
    /// file and a rename. Returns the paths written, in chart order.
    /// </summary>
    /// <exception cref="IOException">a file cannot be written.</exception>
    public static IReadOnlyList<string> WritePngs(Report report, string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var chart in report.AllCharts)
        {
            var path = Path.Combine(directory, chart.Id + ".png");
            AtomicFile.WriteBytes(path, chart.RenderCaptionedPng(Source(report)));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The source line under every written PNG: what made it and from what.</summary>
    public static string Source(Report report) => $"Source: {report.Title} ({report.Summary.TrimEnd('.')}); Spokes {report.Version}, `spokes report`.";

    /// <summary>
    /// Writes each chart as <c>DIR/{chart id}.svg</c> (standalone SVG with its title; the directory is created if
    /// needed), each through a temporary file and a rename. Returns the paths written, in chart order.
    /// </summary>
    /// <exception cref="IOException">a file cannot be written.</exception>
    public static IReadOnlyList<string> WriteSvgs(Report report, string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var chart in report.AllCharts)
        {
            var path = Path.Combine(directory, chart.Id + ".svg");
            AtomicFile.WriteBytes(path, new System.Text.UTF8Encoding(false).GetBytes(chart.RenderSvg()));
            paths.Add(path);
        }
        return paths;
    }
}
