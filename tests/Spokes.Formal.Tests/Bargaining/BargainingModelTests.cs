using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

public class BargainingModelTests
{
    [Fact]
    public void Runs_are_deterministic()
    {
        Gen.Select(ActorGen.Actors, ActorGen.Mode).Sample((a, mode) =>
        {
            var o = new BargainingOptions { Mode = mode, MaxRounds = 15 };
            var r1 = BargainingModel.Run(a, o);
            var r2 = BargainingModel.Run(a, o);
            Assert.Equal(r1.Rounds.Count, r2.Rounds.Count);
            for (int k = 0; k < r1.Rounds.Count; k++)
            {
                Assert.Equal(r1.Rounds[k].Positions, r2.Rounds[k].Positions);
                Assert.Equal(r1.Rounds[k].RiskExponents, r2.Rounds[k].RiskExponents);
            }
        }, iter: 30);
    }

    [Fact]
    public void Positions_stay_within_the_starting_range_and_exponents_within_half_to_two()
    {
        Gen.Select(ActorGen.Actors, ActorGen.Mode).Sample((a, mode) =>
        {
            var r = BargainingModel.Run(a, new BargainingOptions { Mode = mode, MaxRounds = 15 });
            double lo = a.Min(x => x.Position), hi = a.Max(x => x.Position);
            foreach (var round in r.Rounds)
            {
                Assert.All(round.Positions, x => Assert.InRange(x, lo - 1e-9, hi + 1e-9));
                Assert.All(round.RiskExponents, x => Assert.InRange(x, 0.5 - 1e-12, 2 + 1e-12));
                Assert.InRange(round.Mean, lo - 1e-9, hi + 1e-9);
                Assert.Contains(round.Median, round.Positions);
            }
        }, iter: 60);
    }

    [Fact]
    public void Moves_are_chosen_against_the_start_of_the_round_and_applied_together()
    {
        Gen.Select(ActorGen.Actors, ActorGen.Mode).Sample((a, mode) =>
        {
            var r = BargainingModel.Run(a, new BargainingOptions { Mode = mode, MaxRounds = 3 });
            var x = r.StartPositions;
            foreach (var round in r.Rounds)
            {
                var (next, risk, moves) = BargainingModel.Step(a, x, r.Range, mode);
                Assert.Equal(next, round.Positions);
                Assert.Equal(risk, round.RiskExponents);
                foreach (var m in moves)
                {
                    Assert.Equal(x[m.Actor], m.From);                         // judged from the old position
                    if (m.Kind != OfferKind.Compromise) Assert.Equal(x[m.Counterpart], m.To); // to the proposer's old position
                }
                x = round.Positions;
            }
        }, iter: 30);
    }

    [Fact]
    public void A_stable_run_ends_with_a_round_in_which_nobody_moves()
    {
        Gen.Select(ActorGen.Actors, ActorGen.Mode).Sample((a, mode) =>
        {
            var r = BargainingModel.Run(a, new BargainingOptions { Mode = mode, MaxRounds = 40 });
            if (r.Stop != BargainingStop.Stable) return;
            Assert.DoesNotContain(r.Rounds[^1].Moves, m => m.To != m.From);
            var before = r.Rounds.Count > 1 ? r.Rounds[^2].Positions : r.StartPositions;
            Assert.Equal(before, r.Rounds[^1].Positions);
        }, iter: 30);
    }

    [Fact]
    public void Actors_who_all_agree_play_no_round()
    {
        var a = new[] { new BargainingActor("a", 1, 4, 0.5), new BargainingActor("b", 2, 4, 0.9) };
        var r = BargainingModel.Run(a, BargainingOptions.Default);
        Assert.Empty(r.Rounds);
        Assert.Equal(BargainingStop.Stable, r.Stop);
        Assert.Equal(4, r.FinalMean);
        Assert.Equal(4, r.FinalMedian);
    }

    [Fact]
    public void The_round_cap_is_respected()
    {
        var a = new[] { new BargainingActor("a", 1, 0, 1), new BargainingActor("b", 1, 10, 1), new BargainingActor("c", 1, 5, 0.5) };
        Assert.Empty(BargainingModel.Run(a, new BargainingOptions { MaxRounds = 0 }).Rounds);
        Assert.InRange(BargainingModel.Run(a, new BargainingOptions { MaxRounds = 2 }).Rounds.Count, 1, 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BargainingOptions { MaxRounds = -1 });
    }

    [Fact]
    public void Median_is_the_weighted_median_and_mean_the_weighted_mean()
    {
        // Weights 1, 1, 3: the weighted median is the heavy actor's position whatever the order.
        var a = new[] { new BargainingActor("a", 1, 0, 1), new BargainingActor("b", 1, 10, 1), new BargainingActor("c", 3, 2, 1) };
        double[] x = [0, 10, 2];
        Assert.Equal(2, PositionSummary.Median(a, x));
        Assert.Equal((0 + 10 + 6) / 5.0, PositionSummary.Mean(a, x), 14);
    }

    [Fact]
    public void A_detected_cycle_really_repeats()
    {
        Gen.Select(ActorGen.Actors, ActorGen.Mode).Sample((a, mode) =>
        {
            var r = BargainingModel.Run(a, new BargainingOptions { Mode = mode, MaxRounds = 60 });
            if (r.Stop != BargainingStop.Cycle) { Assert.Equal(0, r.CycleLength); return; }
            Assert.InRange(r.CycleLength, 2, r.Rounds.Count);
            IReadOnlyList<double> x = r.FinalPositions;
            for (int k = 0; k < r.CycleLength; k++) x = BargainingModel.Step(a, x, r.Range, mode).Positions;
            Assert.Equal(r.FinalPositions, x);
            // The state it returned to was reached once before, CycleLength rounds earlier.
            var earlier = r.Rounds.Count - r.CycleLength >= 1 ? r.Rounds[r.Rounds.Count - r.CycleLength - 1].Positions : r.StartPositions;
            Assert.Equal(r.FinalPositions, earlier);
        }, iter: 60);
    }
}
