namespace Spokes.Model.Parameters;

/// <summary>
/// One value for every <see cref="ParameterId"/>. Immutable: <c>With</c> returns a copy, so a set can be
/// shared between threads of an ensemble.
/// </summary>
public sealed class ParameterSet
{
    private readonly double[] _values;

    private ParameterSet(double[] values) => _values = values;

    /// <summary>The documented defaults.</summary>
    public static ParameterSet Defaults { get; } = new(ParameterCatalog.All.Select(p => p.Default).ToArray());

    public double this[ParameterId id] => _values[(int)id];

    /// <summary>A copy with one value replaced. Throws when the value is NaN or outside the documented range.</summary>
    public ParameterSet With(ParameterId id, double value)
    {
        var info = ParameterCatalog.Get(id);
        if (double.IsNaN(value) || value < info.Min || value > info.Max)
            throw new ArgumentOutOfRangeException(nameof(value),
                $"{info.Key} = {value} is outside its range [{info.Min}, {info.Max}]");
        var copy = (double[])_values.Clone();
        copy[(int)id] = value;
        return new ParameterSet(copy);
    }

    /// <summary>A copy with several values replaced (each checked as in <c>With</c>).</summary>
    public ParameterSet With(IEnumerable<KeyValuePair<ParameterId, double>> overrides)
    {
        var result = this;
        foreach (var (id, v) in overrides) result = result.With(id, v);
        return result;
    }
}
