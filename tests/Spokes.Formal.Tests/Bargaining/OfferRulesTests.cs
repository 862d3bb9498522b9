using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

public class OfferRulesTests
{
    private static readonly BargainingMode[] Modes = [BargainingMode.Scholz, BargainingMode.Faithful];

    [Fact]
    public void Confrontation_when_both_gain_and_the_other_gains_more()
    {
        foreach (var mode in Modes)
        {
            var o = OfferRules.Classify(mode, 3, xi: 2, xj: 8, euIj: 0.1, euJi: 0.4);
            Assert.Equal(new Offer(3, OfferKind.Confrontation, 8, 0.1, 0.4), o);
            Assert.Null(OfferRules.Classify(mode, 3, 2, 8, euIj: 0.4, euJi: 0.1)); // i would win: j moves, not i
        }
    }

    [Fact]
    public void Compromise_moves_by_the_ratio_of_the_utilities()
    {
        foreach (var mode in Modes)
        {
            var o = OfferRules.Classify(mode, 1, xi: 2, xj: 8, euIj: -0.1, euJi: 0.4);
            Assert.NotNull(o);
            Assert.Equal(OfferKind.Compromise, o.Kind);
            Assert.Equal(2 + 6 * 0.25, o.NewPosition, 14);
        }
    }

    [Fact]
    public void Capitulation_happens_only_in_faithful_mode()
    {
        var faithful = OfferRules.Classify(BargainingMode.Faithful, 1, xi: 2, xj: 8, euIj: -0.5, euJi: 0.4);
        Assert.Equal(new Offer(1, OfferKind.Capitulation, 8, -0.5, 0.4), faithful);
        Assert.Null(OfferRules.Classify(BargainingMode.Scholz, 1, 2, 8, -0.5, 0.4));
    }

    [Fact]
    public void Scholz_mode_never_yields_a_capitulation()
    {
        Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 1]).Sample((eij, eji) =>
            OfferRules.Classify(BargainingMode.Scholz, 0, 0, 1, eij, eji)?.Kind != OfferKind.Capitulation);
    }

    [Fact]
    public void Faithful_mode_leaves_no_gap_between_compromise_and_capitulation()
    {
        // Whenever only the other gains, the actor gives way: by the ratio, capped at the whole distance.
        Gen.Select(Gen.Double[-1, -1e-6], Gen.Double[1e-6, 1]).Sample((eij, eji) =>
        {
            var o = OfferRules.Classify(BargainingMode.Faithful, 0, 0, 1, eij, eji);
            return o is not null && Math.Abs(o.NewPosition - Math.Min(1, Math.Abs(eij / eji))) < 1e-12;
        });
    }

    [Fact]
    public void Confrontations_come_first_and_the_smallest_move_wins()
    {
        double[] x = [5, 9, 6, 3];
        var offers = new[]
        {
            new Offer(1, OfferKind.Compromise, 5.5, -0.1, 0.5),
            new Offer(2, OfferKind.Confrontation, 6, 0.1, 0.2),
            new Offer(3, OfferKind.Confrontation, 3, 0.1, 0.2),
        };
        foreach (var mode in Modes)
            Assert.Equal(2, OfferRules.Choose(mode, 5, x, offers)?.From);
    }

    [Fact]
    public void Compromise_choice_differs_between_modes()
    {
        // Actor at 5. Offer from the actor at 9 moves it to 5.4 (small move) but its weighted position
        // (0.1·5 + 1·9)/1.1 ≈ 8.64 is high; the offer from the actor at 0 moves it to 3 (big move), weighted
        // position (0.4·5 + 0.6·0)/1.0 = 2, low. The replication takes the lowest weighted position.
        double[] x = [5, 9, 0];
        var offers = new[]
        {
            new Offer(1, OfferKind.Compromise, 5.4, -0.1, 1.0),
            new Offer(2, OfferKind.Compromise, 3.0, -0.4, 0.6),
        };
        Assert.Equal(2, OfferRules.Choose(BargainingMode.Scholz, 5, x, offers)?.From);
        Assert.Equal(1, OfferRules.Choose(BargainingMode.Faithful, 5, x, offers)?.From);
    }

    [Fact]
    public void Ties_go_to_the_first_actor()
    {
        double[] x = [5, 7, 3];
        var offers = new[] { new Offer(1, OfferKind.Confrontation, 7, 0.1, 0.2), new Offer(2, OfferKind.Confrontation, 3, 0.1, 0.2) };
        Assert.Equal(1, OfferRules.Choose(BargainingMode.Scholz, 5, x, offers)?.From);
        Assert.Null(OfferRules.Choose(BargainingMode.Scholz, 5, x, []));
    }
}
