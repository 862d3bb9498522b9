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
/// A plain table of a report: a heading (may be empty), a note, the column headers and the rows, every cell already
/// formatted as text. <paramref name="Numeric"/> says which columns are right-aligned numbers (all left-aligned when
/// null). Used where a findings table is not a <see cref="KeyFindings"/> of trajectories (e.g. an exploration's summary)
/// and for tables that go with a chart.
/// </summary>
/// <exception cref="ArgumentException">a row or <paramref name="Numeric"/> whose length differs from the header's.</exception>
public sealed record ReportTable(string Id, string Heading, string Note, IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? Numeric = null)
{
    /// <summary>CSS classes per cell (same shape as <see cref="Rows"/>; null or empty strings for none), e.g. "best", "worst".</summary>
    public IReadOnlyList<IReadOnlyList<string?>>? Classes { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = Rows.Any(r => r.Count != Header.Count)
        ? throw new ArgumentException($"every row needs {Header.Count} cells", nameof(Rows)) : Rows;

    public IReadOnlyList<bool>? Numeric { get; init; } = Numeric is not null && Numeric.Count != Header.Count
        ? throw new ArgumentException($"{Header.Count} column flags are needed", nameof(Numeric)) : Numeric;
}

/// <summary>
/// What a report says first, on its first screen: the question it answers, the verdict in sentences with numbers, the
/// one chart that shows it, a table of changes (optional) and the caveats a reader needs to read them right.
/// </summary>
public sealed record Headline(string Question, IReadOnlyList<string> Verdicts, Chart? Chart, ReportTable? Changes, IReadOnlyList<string> Caveats);

/// <summary>
/// A report, ready to write as HTML: what was run, the key findings, the charts and the data sources. Immutable;
/// built by <see cref="ReportBuilder"/>, written by <see cref="ReportWriter"/>.
/// </summary>
/// <param name="Findings">the key findings of trajectories (run and comparison reports); null when the findings are
/// plain tables only (<see cref="Tables"/>).</param>
/// <param name="Sources">the data sources appendix; null to leave it out (e.g. when the scenario cannot be built).</param>
public sealed record Report(
    string Title,
    string Summary,
    IReadOnlyList<ReportFact> Facts,
    KeyFindings? Findings,
    string FindingsNote,
    IReadOnlyList<Chart> Charts,
    DataSources? Sources,
    string Version)
{
    /// <summary>The headline block at the top of the page (null: none).</summary>
    public Headline? Headline { get; init; }

    /// <summary>Every chart of the report: the headline's first, then <see cref="Charts"/>.</summary>
    public IEnumerable<Chart> AllCharts => Headline?.Chart is { } c ? Charts.Prepend(c) : Charts;

    /// <summary>Plain findings tables, written in the key-findings section after <see cref="Findings"/> (if any).</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>Paragraphs written at the top of the charts section (e.g. why a chart is missing).</summary>
    public IReadOnlyList<string> ChartNotes { get; init; } = [];

    /// <summary>Tables written in the charts section after the charts (e.g. the restrictions of a chosen PRIM box).</summary>
    public IReadOnlyList<ReportTable> ChartTables { get; init; } = [];
}
