namespace Spokes.Explore.Discovery;

/// <summary>Settings of a covering sequence (<see cref="Prim.RunCovering"/>). Immutable; invalid values throw on <c>init</c>.</summary>
public sealed record CoveringOptions
{
    /// <summary>Default cap on boxes.</summary>
    public const int DefaultMaxBoxes = 5;

    private readonly int _maxBoxes = DefaultMaxBoxes;

    /// <summary>How each search's box is chosen; a search whose trajectory has no box meeting it ends the sequence.</summary>
    public required BoxSelection Selection { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">less than 1.</exception>
    public int MaxBoxes
    {
        get => _maxBoxes;
        init => _maxBoxes = Checks.AtLeast(value, 1, nameof(MaxBoxes));
    }
}
