namespace Spokes.Explore.Discovery;

/// <summary>
/// Settings of one PRIM search (Friedman &amp; Fisher 1999). Immutable; invalid values throw on <c>init</c>. The
/// defaults are those of EMA Workbench: peel and paste α = 0.05, minimum mass 0.05 (Friedman and Fisher recommend
/// α between 0.05 and 0.10).
/// </summary>
public sealed record PrimOptions
{
    /// <summary>Default peeling α: the share of the box's rows one peel removes.</summary>
    public const double DefaultPeelAlpha = 0.05;

    /// <summary>Default pasting α: the share of the box's rows one paste adds.</summary>
    public const double DefaultPasteAlpha = 0.05;

    /// <summary>Default minimum mass: the smallest share of all rows a box may hold.</summary>
    public const double DefaultMinMass = 0.05;

    private readonly double _peelAlpha = DefaultPeelAlpha;
    private readonly double _pasteAlpha = DefaultPasteAlpha;
    private readonly double _minMass = DefaultMinMass;

    /// <exception cref="ArgumentOutOfRangeException">not in (0, 0.5).</exception>
    public double PeelAlpha
    {
        get => _peelAlpha;
        init => _peelAlpha = Checks.InOpenInterval(value, 0, 0.5, nameof(PeelAlpha));
    }

    /// <exception cref="ArgumentOutOfRangeException">not in (0, 0.5).</exception>
    public double PasteAlpha
    {
        get => _pasteAlpha;
        init => _pasteAlpha = Checks.InOpenInterval(value, 0, 0.5, nameof(PasteAlpha));
    }

    /// <exception cref="ArgumentOutOfRangeException">not in (0, 1).</exception>
    public double MinMass
    {
        get => _minMass;
        init => _minMass = Checks.InOpenInterval(value, 0, 1, nameof(MinMass));
    }

    /// <summary>Whether to paste after peeling (default true).</summary>
    public bool Paste { get; init; } = true;

    public PeelObjective Objective { get; init; } = PeelObjective.Original;

    /// <summary>How far a paste widens a real dimension (default <see cref="PasteRule.Rows"/>; EMA uses <see cref="PasteRule.Quantile"/>).</summary>
    public PasteRule PasteRule { get; init; } = PasteRule.Rows;

    public static PrimOptions Default { get; } = new();
}
