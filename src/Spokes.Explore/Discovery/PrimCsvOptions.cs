namespace Spokes.Explore.Discovery;

/// <summary>
/// How to read a CSV of inputs plus an outcome column into a <see cref="PrimInput"/>. Immutable. Every column other
/// than the outcome and the <see cref="IgnoredColumns"/> is an input: numeric if every cell parses as a finite number
/// (invariant culture), otherwise categorical (its labels in ordinal order), unless named in
/// <see cref="CategoricalColumns"/>.
/// </summary>
public sealed record PrimCsvOptions
{
    private readonly string _outcomeColumn = "";
    private readonly double? _threshold;

    /// <summary>The outcome column.</summary>
    public required string OutcomeColumn
    {
        get => _outcomeColumn;
        init => _outcomeColumn = string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("the outcome column needs a name", nameof(OutcomeColumn))
            : value;
    }

    /// <summary>
    /// With a threshold the outcome is numeric and a case is of interest when it lies on the
    /// <see cref="Direction"/> side; without one the outcome must be 0/1 or true/false.
    /// </summary>
    public double? Threshold
    {
        get => _threshold;
        init => _threshold = value is { } t && !double.IsFinite(t)
            ? throw new ArgumentException("the threshold must be a finite number", nameof(Threshold))
            : value;
    }

    public ThresholdDirection Direction { get; init; } = ThresholdDirection.AtLeast;

    /// <summary>Columns that are neither inputs nor the outcome (run ids, other outcomes).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = Array.Empty<string>();

    /// <summary>Numeric columns to treat as categorical (codes such as policy numbers).</summary>
    public IReadOnlyList<string> CategoricalColumns { get; init; } = Array.Empty<string>();
}
