using System.Globalization;
using Spokes.Scenarios;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// A matrix of numbers read from a file another tool wrote: SALib's <c>np.savetxt</c> text (whitespace-separated, no
/// header, <c>#</c> comments) or a CSV, with a header row when its first row is not all numbers. Columns without a
/// header are named x1, x2, … (or y1, y2, … for outputs). Immutable.
/// </summary>
public sealed class NumberTable
{
    private NumberTable(IReadOnlyList<string> names, double[][] rows)
    {
        Names = names;
        Rows = rows;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The rows, each as long as <see cref="Names"/>.</summary>
    public double[][] Rows { get; }

    /// <summary>One column as an array.</summary>
    public double[] Column(int j) => Rows.Select(r => r[j]).ToArray();

    /// <exception cref="InputException">unreadable file, ragged rows, or a cell that is not a finite number (file, line, column).</exception>
    public static NumberTable Read(string path, string prefix)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, 0, "", "cannot read the file: " + e.Message);
        }
        return Parse(lines, path, prefix);
    }

    /// <inheritdoc cref="Read"/>
    public static NumberTable Parse(IReadOnlyList<string> lines, string file, string prefix)
    {
        List<string>? names = null;
        var rows = new List<double[]>();
        for (int l = 0; l < lines.Count; l++)
        {
            var line = lines[l].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Contains(',')
                ? line.Split(',').Select(c => c.Trim()).ToArray()
                : line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var values = new double[cells.Length];
            bool numeric = true;
            for (int j = 0; j < cells.Length; j++)
                numeric &= double.TryParse(cells[j], NumberStyles.Float, CultureInfo.InvariantCulture, out values[j]);
            if (!numeric && names is null && rows.Count == 0)
            {
                names = cells.Select(c => c.Trim('"')).ToList();
                continue;
            }
            int width = names?.Count ?? (rows.Count > 0 ? rows[0].Length : cells.Length);
            if (cells.Length != width)
                throw new InputException(file, l + 1, 0, "", $"the row has {cells.Length} values but {(names is null ? "the first row" : "the header")} has {width}");
            for (int j = 0; j < cells.Length; j++)
                if (!double.TryParse(cells[j], NumberStyles.Float, CultureInfo.InvariantCulture, out values[j]) || !double.IsFinite(values[j]))
                    throw new InputException(file, l + 1, j + 1, names?[j] ?? $"{prefix}{j + 1}", $"'{cells[j]}' is not a finite number");
            rows.Add(values);
        }
        if (rows.Count == 0) throw new InputException(file, 0, 0, "", "no rows of numbers");
        names ??= Enumerable.Range(1, rows[0].Length).Select(j => $"{prefix}{j}").ToList();
        return new NumberTable(names, rows.ToArray());
    }
}
