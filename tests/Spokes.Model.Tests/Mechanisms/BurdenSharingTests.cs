using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

public class BurdenSharingTests
{
    [Fact]
    public void Calibrated_weight_makes_start_spending_the_best_response()
    {
        double phi = BurdenSharing.CalibrateSecurityWeight(5000, 46.5, 90, 0.9);
        Assert.Equal(46.5, BurdenSharing.BestResponse(5000, phi, 90, 0.9), 9);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.05)]
    [InlineData(0.3)]
    public void Reaction_to_allied_spending_lies_between_minus_one_and_zero(double phi)
    {
        // Olson–Zeckhauser: one more dollar from allies (a pure public good, e = 1) replaces less than a dollar.
        double x0 = BurdenSharing.BestResponse(1000, phi, 4, 1.0), x1 = BurdenSharing.BestResponse(1000, phi, 5, 1.0);
        double reaction = x1 - x0;
        Assert.InRange(reaction, -0.999999, -1e-6);
    }

    [Fact]
    public void Losing_faith_in_protection_raises_spending()
    {
        var sq = Runs.Run();
        var cut = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 0.5));
        Assert.True(Runs.Final(cut, "JPN", Variable.Spending) > Runs.Final(sq, "JPN", Variable.Spending) * 1.05);
    }

    [Fact]
    public void Demands_work_only_as_far_as_the_threat_behind_them_is_believed()
    {
        // Japan spends far below the demanded 2%, so the gap is wide; the rhetoric behind the demand makes it credible.
        double Gain(double rhetoric) =>
            Runs.Final(Runs.Run(s => { s.SetRange(2017, Lever.Demands, 1.0); s.SetRange(2017, Lever.Rhetoric, rhetoric); }), "JPN", Variable.Spending)
            - Runs.Final(Runs.Run(s => s.SetRange(2017, Lever.Rhetoric, rhetoric)), "JPN", Variable.Spending);
        Assert.True(Gain(1.0) > Gain(0.0), "demands bite harder when the threat behind them is more credible");
        Assert.True(Gain(0.0) > 0, "some compliance even without threats: abandonment fear is never zero");
    }

    [Fact]
    public void Budgets_adjust_with_inertia()
    {
        var t = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 1.0));
        // Synchronous update: belief moves in 2017, budgets answer from 2018 and close only part of the gap each year.
        double x18 = t.Get(2018, "KOR", Variable.Spending), x19 = t.Get(2019, "KOR", Variable.Spending), x20 = t.Get(2020, "KOR", Variable.Spending);
        Assert.True(x18 > t.Get(2016, "KOR", Variable.Spending) && x19 > x18 && x20 > x19, "spending climbs over several years");
        Assert.True(x19 - x18 < x18 - t.Get(2016, "KOR", Variable.Spending) + 5, "no jump to the target");
    }

    [Fact]
    public void Host_support_rises_with_demands_and_leaves_with_the_troops()
    {
        var sq = Runs.Run();
        var demand = Runs.Run(s => { s.SetRange(2017, Lever.Demands, 1.0); s.SetRange(2017, Lever.Rhetoric, 1.0); });
        var gone = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 1.0));
        Assert.True(Runs.Final(demand, "KOR", Variable.HostSupport) > Runs.Final(sq, "KOR", Variable.HostSupport));
        Assert.True(Runs.Final(gone, "JPN", Variable.HostSupport) < 0.2 * Runs.Final(sq, "JPN", Variable.HostSupport));
        Assert.Equal(0, Runs.Final(demand, "AUS", Variable.HostSupport));
    }
}
