namespace Spokes.Formal.Bargaining;

/// <summary>
/// A proposal that actor <see cref="From"/> makes, as the receiving actor sees it: its kind, the position the
/// receiver would move to, and the two expected utilities behind it (EU_ij of the receiver i challenging the
/// proposer j, and EU_ji of j challenging i, both from i's viewpoint). Immutable.
/// </summary>
public sealed record Offer(int From, OfferKind Kind, double NewPosition, double ReceiverUtility, double ProposerUtility);
