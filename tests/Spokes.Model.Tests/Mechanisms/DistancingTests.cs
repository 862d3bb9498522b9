using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>Entrapment fear, domestic balance and alignment: the distancing chain.</summary>
public class DistancingTests
{
    [Fact]
    public void Confrontation_raises_entrapment_fear_more_for_trade_dependent_allies()
    {
        var sq = Runs.Run();
        var g = Runs.Run(s => s.SetRange(2017, Lever.Confrontation, 1.0));
        double Rise(string id) => Runs.Final(g, id, Variable.Entrapment) - Runs.Final(sq, id, Variable.Entrapment);
        Assert.True(Rise("JPN") > 0.05);
        // Australia trades more with China than the Philippines does (data/baseline.csv); starts from a similar fear.
        Assert.True(Rise("AUS") > Rise("PHL") * 0.9);
    }

    [Fact]
    public void A_firmer_commitment_raises_entrapment_fear_the_alliance_security_dilemma()
    {
        var sq = Runs.Run();
        var reassure = Runs.Run(s => s.SetCooperationRange(2017, 1.0));
        Assert.True(Runs.Final(reassure, "KOR", Variable.Entrapment) > Runs.Final(sq, "KOR", Variable.Entrapment));
    }

    [Fact]
    public void Lost_confidence_strengthens_advocates_of_independence()
    {
        var sq = Runs.Run();
        var cut = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 0.5));
        Assert.True(Runs.Final(cut, "JPN", Variable.Independence) > Runs.Final(sq, "JPN", Variable.Independence) + 0.02);
    }

    [Fact]
    public void Alignment_has_hysteresis_trust_returns_slower_than_it_left()
    {
        var t = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 0.6, toYear: 2019));
        double start = t.Get(2016, "PHL", Variable.Alignment);
        double low = Enumerable.Range(2016, 11).Min(y => t.Get(y, "PHL", Variable.Alignment));
        double end = t.Get(Runs.End, "PHL", Variable.Alignment);
        Assert.True(low < start - 0.1, "alignment fell");
        Assert.True(end < start - 0.02, "seven years later it has not come back");
    }

    [Fact]
    public void Weak_exposed_states_bandwagon_first()
    {
        var t = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 1.0));
        Assert.True(Runs.Final(t, "PHL", Variable.Alignment) < 0, "the Philippines de-aligns");
        Assert.True(Runs.Final(t, "PHL", Variable.Alignment) < Runs.Final(t, "JPN", Variable.Alignment) - 0.3);
    }

    [Theory]
    [InlineData(0.9, "aligned")]
    [InlineData(0.2, "hedging")]
    [InlineData(-0.2, "de-aligned")]
    [InlineData(-0.8, "re-aligned")]
    public void Alignment_labels(double a, string label) => Assert.Equal(label, Alignment.Label(a));
}
