using System.Globalization;

namespace Spokes.Formal.Io;

/// <summary>Reads one number from a field, or says in a <see cref="InputException"/> why it cannot.</summary>
internal static class FieldParser
{
    /// <summary>A finite number in [min, max] written with '.' as the decimal sign.</summary>
    public static double Number(string text, string file, int line, int column, string field, double min, double max)
    {
        if (text.Length == 0) throw new InputException(file, line, column, field, "missing value");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InputException(file, line, column, field, $"'{text}' is not a number");
        if (v < min || v > max)
            throw new InputException(file, line, column, field,
                $"{text} is outside its range [{Show(min)}, {Show(max)}]");
        return v;
    }

    public static double Number(CsvCell cell, string file, string field, double min, double max) =>
        Number(cell.Text, file, cell.Line, cell.Column, field, min, max);

    private static string Show(double v) => double.IsInfinity(v) ? (v > 0 ? "∞" : "−∞") : v.ToString("G", CultureInfo.InvariantCulture);
}
