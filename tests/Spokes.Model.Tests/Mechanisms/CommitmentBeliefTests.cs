using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

public class CommitmentBeliefTests
{
    private const int Y = 2017;

    [Fact]
    public void Troop_cut_lowers_belief_and_a_buildup_raises_it()
    {
        var cut = Runs.Run(s => s.SetRange(Y, Lever.ForcePosture, 0.5, Runs.Spoke("JPN")));
        var add = Runs.Run(s => s.SetRange(Y, Lever.ForcePosture, 1.5, Runs.Spoke("JPN")));
        var sq = Runs.Run();
        Assert.True(Runs.Final(cut, "JPN", Variable.Belief) < Runs.Final(sq, "JPN", Variable.Belief) - 0.02);
        Assert.True(Runs.Final(add, "JPN", Variable.Belief) > Runs.Final(sq, "JPN", Variable.Belief) + 0.01);
    }

    [Fact]
    public void Threat_talk_is_discounted_by_public_support()
    {
        double Drop(double support) =>
            Runs.Run(support: support).Get(2018, "KOR", Variable.Belief)
            - Runs.Run(s => s.SetRange(Y, Lever.Rhetoric, 1.0), support: support).Get(2018, "KOR", Variable.Belief);
        double high = Drop(0.89), low = Drop(0.3);
        Assert.True(high > 0, "rhetoric still lowers belief a little");
        Assert.True(low > 4 * high, $"low support drop {low} should dwarf high support drop {high}");
    }

    [Fact]
    public void Deeds_move_belief_more_than_words()
    {
        var words = Runs.Run(s => s.SetRange(Y, Lever.Reassurance, 0.5));
        var deeds = Runs.Run(s => s.SetCooperationRange(Y, 0.5));
        var sq = Runs.Run();
        double w = Runs.Final(words, "JPN", Variable.Belief) - Runs.Final(sq, "JPN", Variable.Belief);
        double d = Runs.Final(deeds, "JPN", Variable.Belief) - Runs.Final(sq, "JPN", Variable.Belief);
        Assert.True(w > 0 && d > w);
    }

    [Fact]
    public void Belief_is_sticky_one_year_closes_only_part_of_the_gap()
    {
        var t = Runs.Run(s => s.SetRange(Y, Lever.Withdrawal, 1.0));
        double start = t.Get(2016, "JPN", Variable.Belief), y1 = t.Get(2017, "JPN", Variable.Belief), y9 = t.Get(Runs.End, "JPN", Variable.Belief);
        Assert.True(y1 < start && y9 < y1, "belief keeps falling");
        Assert.True(start - y1 < 0.5 * (start - y9), "the first year moves less than half the way");
    }

    [Fact]
    public void Troop_signal_is_zero_at_the_start_garrison_and_finite_at_zero_troops()
    {
        Assert.Equal(0, CommitmentBelief.TroopSignal(38834, 38834, 1000), 12);
        Assert.True(double.IsFinite(CommitmentBelief.TroopSignal(0, 36, 1000)));
    }
}
