namespace Spokes.Model.Parameters;

/// <summary>
/// One value for every <see cref="ParameterId"/>. Immutable: <c>With</c> returns a copy, so a set can be
/// shared between threads of an ensemble.
/// </summary>
public sealed class ParameterSet
{
    private readonly double[] _values;
    // Per-spoke overrides, by parameter: null when none; a row holds NaN for the spokes that use the global value.
    private readonly double[]?[]? _bySpoke;

    private ParameterSet(double[] values, double[]?[]? bySpoke = null) => (_values, _bySpoke) = (values, bySpoke);

    /// <summary>
    /// The parameters that may take a different value per spoke (scenario files: <c>parameters: {bandwagonWeight:
    /// {JPN: 1.0}}</c>): those of the alignment equation, which its mechanism reads per spoke through
    /// <see cref="this[ParameterId, int]"/>. Every other parameter is read once for all spokes, so a per-spoke value
    /// would be ignored; <see cref="WithSpoke"/> refuses them.
    /// </summary>
    public static IReadOnlyList<ParameterId> PerSpoke { get; } =
    [
        ParameterId.BeliefAlignmentWeight, ParameterId.EntrapmentAlignmentWeight, ParameterId.IndependenceAlignmentWeight,
        ParameterId.BandwagonWeight, ParameterId.OrientationAlignment, ParameterId.AlignmentAwayRate, ParameterId.AlignmentReturnRatio,
    ];

    /// <summary>The documented defaults.</summary>
    public static ParameterSet Defaults { get; } = new(ParameterCatalog.All.Select(p => p.Default).ToArray());

    public double this[ParameterId id] => _values[(int)id];

    /// <summary>The value spoke <paramref name="spoke"/> uses: its own override if it has one, else the global value.</summary>
    public double this[ParameterId id, int spoke] =>
        _bySpoke?[(int)id] is { } row && spoke < row.Length && !double.IsNaN(row[spoke]) ? row[spoke] : _values[(int)id];

    /// <summary>True when some spoke has its own value of some parameter.</summary>
    public bool HasSpokeOverrides => _bySpoke is not null;

    /// <summary>A copy in which spoke <paramref name="spoke"/> (an index into the baseline's spokes) uses its own value
    /// of <paramref name="id"/>. Throws for a parameter not in <see cref="PerSpoke"/> or a value outside the range.</summary>
    public ParameterSet WithSpoke(ParameterId id, int spoke, double value)
    {
        var info = ParameterCatalog.Get(id);
        if (!PerSpoke.Contains(id))
            throw new ArgumentException($"{info.Key} is read once for all spokes; per-ally values apply only to {string.Join(", ", PerSpoke.Select(p => ParameterCatalog.Get(p).Key))}", nameof(id));
        if (double.IsNaN(value) || value < info.Min || value > info.Max)
            throw new ArgumentOutOfRangeException(nameof(value), $"{info.Key} = {value} is outside its range [{info.Min}, {info.Max}]");
        ArgumentOutOfRangeException.ThrowIfNegative(spoke);
        var table = _bySpoke is null ? new double[]?[_values.Length] : (double[]?[])_bySpoke.Clone();
        var old = table[(int)id];
        var row = new double[Math.Max(spoke + 1, old?.Length ?? 0)];
        Array.Fill(row, double.NaN);
        old?.CopyTo(row, 0);
        row[spoke] = value;
        table[(int)id] = row;
        return new ParameterSet(_values, table);
    }

    /// <summary>A copy with one value replaced. Throws when the value is NaN or outside the documented range.</summary>
    public ParameterSet With(ParameterId id, double value)
    {
        var info = ParameterCatalog.Get(id);
        if (double.IsNaN(value) || value < info.Min || value > info.Max)
            throw new ArgumentOutOfRangeException(nameof(value),
                $"{info.Key} = {value} is outside its range [{info.Min}, {info.Max}]");
        var copy = (double[])_values.Clone();
        copy[(int)id] = value;
        return new ParameterSet(copy, _bySpoke); // a spoke's own value still wins over the new global one
    }

    /// <summary>A copy with several values replaced (each checked as in <c>With</c>).</summary>
    public ParameterSet With(IEnumerable<KeyValuePair<ParameterId, double>> overrides)
    {
        var result = this;
        foreach (var (id, v) in overrides) result = result.With(id, v);
        return result;
    }

    /// <summary>A copy with <paramref name="ids"/>[j] set to <paramref name="values"/>[j] (checked as in <c>With</c>;
    /// a later entry for the same id wins), made with one copy instead of one per value (an ensemble's experiment).</summary>
    public ParameterSet With(ReadOnlySpan<ParameterId> ids, ReadOnlySpan<double> values)
    {
        if (ids.Length != values.Length) throw new ArgumentException("one value per parameter");
        var copy = (double[])_values.Clone();
        for (int j = 0; j < ids.Length; j++)
        {
            var info = ParameterCatalog.Get(ids[j]);
            double value = values[j];
            if (double.IsNaN(value) || value < info.Min || value > info.Max)
                throw new ArgumentOutOfRangeException(nameof(values), $"{info.Key} = {value} is outside its range [{info.Min}, {info.Max}]");
            copy[(int)ids[j]] = value;
        }
        return new ParameterSet(copy, _bySpoke);
    }
}
