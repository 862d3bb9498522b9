namespace Spokes.Formal.Bargaining;

/// <summary>Why a run ended.</summary>
public enum BargainingStop
{
    /// <summary>A round passed in which no actor moved; every later round would repeat it.</summary>
    Stable,

    /// <summary>The positions returned to those reached after an earlier round (or the start); from there the same
    /// rounds repeat forever. <see cref="BargainingResult.CycleLength"/> gives the period.</summary>
    Cycle,

    /// <summary>The cap on rounds was reached while actors were still moving.</summary>
    RoundCap,
}

/// <summary>
/// A whole run: the actors and options, the issue range D, the starting positions and forecasts, and every round
/// played. Immutable.
/// </summary>
public sealed record BargainingResult(
    IReadOnlyList<BargainingActor> Actors,
    BargainingOptions Options,
    double Range,
    IReadOnlyList<double> StartPositions,
    double StartMean,
    double StartMedian,
    IReadOnlyList<BargainingRound> Rounds,
    BargainingStop Stop)
{
    /// <summary>The period, in rounds, of the cycle the run ended in; 0 unless <see cref="Stop"/> is
    /// <see cref="BargainingStop.Cycle"/>.</summary>
    public int CycleLength { get; init; }

    /// <summary>The positions after the last round played (the start positions if none was).</summary>
    public IReadOnlyList<double> FinalPositions => Rounds.Count > 0 ? Rounds[^1].Positions : StartPositions;

    /// <summary>The weighted mean after the last round played.</summary>
    public double FinalMean => Rounds.Count > 0 ? Rounds[^1].Mean : StartMean;

    /// <summary>The median voter position after the last round played.</summary>
    public double FinalMedian => Rounds.Count > 0 ? Rounds[^1].Median : StartMedian;
}
