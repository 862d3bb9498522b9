using System.Globalization;
using Spokes.Formal.Io;
using Spokes.Scenarios;

namespace Spokes.Explore.Scoring;

/// <summary>
/// What feature scoring works on: named numeric input columns and one outcome per row. Immutable. A categorical
/// input (text) is coded by its labels in ordinal order; trees can still split it, but its codes carry an arbitrary
/// order, so F and χ² scores of such a column are only indicative.
/// </summary>
public sealed class ScoreData
{
    public ScoreData(IReadOnlyList<string> names, double[][] columns, double[] outcome, string outcomeName)
    {
        if (names.Count != columns.Length) throw new ArgumentException($"{names.Count} names for {columns.Length} columns", nameof(names));
        if (columns.Length == 0) throw new ArgumentException("no input columns", nameof(columns));
        foreach (var c in columns)
            if (c.Length != outcome.Length) throw new ArgumentException("every column needs one value per outcome", nameof(columns));
        Names = names.ToArray();
        Columns = columns;
        Outcome = outcome;
        OutcomeName = outcomeName;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Input columns, column-major.</summary>
    public double[][] Columns { get; }

    public double[] Outcome { get; }

    public string OutcomeName { get; }

    public int Count => Outcome.Length;

    /// <summary>Whether every outcome is 0 or 1.</summary>
    public bool IsBinary => Outcome.All(v => v is 0 or 1);

    /// <summary>From rows of numbers (row-major), as a result table holds them.</summary>
    public static ScoreData FromRows(IReadOnlyList<string> names, IReadOnlyList<double[]> rows, double[] outcome, string outcomeName) =>
        new(names, Enumerable.Range(0, names.Count).Select(j => rows.Select(r => r[j]).ToArray()).ToArray(), outcome, outcomeName);

    /// <summary>This data with the outcome replaced by 1 where it is at least (or at most) the threshold, else 0.</summary>
    public ScoreData Classify(double threshold, bool above) =>
        new(Names, Columns, Outcome.Select(v => (above ? v >= threshold : v <= threshold) ? 1.0 : 0.0).ToArray(),
            OutcomeName + (above ? " ≥ " : " ≤ ") + threshold.ToString("G6", CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads a CSV with a header: the outcome column (finite numbers, or true/false), and every other column not in
    /// <paramref name="ignored"/> as an input.
    /// </summary>
    /// <exception cref="InputException">unreadable or malformed file; the message names file, line, column and field.</exception>
    public static ScoreData FromCsv(string path, string outcome, IReadOnlyCollection<string>? ignored = null)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, 0, "", "cannot read the file: " + e.Message);
        }
        return ParseCsv(text, path, outcome, ignored ?? []);
    }

    /// <inheritdoc cref="FromCsv"/>
    public static ScoreData ParseCsv(string text, string file, string outcome, IReadOnlyCollection<string> ignored)
    {
        var grid = CsvTable.Parse(text, file);
        var names = grid.Header.Select(h => h.Text).ToArray();
        foreach (var r in grid.Rows)
            if (r.Count != names.Length)
                throw new InputException(file, r[0].Line, 0, "", $"the record has {r.Count} fields but the header has {names.Length}");
        for (int j = 0; j < names.Length; j++)
        {
            if (names[j].Length == 0) throw new InputException(file, 1, grid.Header[j].Column, "", "a column has no name");
            if (Array.IndexOf(names, names[j]) != j) throw new InputException(file, 1, grid.Header[j].Column, names[j], "duplicate column name");
        }
        int o = Array.IndexOf(names, outcome);
        if (o < 0) throw new InputException(file, 1, 0, outcome, $"no such column (columns: {string.Join(", ", names)})");
        foreach (var n in ignored)
            if (!names.Contains(n)) throw new InputException(file, 1, 0, n, "named to ignore but not in the header");
        if (grid.Rows.Count < 3) throw new InputException(file, 0, 0, "", "feature scoring needs at least three data rows");

        var y = new double[grid.Rows.Count];
        for (int i = 0; i < y.Length; i++)
        {
            var cell = grid.Rows[i][o];
            y[i] = cell.Text.ToLowerInvariant() switch
            {
                "true" => 1,
                "false" => 0,
                _ => TryNumber(cell.Text, out var v) ? v
                    : throw new InputException(file, cell.Line, cell.Column, outcome, $"'{cell.Text}' is not a finite number or true/false"),
            };
        }
        var inputNames = new List<string>();
        var columns = new List<double[]>();
        for (int j = 0; j < names.Length; j++)
        {
            if (j == o || ignored.Contains(names[j])) continue;
            var values = new double[y.Length];
            bool numeric = true;
            for (int i = 0; i < y.Length && numeric; i++)
            {
                var cell = grid.Rows[i][j];
                if (cell.Text.Length == 0) throw new InputException(file, cell.Line, cell.Column, names[j], "empty cell: missing values are not supported");
                numeric = TryNumber(cell.Text, out values[i]);
            }
            if (!numeric)
            {
                var labels = grid.Rows.Select(r => r[j].Text).ToArray();
                foreach (var r in grid.Rows)
                    if (r[j].Text.Length == 0) throw new InputException(file, r[j].Line, r[j].Column, names[j], "empty cell: missing values are not supported");
                var codes = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select((l, c) => (l, c))
                    .ToDictionary(t => t.l, t => (double)t.c, StringComparer.Ordinal);
                values = labels.Select(l => codes[l]).ToArray();
            }
            inputNames.Add(names[j]);
            columns.Add(values);
        }
        if (columns.Count == 0) throw new InputException(file, 1, 0, "", "no input columns besides the outcome");
        return new ScoreData(inputNames, columns.ToArray(), y, outcome);
    }

    private static bool TryNumber(string s, out double v) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);

    /// <summary>The data on the given rows (repeats allowed).</summary>
    internal ScoreData Rows(int[] rows) =>
        new(Names, Columns.Select(c => rows.Select(r => c[r]).ToArray()).ToArray(), rows.Select(r => Outcome[r]).ToArray(), OutcomeName);
}
