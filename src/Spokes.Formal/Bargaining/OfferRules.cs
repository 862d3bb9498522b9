namespace Spokes.Formal.Bargaining;

/// <summary>
/// Which offer an actor i receives from j and which of its offers it accepts (Bueno de Mesquita 1994; Scholz,
/// Calbert &amp; Smith 2011). From i's viewpoint, with EU_ij = EU^i(i → j) and EU_ji = EU^i(j → i):
/// <list type="bullet">
/// <item>confrontation if EU_ji &gt; EU_ij &gt; 0: i expects to lose the contest and moves to x_j;</item>
/// <item>compromise if EU_ji &gt; 0 &gt; EU_ij and EU_ji &gt; |EU_ij|: i moves to x_i + (x_j − x_i)·|EU_ij/EU_ji|;</item>
/// <item>capitulation if EU_ji &gt; 0 &gt; EU_ij and EU_ji ≤ |EU_ij| (faithful mode only): i moves to x_j. The
/// replication tests EU_ji &lt; |EU_ji| instead, which is never true, so in <see cref="BargainingMode.Scholz"/>
/// mode nobody capitulates;</item>
/// <item>otherwise no offer.</item>
/// </list>
/// An actor takes a confrontation if it has any, else a compromise, else a capitulation. Among confrontations
/// (and capitulations) it takes the one that moves it least, |x_i − x_new|, the first in actor order on a tie.
/// Among compromises the faithful mode does the same; the replication instead takes the compromise with the lowest
/// weighted position (|EU_ij|·x_i + |EU_ji|·x_j)/(|EU_ij| + |EU_ji|), which favours low positions.
/// </summary>
public static class OfferRules
{
    /// <summary>The offer i receives from j, or null (see the class summary).</summary>
    public static Offer? Classify(BargainingMode mode, int from, double xi, double xj, double euIj, double euJi)
    {
        if (euJi > euIj && euIj > 0) return new Offer(from, OfferKind.Confrontation, xj, euIj, euJi);
        if (euJi > 0 && 0 > euIj)
        {
            if (euJi > Math.Abs(euIj))
                return new Offer(from, OfferKind.Compromise, xi + (xj - xi) * Math.Abs(euIj / euJi), euIj, euJi);
            // The replication's test reads `eu_ji < abs(eu_ji)`: never true, so its capitulation branch is dead.
            bool capitulates = mode == BargainingMode.Faithful && euJi <= Math.Abs(euIj);
            if (capitulates) return new Offer(from, OfferKind.Capitulation, xj, euIj, euJi);
        }
        return null;
    }

    /// <summary>The offer actor i (at x_i) accepts, or null when it has none (see the class summary).</summary>
    public static Offer? Choose(BargainingMode mode, double xi, IReadOnlyList<double> positions, IReadOnlyList<Offer> offers)
    {
        Offer? Least(OfferKind kind, Func<Offer, double> key)
        {
            Offer? best = null;
            double bestKey = double.PositiveInfinity;
            foreach (var o in offers)
            {
                if (o.Kind != kind) continue;
                double k = key(o);
                if (best is null || k < bestKey) (best, bestKey) = (o, k);
            }
            return best;
        }
        double Move(Offer o) => Math.Abs(xi - o.NewPosition);
        double WeightedPosition(Offer o) =>
            (Math.Abs(o.ReceiverUtility) * xi + Math.Abs(o.ProposerUtility) * positions[o.From])
            / (Math.Abs(o.ReceiverUtility) + Math.Abs(o.ProposerUtility));

        return Least(OfferKind.Confrontation, Move)
            ?? Least(OfferKind.Compromise, mode == BargainingMode.Scholz ? WeightedPosition : Move)
            ?? Least(OfferKind.Capitulation, Move);
    }
}
