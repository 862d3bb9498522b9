using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

public class CostsAndAdversaryTests
{
    private const string A = Trajectory.AllianceId;

    [Fact]
    public void Withdrawal_costs_relocation_and_lengthens_response_time()
    {
        var sq = Runs.Run();
        var w = Runs.Run(s => s.Ramp(2017, 2019, Lever.Withdrawal, 0.34, 1.0));
        Assert.True(w.Get(2017, "USA", Variable.PostureCost) > sq.Get(2017, "USA", Variable.PostureCost), "moving troops costs money");
        Assert.True(Runs.Final(w, "KOR", Variable.ResponseDays) > 2 * Runs.Final(sq, "KOR", Variable.ResponseDays));
        Assert.Equal(0, Runs.Final(w, "USA", Variable.Troops), 6);
    }

    [Fact]
    public void Host_support_offsets_the_cost_of_stationing()
    {
        var sq = Runs.Run();
        var more = Runs.Run(s => { s.SetRange(2017, Lever.Demands, 1.0); s.SetRange(2017, Lever.Rhetoric, 1.0); });
        Assert.True(Runs.Final(more, "USA", Variable.PostureCost) < Runs.Final(sq, "USA", Variable.PostureCost));
    }

    [Fact]
    public void Adversaries_probe_weakened_commitments()
    {
        var sq = Runs.Run();
        var w = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 1.0));
        Assert.True(Runs.Final(w, "CHN", Variable.Probing) > Runs.Final(sq, "CHN", Variable.Probing) + 0.1);
        Assert.True(w.Get(2018, "TWN", Variable.PerceivedThreat) > sq.Get(2018, "TWN", Variable.PerceivedThreat), "probes raise the threat felt");
    }

    [Fact]
    public void Adversary_spending_answers_allied_capability()
    {
        var sq = Runs.Run();
        var coop = Runs.Run(s => s.SetCooperationRange(2017, 1.0));
        Assert.True(Runs.Final(coop, "CHN", Variable.Spending) > Runs.Final(sq, "CHN", Variable.Spending));
    }

    [Fact]
    public void Networking_raises_belief_through_spoke_to_spoke_ties()
    {
        var sq = Runs.Run();
        var net = Runs.Run(s => s.SetRange(2017, Lever.Networking, 1.0));
        Assert.True(Runs.Final(net, "PHL", Variable.Belief) > Runs.Final(sq, "PHL", Variable.Belief) + 0.01);
    }

    [Fact]
    public void Discounting_index_falls_when_threats_are_made_and_rises_under_reassurance()
    {
        var sq = Runs.Run();
        var threat = Runs.Run(s => s.SetRange(2017, Lever.Rhetoric, 1.0));
        var reassure = Runs.Run(s => s.SetRange(2017, Lever.Reassurance, 1.0));
        Assert.True(Runs.Final(threat, A, Variable.Discounting) < Runs.Final(sq, A, Variable.Discounting));
        Assert.True(Runs.Final(reassure, A, Variable.Discounting) > Runs.Final(sq, A, Variable.Discounting));
    }
}
