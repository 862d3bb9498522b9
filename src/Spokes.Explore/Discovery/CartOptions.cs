namespace Spokes.Explore.Discovery;

/// <summary>
/// Settings of CART scenario discovery. Immutable; invalid values throw on <c>init</c>. Defaults as EMA Workbench's
/// <c>CART</c>: each leaf holds at least <see cref="MinMass"/> of the rows (sklearn's <c>min_samples_leaf</c> =
/// ⌊mass_min·n⌋), no depth limit.
/// </summary>
public sealed record CartOptions
{
    private readonly double _minMass = 0.05;
    private readonly int _maxDepth = int.MaxValue;

    /// <exception cref="ArgumentOutOfRangeException">not in (0, 0.5].</exception>
    public double MinMass
    {
        get => _minMass;
        init => _minMass = value is > 0 and <= 0.5 ? value : throw new ArgumentOutOfRangeException(nameof(MinMass), value, "must lie in (0, 0.5]");
    }

    /// <summary>Deepest split level (1 = one split); int.MaxValue for none.</summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "must be at least 1");
    }

    /// <summary>Seed of the order in which inputs are tried (it only breaks exact ties between splits).</summary>
    public int Seed { get; init; } = 1;
}
