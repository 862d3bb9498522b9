using System.Reflection;
using Spokes.Formal.Io;

namespace Spokes.Scenarios.Data;

/// <summary>
/// The sourced reference data: actors, yearly figures with ranges and sources, and spoke-to-spoke ties. Read from
/// the copies built into the program (data/ at build time) or from a directory a modeler supplies with the same
/// three files (actors.csv, baseline.csv, ties.csv). Every row keeps its file and line for error messages.
/// </summary>
public sealed class ReferenceData
{
    public const string ActorsFile = "actors.csv";
    public const string FiguresFile = "baseline.csv";
    public const string TiesFile = "ties.csv";

    /// <summary>Largest data file accepted, bytes (the shipped files are a few KiB each).</summary>
    public const int MaxFileBytes = 16 << 20;

    private ReferenceData(IReadOnlyList<ActorRow> actors, IReadOnlyList<DataRow> figures, IReadOnlyList<TieRow> ties)
    {
        Actors = actors;
        Figures = figures;
        Ties = ties;
    }

    public IReadOnlyList<ActorRow> Actors { get; }
    public IReadOnlyList<DataRow> Figures { get; }
    public IReadOnlyList<TieRow> Ties { get; }

    private static readonly Lazy<ReferenceData> BuiltInData = new(() => Read(OpenEmbedded, "data/"));

    /// <summary>The data shipped with Spokes (data/*.csv).</summary>
    public static ReferenceData BuiltIn => BuiltInData.Value;

    /// <summary>Reads the three files from a directory; errors name the file and line.</summary>
    public static ReferenceData FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InputException(directory, 0, 0, "data", "data directory not found");
        return Read(name =>
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) throw new InputException(path, 0, 0, "", "file not found (a data directory needs actors.csv, baseline.csv and ties.csv)");
            return new MemoryStream(BoundedFile.ReadBytes(path, "data", MaxFileBytes), writable: false);
        }, directory.TrimEnd('/') + "/");
    }

    internal static Stream OpenEmbedded(string name) =>
        OpenEmbeddedOrNull(name) ?? throw new InvalidOperationException($"embedded data file {name} is missing");

    /// <summary>A data file built into the program, or null when the build has none of that name (optional files).</summary>
    internal static Stream? OpenEmbeddedOrNull(string name)
    {
        var asm = Assembly.GetExecutingAssembly();
        var resource = asm.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + name, StringComparison.Ordinal));
        return resource is null ? null : asm.GetManifestResourceStream(resource);
    }

    private static ReferenceData Read(Func<string, Stream> open, string prefix)
    {
        var actors = CsvRows.Read(open(ActorsFile), prefix + ActorsFile, ["id", "name", "role", "source"],
            (r, f, l) => new ActorRow(CsvRows.Text(r, "id", f, l), CsvRows.Text(r, "name", f, l), CsvRows.Text(r, "role", f, l), r.GetField("source") ?? "", f, l));
        var figures = CsvRows.Read(open(FiguresFile), prefix + FiguresFile,
            ["actor", "year", "indicator", "value", "low", "high", "unit", "source"],
            (r, f, l) =>
            {
                var row = new DataRow(CsvRows.Text(r, "actor", f, l), CsvRows.Year(r, f, l), CsvRows.Text(r, "indicator", f, l),
                    CsvRows.Number(r, "value", f, l), CsvRows.Number(r, "low", f, l), CsvRows.Number(r, "high", f, l),
                    r.GetField("unit") ?? "", CsvRows.Text(r, "source", f, l), f, l);
                if (!(row.Low <= row.Value && row.Value <= row.High))
                    throw new InputException(f, l, 0, "value", $"{row.Value} is outside its range [{row.Low}, {row.High}]");
                return row;
            });
        var ties = CsvRows.Read(open(TiesFile), prefix + TiesFile, ["a", "b", "year", "weight", "low", "high", "source"],
            (r, f, l) =>
            {
                var row = new TieRow(CsvRows.Text(r, "a", f, l), CsvRows.Text(r, "b", f, l), CsvRows.Year(r, f, l), CsvRows.Number(r, "weight", f, l),
                    CsvRows.Number(r, "low", f, l), CsvRows.Number(r, "high", f, l), CsvRows.Text(r, "source", f, l), f, l);
                if (!(row.Weight is >= 0 and <= 1)) throw new InputException(f, l, 0, "weight", "must lie in 0..1");
                return row;
            });
        return new ReferenceData(actors, figures, ties);
    }
}
