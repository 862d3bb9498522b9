using System.Globalization;

namespace Spokes.Explore.Discovery;

/// <summary>
/// A box's limit on one column. Real: the interval [<see cref="Lower"/>, <see cref="Upper"/>] against the data's range
/// [<see cref="Minimum"/>, <see cref="Maximum"/>]. Categorical: the allowed categories. Immutable.
/// </summary>
public sealed record DimensionLimit
{
    internal DimensionLimit(int column, string name, ColumnKind kind, double lower, double upper, double minimum,
        double maximum, IReadOnlyList<int> allowedCodes, IReadOnlyList<string> allowedCategories, int categoryCount)
    {
        Column = column;
        Name = name;
        Kind = kind;
        Lower = lower;
        Upper = upper;
        Minimum = minimum;
        Maximum = maximum;
        AllowedCodes = allowedCodes;
        AllowedCategories = allowedCategories;
        CategoryCount = categoryCount;
    }

    /// <summary>Index of the column in the table.</summary>
    public int Column { get; }

    public string Name { get; }

    public ColumnKind Kind { get; }

    /// <summary>Lower limit (real columns; NaN for categorical).</summary>
    public double Lower { get; }

    /// <summary>Upper limit (real columns; NaN for categorical).</summary>
    public double Upper { get; }

    /// <summary>The smallest value in the data (real columns; NaN for categorical).</summary>
    public double Minimum { get; }

    /// <summary>The largest value in the data (real columns; NaN for categorical).</summary>
    public double Maximum { get; }

    /// <summary>Allowed category codes (categorical columns; empty for real).</summary>
    public IReadOnlyList<int> AllowedCodes { get; }

    /// <summary>Allowed category labels (categorical columns; empty for real).</summary>
    public IReadOnlyList<string> AllowedCategories { get; }

    /// <summary>Number of categories of the column (0 for real).</summary>
    public int CategoryCount { get; }

    public bool LowerRestricted => Kind == ColumnKind.Real && Lower > Minimum;

    public bool UpperRestricted => Kind == ColumnKind.Real && Upper < Maximum;

    /// <summary>Whether the box narrows this column at all.</summary>
    public bool IsRestricted => Kind == ColumnKind.Real ? LowerRestricted || UpperRestricted : AllowedCodes.Count < CategoryCount;

    /// <summary>The limit as text: <c>[0.2, 0.6]</c> or <c>{A, C}</c>.</summary>
    public override string ToString() => Kind == ColumnKind.Real
        ? string.Create(CultureInfo.InvariantCulture, $"[{Lower:G4}, {Upper:G4}]")
        : "{" + string.Join(", ", AllowedCategories) + "}";
}
