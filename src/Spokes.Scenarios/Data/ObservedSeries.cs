namespace Spokes.Scenarios.Data;

/// <summary>One observed figure of data/series.csv.</summary>
public sealed record SeriesRow(string Actor, int Year, string Indicator, double Value, string Unit, string Source, string File, int Line);

/// <summary>Observed yearly figures, looked up by actor, indicator and year; a missing year is a gap (null).</summary>
public interface IObservations
{
    double? Get(string actor, string indicator, int year);
}

/// <summary>
/// The yearly data series (data/series.csv: SIPRI spending, GDP, U.S. troops, host-nation support, opinion), each
/// figure with its source. Gaps stay gaps: nothing is interpolated.
/// </summary>
public sealed class ObservedSeries : IObservations
{
    public const string File = "series.csv";
    private readonly Dictionary<(string, string, int), SeriesRow> _rows = new();

    public ObservedSeries(IReadOnlyList<SeriesRow> rows)
    {
        Rows = rows;
        foreach (var r in rows)
            if (!_rows.TryAdd((r.Actor, r.Indicator, r.Year), r))
                throw new InputException(r.File, r.Line, 0, "indicator", $"{r.Actor} {r.Year} {r.Indicator} appears twice");
    }

    public IReadOnlyList<SeriesRow> Rows { get; }

    private static readonly Lazy<ObservedSeries> BuiltInSeries = new(() => Read(ReferenceData.OpenEmbedded(File), "data/" + File));

    /// <summary>The series shipped with Spokes.</summary>
    public static ObservedSeries BuiltIn => BuiltInSeries.Value;

    public static ObservedSeries Read(Stream stream, string file) =>
        new(CsvRows.Read(stream, file, ["actor", "year", "indicator", "value", "unit", "source"],
            (r, f, l) => new SeriesRow(CsvRows.Text(r, "actor", f, l), CsvRows.Year(r, f, l), CsvRows.Text(r, "indicator", f, l),
                CsvRows.Number(r, "value", f, l), r.GetField("unit") ?? "", CsvRows.Text(r, "source", f, l), f, l)));

    public double? Get(string actor, string indicator, int year) =>
        _rows.TryGetValue((actor, indicator, year), out var r) ? r.Value : null;

    public SeriesRow? Row(string actor, string indicator, int year) => _rows.GetValueOrDefault((actor, indicator, year));

    /// <summary>A view that refuses every year after <paramref name="lastYear"/> (the hold-out guard of calibration).</summary>
    public ObservationWindow Until(int lastYear) => new(this, lastYear);
}

/// <summary>
/// Observations up to and including <see cref="LastYear"/>. Asking for a later year throws: calibration must never
/// see the years it is later judged on. <see cref="LatestYearRead"/> records the latest year actually asked for.
/// </summary>
public sealed class ObservationWindow : IObservations
{
    private readonly IObservations _inner;

    public ObservationWindow(IObservations inner, int lastYear)
    {
        _inner = inner;
        LastYear = lastYear;
    }

    public int LastYear { get; }
    public int LatestYearRead { get; private set; } = int.MinValue;

    public double? Get(string actor, string indicator, int year)
    {
        if (year > LastYear)
            throw new InvalidOperationException($"read of {actor} {indicator} {year}: this window ends in {LastYear}");
        LatestYearRead = Math.Max(LatestYearRead, year);
        return _inner.Get(actor, indicator, year);
    }
}
