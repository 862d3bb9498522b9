namespace Spokes.Scenarios.Data;

/// <summary>
/// One government of data/politics.csv: its judged closeness to the U.S. and to China in a year (0..1 each). The model's
/// driver is <see cref="Orientation"/> = toward_us − max(0, toward_china − toward_us): closeness to China counts against
/// the U.S. only where it outweighs closeness to the U.S. (re-alignment, bandwagoning). The file's own
/// <c>orientation</c> column (toward_us − toward_china) is kept as data; it would read Japan's 1972 normalisation with
/// Beijing, or any ally's ties to China during the tacit U.S.–China alignment against the USSR (1972–89), as distance
/// from Washington, which they were not.
/// </summary>
public sealed record PoliticsRow(string Actor, int Year, string Leader, double TowardUs, double TowardChina, double Low, double High,
    string Source, string File, int Line)
{
    public double Orientation => TowardUs - Math.Max(0, TowardChina - TowardUs);
    /// <summary>Half the width of the judged range of the file's orientation, the uncertainty of the driver.</summary>
    public double HalfRange => (High - Low) / 2;
}

/// <summary>One threat shock of data/threat-events.csv as felt by one spoke (or <c>ALL</c>).</summary>
public sealed record ThreatEventRow(string Id, int Year, string Adversary, string Event, string Target, double Intensity,
    double Low, double High, string Source, string File, int Line);

/// <summary>One projected figure of data/projections.csv (real GDP growth or inflation, per actor and year).</summary>
public sealed record ProjectionRow(string Actor, int Year, string Indicator, double Value, double Low, double High, string Source, string File, int Line);

/// <summary>
/// The dated drivers the model does not explain: allied governments' orientation (data/politics.csv), threat shocks
/// (data/threat-events.csv) and the projection path for growth and inflation (data/projections.csv). Each file is
/// optional — a modeler's own data folder may lack any of them, and then that driver is simply absent (every
/// government keeps the start orientation, no shocks, baseline growth rates) — but a file that is there is checked
/// row by row, with file and line in every error.
/// </summary>
public sealed class DriverData
{
    public const string PoliticsFile = "politics.csv";
    public const string EventsFile = "threat-events.csv";
    public const string ProjectionsFile = "projections.csv";

    private DriverData(IReadOnlyList<PoliticsRow> politics, IReadOnlyList<ThreatEventRow> events, IReadOnlyList<ProjectionRow> projections)
    {
        Politics = politics;
        Events = events;
        Projections = projections;
    }

    public IReadOnlyList<PoliticsRow> Politics { get; }
    public IReadOnlyList<ThreatEventRow> Events { get; }
    public IReadOnlyList<ProjectionRow> Projections { get; }

    private static readonly Lazy<DriverData> BuiltInData = new(() => Read(ReferenceData.OpenEmbeddedOrNull, "data/"));

    /// <summary>The drivers shipped with Spokes (data/).</summary>
    public static DriverData BuiltIn => BuiltInData.Value;

    /// <summary>The drivers in a modeler's data folder (each file optional).</summary>
    public static DriverData FromDirectory(string directory) =>
        Read(name => Path.Combine(directory, name) is var path && File.Exists(path)
            ? new MemoryStream(Spokes.Formal.Io.BoundedFile.ReadBytes(path, "data", ReferenceData.MaxFileBytes), writable: false)
            : null, directory.TrimEnd('/') + "/");

    /// <summary>The government orientation of a spoke in a year, or null when the data have none.</summary>
    public double? Orientation(string actor, int year) =>
        Politics.FirstOrDefault(r => r.Actor == actor && r.Year == year)?.Orientation;

    private static DriverData Read(Func<string, Stream?> open, string prefix)
    {
        var politics = open(PoliticsFile) is { } ps
            ? CsvRows.Read(ps, prefix + PoliticsFile, ["actor", "year", "leader", "toward_us", "toward_china", "orientation", "low", "high", "basis", "source"],
                (r, f, l) =>
                {
                    var row = new PoliticsRow(CsvRows.Text(r, "actor", f, l), CsvRows.Year(r, f, l), r.GetField("leader") ?? "",
                        CsvRows.Number(r, "toward_us", f, l), CsvRows.Number(r, "toward_china", f, l),
                        CsvRows.Number(r, "low", f, l), CsvRows.Number(r, "high", f, l), CsvRows.Text(r, "source", f, l), f, l);
                    if (!(row.TowardUs is >= 0 and <= 1)) throw new InputException(f, l, 0, "toward_us", $"{row.TowardUs} must lie in 0..1");
                    if (!(row.TowardChina is >= 0 and <= 1)) throw new InputException(f, l, 0, "toward_china", $"{row.TowardChina} must lie in 0..1");
                    double difference = CsvRows.Number(r, "orientation", f, l);
                    if (Math.Abs(difference - (row.TowardUs - row.TowardChina)) > 1e-6)
                        throw new InputException(f, l, 0, "orientation", $"{difference} is not toward_us − toward_china ({row.TowardUs - row.TowardChina})");
                    if (!(row.Low <= difference && difference <= row.High)) throw new InputException(f, l, 0, "orientation", $"{difference} is outside its range [{row.Low}, {row.High}]");
                    return row;
                })
            : [];
        var events = open(EventsFile) is { } es
            ? CsvRows.Read(es, prefix + EventsFile, ["id", "year", "adversary", "event", "target", "intensity", "low", "high", "source"],
                (r, f, l) =>
                {
                    var row = new ThreatEventRow(CsvRows.Text(r, "id", f, l), CsvRows.Year(r, f, l), CsvRows.Text(r, "adversary", f, l),
                        CsvRows.Text(r, "event", f, l), CsvRows.Text(r, "target", f, l), CsvRows.Number(r, "intensity", f, l),
                        CsvRows.Number(r, "low", f, l), CsvRows.Number(r, "high", f, l), CsvRows.Text(r, "source", f, l), f, l);
                    if (!(row.Intensity is >= 0 and <= 1)) throw new InputException(f, l, 0, "intensity", $"{row.Intensity} must lie in 0..1");
                    if (!(row.Low <= row.Intensity && row.Intensity <= row.High)) throw new InputException(f, l, 0, "intensity", $"{row.Intensity} is outside its range [{row.Low}, {row.High}]");
                    return row;
                })
            : [];
        var projections = open(ProjectionsFile) is { } js
            ? CsvRows.Read(js, prefix + ProjectionsFile, ["actor", "year", "indicator", "value", "low", "high", "unit", "source"],
                (r, f, l) =>
                {
                    var row = new ProjectionRow(CsvRows.Text(r, "actor", f, l), CsvRows.Year(r, f, l), CsvRows.Text(r, "indicator", f, l),
                        CsvRows.Number(r, "value", f, l), CsvRows.Number(r, "low", f, l), CsvRows.Number(r, "high", f, l),
                        CsvRows.Text(r, "source", f, l), f, l);
                    if (row.Indicator is not ("real_gdp_growth" or "inflation"))
                        throw new InputException(f, l, 0, "indicator", $"'{row.Indicator}' is not real_gdp_growth or inflation");
                    if (!(row.Value is > -0.5 and < 1)) throw new InputException(f, l, 0, "value", $"{row.Value} is not a plausible yearly rate");
                    return row;
                })
            : [];
        return new DriverData(politics, events, projections);
    }
}
