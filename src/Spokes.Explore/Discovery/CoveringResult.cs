namespace Spokes.Explore.Discovery;

/// <summary>The boxes of a covering sequence, what is left uncovered, and why the sequence stopped. Immutable.</summary>
public sealed class CoveringResult
{
    internal CoveringResult(IReadOnlyList<CoveringBox> boxes, int remainingRows, int remainingInterest, string stopReason)
    {
        Boxes = boxes;
        RemainingRows = remainingRows;
        RemainingCasesOfInterest = remainingInterest;
        StopReason = stopReason;
    }

    public IReadOnlyList<CoveringBox> Boxes { get; }

    /// <summary>Share of all cases of interest inside one of the boxes (the boxes do not overlap in rows).</summary>
    public double TotalCoverage => Boxes.Sum(b => b.Selected.Box.Coverage);

    public int RemainingRows { get; }

    public int RemainingCasesOfInterest { get; }

    public string StopReason { get; }
}
