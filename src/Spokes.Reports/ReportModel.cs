using Spokes.Reports.Charts;
using Spokes.Scenarios.Data;

namespace Spokes.Reports;

/// <summary>One line of "what was run": a label and its value.</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>Observed figures drawn in the charts, grouped by actor and source.</summary>
public sealed record ObservedSource(string Actor, string Indicator, int FirstYear, int LastYear, int Count, string Source);

/// <summary>
/// Where every number of the report comes from: the reference-data rows the baseline year was built from (figures of
/// baseline.csv and ties of ties.csv), and the observed series drawn in the charts.
/// </summary>
public sealed record DataSources(string Location, int Year, IReadOnlyList<DataRow> Figures, IReadOnlyList<TieRow> Ties,
    IReadOnlyList<ObservedSource> Observed);

/// <summary>
/// A report, ready to write as HTML: what was run, the key findings, the charts and the data sources. Immutable;
/// built by <see cref="ReportBuilder"/>, written by <see cref="ReportWriter"/>.
/// </summary>
public sealed record Report(
    string Title,
    string Summary,
    IReadOnlyList<ReportFact> Facts,
    KeyFindings Findings,
    string FindingsNote,
    IReadOnlyList<Chart> Charts,
    DataSources Sources,
    string Version);
