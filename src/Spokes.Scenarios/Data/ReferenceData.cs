using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;

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
            return File.OpenRead(path);
        }, directory.TrimEnd('/') + "/");
    }

    private static Stream OpenEmbedded(string name)
    {
        var asm = Assembly.GetExecutingAssembly();
        var resource = asm.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        return asm.GetManifestResourceStream(resource)!;
    }

    private static ReferenceData Read(Func<string, Stream> open, string prefix)
    {
        var actors = ReadRows(open(ActorsFile), prefix + ActorsFile, ["id", "name", "role", "source"],
            (r, f, l) => new ActorRow(Text(r, "id", f, l), Text(r, "name", f, l), Text(r, "role", f, l), r.GetField("source") ?? "", f, l));
        var figures = ReadRows(open(FiguresFile), prefix + FiguresFile,
            ["actor", "year", "indicator", "value", "low", "high", "unit", "source"],
            (r, f, l) =>
            {
                var row = new DataRow(Text(r, "actor", f, l), Year(r, f, l), Text(r, "indicator", f, l),
                    Number(r, "value", f, l), Number(r, "low", f, l), Number(r, "high", f, l),
                    r.GetField("unit") ?? "", Text(r, "source", f, l), f, l);
                if (!(row.Low <= row.Value && row.Value <= row.High))
                    throw new InputException(f, l, 0, "value", $"{row.Value} is outside its range [{row.Low}, {row.High}]");
                return row;
            });
        var ties = ReadRows(open(TiesFile), prefix + TiesFile, ["a", "b", "year", "weight", "low", "high", "source"],
            (r, f, l) =>
            {
                var row = new TieRow(Text(r, "a", f, l), Text(r, "b", f, l), Year(r, f, l), Number(r, "weight", f, l),
                    Number(r, "low", f, l), Number(r, "high", f, l), Text(r, "source", f, l), f, l);
                if (!(row.Weight is >= 0 and <= 1)) throw new InputException(f, l, 0, "weight", "must lie in 0..1");
                return row;
            });
        return new ReferenceData(actors, figures, ties);
    }

    private static List<T> ReadRows<T>(Stream stream, string file, string[] columns, Func<CsvReader, string, int, T> parse)
    {
        using var reader = new StreamReader(stream);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var csv = new CsvReader(reader, config);
        var rows = new List<T>();
        try
        {
            if (!csv.Read() || !csv.ReadHeader()) throw new InputException(file, 1, 0, "", "empty file: a header line is needed");
            foreach (var c in columns)
                if (!csv.HeaderRecord!.Contains(c))
                    throw new InputException(file, 1, 0, c, $"missing column (expected: {string.Join(",", columns)})");
            foreach (var h in csv.HeaderRecord!)
                if (!columns.Contains(h))
                    throw new InputException(file, 1, 0, h, $"unknown column (expected: {string.Join(",", columns)})");
            while (csv.Read())
                rows.Add(parse(csv, file, csv.Parser.RawRow));
        }
        catch (CsvHelperException e) when (e is not null)
        {
            throw new InputException(file, csv.Parser.RawRow, 0, "", "malformed CSV: " + e.Message.Split('\n')[0]);
        }
        return rows;
    }

    private static string Text(CsvReader r, string field, string file, int line)
    {
        var s = r.GetField(field);
        if (string.IsNullOrWhiteSpace(s)) throw new InputException(file, line, 0, field, "empty");
        return s.Trim();
    }

    private static double Number(CsvReader r, string field, string file, int line)
    {
        var s = Text(r, field, file, line);
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InputException(file, line, 0, field, $"'{s}' is not a number");
        return v;
    }

    private static int Year(CsvReader r, string file, int line)
    {
        var s = Text(r, "year", file, line);
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1800 || y > 2200)
            throw new InputException(file, line, 0, "year", $"'{s}' is not a year");
        return y;
    }
}
