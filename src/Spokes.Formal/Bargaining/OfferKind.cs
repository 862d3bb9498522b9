namespace Spokes.Formal.Bargaining;

/// <summary>How an actor gives way to another (Bueno de Mesquita 1994; Scholz, Calbert &amp; Smith 2011).</summary>
public enum OfferKind
{
    /// <summary>Both expect to gain from a challenge and the other expects more: the actor loses and takes the other's position.</summary>
    Confrontation,

    /// <summary>Only the other expects to gain, and more than the actor stands to lose: the actor moves part of the way.</summary>
    Compromise,

    /// <summary>Only the other expects to gain, and the actor stands to lose more: the actor gives in entirely.</summary>
    Capitulation,
}
