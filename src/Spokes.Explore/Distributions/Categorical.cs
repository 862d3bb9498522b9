namespace Spokes.Explore.Distributions;

/// <summary>
/// Equally likely categories (scenario labels, policy variants): Q(u) = ⌊u·k⌋ for k categories, the index of the
/// chosen category as a number (u = 1 gives k − 1), so the mean is (k − 1)/2 and the variance (k² − 1)/12.
/// <see cref="Label"/> returns the category itself.
/// </summary>
public sealed record Categorical : IParameterDistribution
{
    private readonly string[] _values;

    /// <summary>Creates a categorical distribution over the given labels, in order.</summary>
    /// <exception cref="ArgumentNullException">values or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">values is empty or holds a label twice.</exception>
    public Categorical(params string[] values)
    {
        Require.NotNull(values, nameof(values));
        if (values.Length == 0)
            throw new ArgumentException("at least one category is needed", nameof(values));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value is null)
                throw new ArgumentNullException(nameof(values), "a category label is null");
            if (!seen.Add(value))
                throw new ArgumentException($"category '{value}' appears twice", nameof(values));
        }
        _values = (string[])values.Clone();
    }

    /// <summary>The category labels, in index order.</summary>
    public IReadOnlyList<string> Values => _values;

    public double Minimum => 0;

    public double Maximum => _values.Length - 1;

    public double Mean => 0.5 * (_values.Length - 1);

    public double Variance => ((double)_values.Length * _values.Length - 1) / 12;

    public double Quantile(double u) => Index(u);

    /// <summary>Index of the category that u selects.</summary>
    public int Index(double u)
    {
        Require.UnitCoordinate(u, nameof(u));
        return Math.Min((int)Math.Floor(u * _values.Length), _values.Length - 1);
    }

    /// <summary>The category label that u selects.</summary>
    public string Label(double u) => _values[Index(u)];

    /// <summary>Value equality over the labels in order (the default record equality would compare the array reference).</summary>
    public bool Equals(Categorical? other) =>
        other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
            hash.Add(value, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
