namespace Spokes.Explore.Discovery;

/// <summary>Settings of a resampling stability check. Immutable; invalid values throw on <c>init</c>.</summary>
public sealed record ResampleOptions
{
    /// <summary>Default number of resamples (EMA Workbench uses 10; more gives steadier shares).</summary>
    public const int DefaultIterations = 20;

    /// <summary>Default subsample fraction, as in EMA Workbench.</summary>
    public const double DefaultFraction = 0.5;

    private readonly int _iterations = DefaultIterations;
    private readonly double _fraction = DefaultFraction;

    /// <summary>Seed of the random source (MathNet Xoshiro256**); the same seed gives the same result.</summary>
    public required int Seed { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">less than 1.</exception>
    public int Iterations
    {
        get => _iterations;
        init => _iterations = Checks.AtLeast(value, 1, nameof(Iterations));
    }

    public ResampleMethod Method { get; init; } = ResampleMethod.Bootstrap;

    /// <summary>Share of rows drawn by <see cref="ResampleMethod.Subsample"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">not in (0, 1).</exception>
    public double Fraction
    {
        get => _fraction;
        init => _fraction = Checks.InOpenInterval(value, 0, 1, nameof(Fraction));
    }
}
