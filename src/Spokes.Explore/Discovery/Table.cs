namespace Spokes.Explore.Discovery;

/// <summary>
/// A plain table of input columns, the only thing scenario discovery sees (never the model): named columns of equal
/// length, real or categorical. Immutable.
/// </summary>
public sealed class Table
{
    private readonly Dictionary<string, int> _index;

    /// <exception cref="ArgumentException">no columns, duplicate names, or columns of different lengths.</exception>
    public Table(IEnumerable<TableColumn> columns)
    {
        var list = columns.ToArray();
        if (list.Length == 0) throw new ArgumentException("a table needs at least one column", nameof(columns));
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int j = 0; j < list.Length; j++)
        {
            if (!_index.TryAdd(list[j].Name, j)) throw new ArgumentException($"duplicate column '{list[j].Name}'", nameof(columns));
            if (list[j].Count != list[0].Count)
                throw new ArgumentException(
                    $"column '{list[j].Name}' has {list[j].Count} rows but '{list[0].Name}' has {list[0].Count}", nameof(columns));
        }
        Columns = list;
        RowCount = list[0].Count;
    }

    /// <summary>A table of real columns from rows of numbers (row-major, as in <c>double[][]</c>).</summary>
    /// <exception cref="ArgumentException">a row whose length differs from the number of names, or a non-finite value.</exception>
    public static Table FromRows(IReadOnlyList<string> names, IReadOnlyList<double[]> rows)
    {
        for (int i = 0; i < rows.Count; i++)
            if (rows[i].Length != names.Count)
                throw new ArgumentException($"row {i} has {rows[i].Length} values but there are {names.Count} columns", nameof(rows));
        return new Table(names.Select((n, j) => TableColumn.Real(n, rows.Select(r => r[j]))));
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public int RowCount { get; }

    public int ColumnCount => Columns.Count;

    /// <summary>The value in a row and column (a category code for a categorical column).</summary>
    public double this[int row, int column] => Columns[column][row];

    /// <exception cref="KeyNotFoundException">no column has that name.</exception>
    public TableColumn this[string name] => Columns[IndexOf(name)];

    /// <exception cref="KeyNotFoundException">no column has that name.</exception>
    public int IndexOf(string name) =>
        _index.TryGetValue(name, out var j) ? j : throw new KeyNotFoundException($"no column '{name}'");

    /// <summary>The table on the given rows, in that order (rows may repeat, as in a bootstrap resample).</summary>
    internal Table Rows(int[] rows) => new(Columns.Select(c => c.Rows(rows)));
}
