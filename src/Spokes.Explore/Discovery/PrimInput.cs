using System.Globalization;
using Spokes.Formal.Io;
using Spokes.Scenarios;

namespace Spokes.Explore.Discovery;

/// <summary>
/// What PRIM works on: a plain <see cref="Table"/> of inputs and, for each row, whether it is a case of interest.
/// Immutable. Build it from a 0/1 outcome (<see cref="Create"/>), from a continuous outcome and a threshold
/// (<see cref="FromOutcome"/>), or from any CSV of inputs plus an outcome column (<see cref="FromCsv(string, string, double?, ThresholdDirection)"/>).
/// </summary>
public sealed class PrimInput
{
    private PrimInput(Table x, bool[] y, double[]? values = null, bool maximise = true)
    {
        X = x;
        Interest = y;
        Y = Array.AsReadOnly(y);
        CasesOfInterest = y.Count(b => b);
        RawValues = values;
        Maximise = maximise;
    }

    /// <summary>
    /// A continuous outcome for PRIM's regression mode (EMA Workbench's <c>RegressionPrim</c>; Friedman &amp; Fisher
    /// 1999 bump hunting proper): peeling raises (or, with <paramref name="maximise"/> false, lowers) the mean of the
    /// outcome in the box instead of the share of cases of interest. The boxes report the mean
    /// (<see cref="PrimBox.Mean"/>); coverage and quasi-p values do not apply (NaN, none).
    /// </summary>
    /// <exception cref="ArgumentException">wrong length, an empty table, or a non-finite outcome.</exception>
    public static PrimInput Continuous(Table x, IReadOnlyList<double> outcome, bool maximise = true)
    {
        if (outcome.Count != x.RowCount) throw new ArgumentException($"{outcome.Count} outcomes for {x.RowCount} rows", nameof(outcome));
        if (x.RowCount == 0) throw new ArgumentException("the table has no rows", nameof(x));
        for (int i = 0; i < outcome.Count; i++)
            if (!double.IsFinite(outcome[i])) throw new ArgumentException($"outcome {i} is not finite", nameof(outcome));
        return new PrimInput(x, new bool[x.RowCount], outcome.ToArray(), maximise);
    }

    /// <summary>Whether this is a continuous outcome (<see cref="Continuous"/>) rather than cases of interest.</summary>
    public bool IsContinuous => RawValues is not null;

    /// <summary>Continuous mode: whether a higher mean is sought.</summary>
    public bool Maximise { get; }

    /// <summary>The continuous outcome (null for cases of interest).</summary>
    public IReadOnlyList<double>? Values => RawValues;

    internal double[]? RawValues { get; }

    /// <summary>The inputs.</summary>
    public Table X { get; }

    /// <summary>Whether each row is a case of interest.</summary>
    public IReadOnlyList<bool> Y { get; }

    /// <summary>Most columns in a discovery CSV.</summary>
    public const int MaxColumns = 1_000;

    /// <summary>Most cells (rows × columns, the header included) in a discovery CSV: checked while reading, so a large
    /// file is refused before its fields fill memory; one PRIM search on this many takes about half a minute
    /// (docs/reliability.md).</summary>
    public const long MaxCells = 5_000_000;

    /// <summary>Number of rows.</summary>
    public int Count => Interest.Length;

    /// <summary>Number of cases of interest.</summary>
    public int CasesOfInterest { get; }

    internal bool[] Interest { get; }

    /// <exception cref="ArgumentException">the outcome does not have one entry per row, or the table is empty.</exception>
    public static PrimInput Create(Table x, IReadOnlyList<bool> y)
    {
        if (y.Count != x.RowCount) throw new ArgumentException($"{y.Count} outcomes for {x.RowCount} rows", nameof(y));
        if (x.RowCount == 0) throw new ArgumentException("the table has no rows", nameof(x));
        return new PrimInput(x, y.ToArray());
    }

