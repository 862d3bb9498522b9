using System.Globalization;

namespace Spokes.Explore.Discovery;

/// <summary>
/// One named column of a <see cref="Table"/>: finite numbers (<see cref="ColumnKind.Real"/>) or integer category
/// codes with their labels (<see cref="ColumnKind.Categorical"/>). Immutable; the values are copied on creation.
/// </summary>
public sealed class TableColumn
{
    private static readonly IReadOnlyList<string> NoCategories = Array.Empty<string>();

    private TableColumn(string name, ColumnKind kind, double[] values, IReadOnlyList<string> categories)
    {
        Name = name;
        Kind = kind;
        Data = values;
        Categories = categories;
    }

    public string Name { get; }

    public ColumnKind Kind { get; }

    /// <summary>The category labels, indexed by code; empty for a real column.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Data.Length;

    /// <summary>The value in a row: the number, or the category code as a double.</summary>
    public double this[int row] => Data[row];

    /// <summary>The raw values, shared with the algorithms of this namespace; never written to.</summary>
    internal double[] Data { get; }

    /// <summary>A column of finite numbers.</summary>
    /// <exception cref="ArgumentException">empty name, or a NaN or infinite value (the message names the row).</exception>
    public static TableColumn Real(string name, IEnumerable<double> values)
    {
        CheckName(name);
        var data = values.ToArray();
        for (int i = 0; i < data.Length; i++)
            if (!double.IsFinite(data[i]))
                throw new ArgumentException($"column '{name}', row {i}: {data[i]} is not a finite number", nameof(values));
        return new TableColumn(name, ColumnKind.Real, data, NoCategories);
    }

    /// <summary>A categorical column from codes 0..k−1 and the k labels they stand for.</summary>
    /// <exception cref="ArgumentException">no labels, duplicate labels, or a code outside 0..k−1.</exception>
    public static TableColumn Categorical(string name, IEnumerable<int> codes, IReadOnlyList<string> categories)
    {
        CheckName(name);
        if (categories.Count == 0) throw new ArgumentException($"column '{name}' needs at least one category", nameof(categories));
        if (categories.Distinct(StringComparer.Ordinal).Count() != categories.Count)
            throw new ArgumentException($"column '{name}' has duplicate category labels", nameof(categories));
        var data = codes.Select((c, i) => c >= 0 && c < categories.Count
                ? (double)c
                : throw new ArgumentException($"column '{name}', row {i}: code {c} is outside 0..{categories.Count - 1}", nameof(codes)))
            .ToArray();
        return new TableColumn(name, ColumnKind.Categorical, data, categories.ToArray());
    }

    /// <summary>A categorical column from labels; the categories are the distinct labels in ordinal order.</summary>
    public static TableColumn Categorical(string name, IEnumerable<string> labels)
    {
        var list = labels.ToArray();
        var categories = list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var code = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return Categorical(name, list.Select(l => code[l]), categories);
    }

    /// <summary>A value as text: the label of a category code, or the number (invariant culture, "G6").</summary>
    public string Format(double value) =>
        Kind == ColumnKind.Categorical ? Categories[(int)value] : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>This column restricted to (or resampled on) the given rows, in that order; categories are kept.</summary>
    internal TableColumn Rows(int[] rows)
    {
        var data = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++) data[i] = Data[rows[i]];
        return new TableColumn(Name, Kind, data, Categories);
    }

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a column needs a name", nameof(name));
    }
}
