namespace Spokes.Formal.Bargaining;

/// <summary>Which reading of the expected-utility model to run. The differences are listed in docs/bargaining.md.</summary>
public enum BargainingMode
{
    /// <summary>
    /// Reproduces the published replication of Scholz, Calbert &amp; Smith (2011) exactly, quirks included: the win
    /// probability is divided by the sum of all votes over every pair of positions, the capitulation branch can
    /// never be taken, and among compromise offers the one with the lowest weighted position is taken.
    /// </summary>
    Scholz,

    /// <summary>
    /// The model as the paper and Bueno de Mesquita (1994) describe it: the win probability is the share of the
    /// votes cast in that contest, an actor whose loss outweighs the challenger's gain capitulates, and every offer
    /// is chosen as the one that moves the actor least.
    /// </summary>
    Faithful,
}