    /// <summary>Cases of interest are those with outcome ≥ threshold (<see cref="ThresholdDirection.AtLeast"/>) or ≤ it.</summary>
    /// <exception cref="ArgumentException">wrong length, or a NaN outcome or threshold.</exception>
    public static PrimInput FromOutcome(Table x, IReadOnlyList<double> outcome, double threshold, ThresholdDirection direction)
    {
        Checks.Finite(threshold, nameof(threshold));
        var y = new bool[outcome.Count];
        for (int i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(outcome[i])) throw new ArgumentException($"outcome {i} is NaN", nameof(outcome));
            y[i] = direction == ThresholdDirection.AtLeast ? outcome[i] >= threshold : outcome[i] <= threshold;
        }
        return Create(x, y);
    }

    /// <summary>Reads a CSV of inputs plus one outcome column; see <see cref="PrimCsvOptions"/>.</summary>
    /// <exception cref="InputException">the file is malformed; the message names file, line, column and field.</exception>
    public static PrimInput FromCsv(string path, string outcomeColumn, double? threshold = null,
        ThresholdDirection direction = ThresholdDirection.AtLeast) =>
        FromCsv(path, new PrimCsvOptions { OutcomeColumn = outcomeColumn, Threshold = threshold, Direction = direction });

    /// <inheritdoc cref="FromCsv(string, string, double?, ThresholdDirection)"/>
    public static PrimInput FromCsv(string path, PrimCsvOptions options)
    {
        return ParseCsv(BoundedFile.ReadText(path, "discovery", BoundedFile.MaxTableBytes), path, options);
    }

    /// <summary>As <see cref="FromCsv(string, PrimCsvOptions)"/>, on text already read; <paramref name="file"/> names it in errors.</summary>
    public static PrimInput ParseCsv(string text, string file, PrimCsvOptions options)
    {
        var grid = CsvTable.Parse(text, file, MaxCells);
        foreach (var r in grid.Rows)
            if (r.Count != grid.Header.Count)
                throw new InputException(file, r[0].Line, 0, "", $"the record has {r.Count} fields but the header has {grid.Header.Count}");
        var names = grid.Header.Select(h => h.Text).ToArray();
        if (names.Length > MaxColumns)
            throw new InputException(file, 1, grid.Header[MaxColumns].Column, "", $"more than {MaxColumns} columns");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < names.Length; j++)
        {
            if (names[j].Length == 0) throw new InputException(file, 1, grid.Header[j].Column, "", "a column has no name");
            if (!seen.Add(names[j]))
                throw new InputException(file, 1, grid.Header[j].Column, names[j], "duplicate column name");
        }
        int outcome = Array.IndexOf(names, options.OutcomeColumn);
        if (outcome < 0)
            throw new InputException(file, 1, 0, options.OutcomeColumn, $"no such column (columns: {string.Join(", ", names)})");
        foreach (var n in options.IgnoredColumns.Concat(options.CategoricalColumns))
            if (!names.Contains(n)) throw new InputException(file, 1, 0, n, "named in the options but not in the header");
        if (grid.Rows.Count == 0) throw new InputException(file, 0, 0, "", "no data rows");

        var y = new bool[grid.Rows.Count];
        for (int i = 0; i < y.Length; i++) y[i] = ParseOutcome(grid.Rows[i][outcome], file, names[outcome], options);

        var columns = new List<TableColumn>();
        for (int j = 0; j < names.Length; j++)
        {
            if (j == outcome || options.IgnoredColumns.Contains(names[j])) continue;
            foreach (var row in grid.Rows)
                if (row[j].Text.Length == 0) throw new InputException(file, row[j].Line, row[j].Column, names[j], "empty cell: missing values are not supported");
            var numbers = new double[grid.Rows.Count];
            // A column is numeric unless it is named categorical or none of its cells is a number: one NaN or word in
            // a column of numbers is an error, not a silent switch to categories.
            bool numeric = !options.CategoricalColumns.Contains(names[j]) && grid.Rows.Any(r => IsNumber(r[j].Text));
            for (int i = 0; i < numbers.Length && numeric; i++)
                if (!TryNumber(grid.Rows[i][j].Text, out numbers[i]))
                    throw new InputException(file, grid.Rows[i][j].Line, grid.Rows[i][j].Column, names[j],
                        $"'{grid.Rows[i][j].Text}' is not a finite number in a column of numbers");
            columns.Add(numeric
                ? TableColumn.Real(names[j], numbers)
                : TableColumn.Categorical(names[j], grid.Rows.Select(r => r[j].Text)));
        }
        if (columns.Count == 0) throw new InputException(file, 1, 0, "", "no input columns besides the outcome");
        return Create(new Table(columns), y);
    }

    private static bool ParseOutcome(CsvCell cell, string file, string name, PrimCsvOptions options)
    {
        if (options.Threshold is { } t)
        {
            if (!TryNumber(cell.Text, out var v))
                throw new InputException(file, cell.Line, cell.Column, name, $"'{cell.Text}' is not a finite number");
            return options.Direction == ThresholdDirection.AtLeast ? v >= t : v <= t;
        }
        return cell.Text.ToLowerInvariant() switch
        {
            "1" or "true" => true,
            "0" or "false" => false,
            _ => throw new InputException(file, cell.Line, cell.Column, name,
                $"'{cell.Text}' is not 0/1 or true/false (give a threshold for a continuous outcome)"),
        };
    }

    /// <summary>Parses as a number at all (NaN and Infinity included: they mark the column as numeric and are then refused).</summary>
    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool TryNumber(string s, out double v) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);

    /// <summary>The input on the given rows (rows may repeat).</summary>
    internal PrimInput Rows(int[] rows)
    {
        var y = new bool[rows.Length];
        for (int i = 0; i < rows.Length; i++) y[i] = Interest[rows[i]];
        return new PrimInput(X.Rows(rows), y, RawValues is null ? null : rows.Select(r => RawValues[r]).ToArray(), Maximise);
    }
}
