namespace Spokes.Formal.Bargaining;

/// <summary>How to run the bargaining model: which reading, and the most rounds to play. Immutable.</summary>
public sealed record BargainingOptions
{
    /// <summary>The cap on rounds: the Scholz replication log reports ten rounds of the European Community example.</summary>
    public const int DefaultRounds = 10;

    /// <summary>A guard against runaway runs; the model has no natural horizon.</summary>
    public const int MaxRoundsLimit = 10_000;

    /// <summary>Most work accepted by `spokes bargain`, in n³ × rounds (a round evaluates every actor's expected
    /// utility against every pair): about 15 s on one shared core in a Debug build (docs/reliability.md).</summary>
    public const long MaxWork = 20_000_000;

    private readonly int _maxRounds = DefaultRounds;

    public BargainingMode Mode { get; init; } = BargainingMode.Scholz;

    /// <summary>Rounds are played until no actor moves (stable) or until this many have been played.</summary>
    /// <exception cref="ArgumentOutOfRangeException">outside [0, <see cref="MaxRoundsLimit"/>].</exception>
    public int MaxRounds
    {
        get => _maxRounds;
        init => _maxRounds = value is >= 0 and <= MaxRoundsLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRounds), value, $"rounds must lie in [0, {MaxRoundsLimit}]");
    }

    public static BargainingOptions Default { get; } = new();
}
