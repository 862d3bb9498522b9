using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Spokes.Scenarios.Data;

/// <summary>Reads a CSV file with a fixed set of columns into records; every error names the file, line and field.</summary>
internal static class CsvRows
{
    public static List<T> Read<T>(Stream stream, string file, string[] columns, Func<CsvReader, string, int, T> parse)
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

    public static string Text(CsvReader r, string field, string file, int line)
    {
        var s = r.GetField(field);
        if (string.IsNullOrWhiteSpace(s)) throw new InputException(file, line, 0, field, "empty");
        if (Spokes.Formal.Io.PrintableText.Problem(s) is { } problem) throw new InputException(file, line, 0, field, problem);
        return s.Trim();
    }

    public static double Number(CsvReader r, string field, string file, int line)
    {
        var s = Text(r, field, file, line);
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InputException(file, line, 0, field, $"'{s}' is not a number");
        return v;
    }

    public static int Year(CsvReader r, string file, int line)
    {
        var s = Text(r, "year", file, line);
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1800 || y > 2200)
            throw new InputException(file, line, 0, "year", $"'{s}' is not a year");
        return y;
    }
}
