using Spokes.Model.Outputs;
using Spokes.Model.Parameters;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>Threat from events: a shock raises the exposed ally's perceived threat and spending, then fades.</summary>
public class ThreatShockTests
{
    [Fact]
    public void A_threat_shock_raises_the_exposed_allys_spending()
    {
        int jpn = Runs.Spoke("JPN");
        var calm = Runs.RunWithPaths(_ => { });
        var shocked = Runs.RunWithPaths(p => p.AddShock(2018, jpn, 0.8));
        Assert.True(shocked.Get(2018, "JPN", Variable.PerceivedThreat) > calm.Get(2018, "JPN", Variable.PerceivedThreat));
        Assert.True(shocked.Get(2020, "JPN", Variable.Spending) > calm.Get(2020, "JPN", Variable.Spending));
        // An ally the event does not touch moves far less (only through the adversary's reaction and network ties).
        double jpnRise = shocked.Get(2020, "JPN", Variable.Spending) / calm.Get(2020, "JPN", Variable.Spending) - 1;
        double thaRise = shocked.Get(2020, "THA", Variable.Spending) / calm.Get(2020, "THA", Variable.Spending) - 1;
        Assert.True(jpnRise > 10 * Math.Abs(thaRise));
    }

    [Fact]
    public void The_shock_stock_fades_at_its_persistence()
    {
        int kor = Runs.Spoke("KOR");
        var t = Runs.RunWithPaths(p => p.AddShock(2018, kor, 0.6));
        double phi = ParameterSet.Defaults[ParameterId.ThreatShockPersistence];
        Assert.Equal(0.6, t.Get(2018, "KOR", Variable.ThreatShock), 12);
        Assert.Equal(0.6 * phi * phi, t.Get(2020, "KOR", Variable.ThreatShock), 12);
    }

    [Fact]
    public void With_no_weight_on_events_a_shock_changes_nothing_but_its_own_stock()
    {
        var p = ParameterSet.Defaults.With(ParameterId.ThreatShockWeight, 0);
        int kor = Runs.Spoke("KOR");
        var calm = Runs.RunWithPaths(_ => { }, p: p);
        var shocked = Runs.RunWithPaths(q => q.AddShock(2018, kor, 0.6), p: p);
        Assert.Equal(calm.Get(2022, "KOR", Variable.Spending), shocked.Get(2022, "KOR", Variable.Spending), 12);
    }

    [Fact]
    public void An_observed_adversary_budget_replaces_the_modelled_one()
    {
        var b = Runs.B2016;
        int chn = 1 + b.Spokes.Count + b.Threats.ToList().FindIndex(t => t.Id == "CHN");
        var t = Runs.RunWithPaths(p => p.SetBudget(2019, chn, 300));
        Assert.Equal(300, t.Get(2019, "CHN", Variable.Spending));
        var calm = Runs.RunWithPaths(_ => { });
        Assert.True(t.Get(2020, "JPN", Variable.PerceivedThreat) > calm.Get(2020, "JPN", Variable.PerceivedThreat));
    }
}
