namespace Spokes.Formal.Bargaining;

/// <summary>The offer one actor accepted in a round: from whom, of which kind, and where it went. Immutable.</summary>
public sealed record ActorMove(int Actor, int Counterpart, OfferKind Kind, double From, double To);
