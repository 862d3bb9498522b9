namespace Spokes.Explore.Discovery;

/// <summary>How a box is chosen from a PRIM trajectory.</summary>
public enum BoxSelectionKind
{
    /// <summary>The box at a given index.</summary>
    Index,

    /// <summary>The last box (after pasting).</summary>
    Last,

    /// <summary>Of the boxes with density ≥ the value, the one with the highest coverage (ties: higher density, then earlier).</summary>
    MinDensity,

    /// <summary>Of the boxes with coverage ≥ the value, the one with the highest density (ties: higher coverage, then earlier).</summary>
    MinCoverage,

    /// <summary>
    /// The box with the highest harmonic mean of coverage and density, 2·c·d/(c + d) (ties: earlier). Read as a
    /// classifier of the cases of interest, coverage is its recall and density its precision, so this is the box's F1
    /// score; it picks the knee of the trade-off without a threshold.
    /// </summary>
    BestF1,
}
