using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

public class DuplicationAndNuclearTests
{
    [Fact]
    public void Abandonment_fear_raises_duplication_and_cooperation_lowers_it()
    {
        var sq = Runs.Run();
        var fear = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 0.5));
        var coop = Runs.Run(s => s.SetCooperationRange(2017, 1.0));
        Assert.True(Runs.Final(fear, "JPN", Variable.Duplication) > Runs.Final(sq, "JPN", Variable.Duplication) + 0.02);
        Assert.True(Runs.Final(coop, "JPN", Variable.Duplication) < Runs.Final(sq, "JPN", Variable.Duplication) - 0.02);
    }

    [Fact]
    public void Efficiency_falls_with_duplication_and_rises_with_cooperation()
    {
        var p = ParameterSet.Defaults;
        Assert.True(Duplication.Efficiency(0.2, 0.9, 0.5, 0, p) > Duplication.Efficiency(0.5, 0.9, 0.5, 0, p));
        Assert.True(Duplication.Efficiency(0.2, 0.9, 0.9, 0, p) > Duplication.Efficiency(0.2, 0.9, 0.1, 0, p));
        Assert.True(Duplication.Efficiency(0.2, -0.5, 0.9, 0, p) < Duplication.Efficiency(0.2, 0.9, 0.9, 0, p), "synergy needs alignment");
    }

    [Fact]
    public void Small_economies_lack_the_capacity_to_duplicate()
    {
        var sq = Runs.Run();
        var fear = Runs.Run(s => s.SetRange(2017, Lever.Withdrawal, 0.5));
        double jpn = Runs.Final(fear, "JPN", Variable.Duplication) - Runs.Final(sq, "JPN", Variable.Duplication);
        double phl = Runs.Final(fear, "PHL", Variable.Duplication) - Runs.Final(sq, "PHL", Variable.Duplication);
        Assert.True(phl > 0 && jpn > 0);
    }

    [Fact]
    public void Nuclear_hazard_is_zero_at_the_start_and_grows_with_the_credibility_gap_and_latency()
    {
        var p = ParameterSet.Defaults;
        Assert.Equal(0, NuclearHedging.Hazard(0.8, 0.8, 1.0, 0.6, p));
        Assert.Equal(0, NuclearHedging.Hazard(0.65, 0.8, 1.0, 0.6, p)); // still above 0.75·0.8
        double h1 = NuclearHedging.Hazard(0.4, 0.8, 1.0, 0.6, p), h2 = NuclearHedging.Hazard(0.2, 0.8, 1.0, 0.6, p);
        Assert.True(h2 > h1 && h1 > 0);
        Assert.True(NuclearHedging.Hazard(0.4, 0.8, 1.0, 0.9, p) > h1, "more latency, more hazard");
        Assert.Equal(0, NuclearHedging.Hazard(0.1, 0.8, 1.0, 0.0, p));
    }

    [Fact]
    public void Latent_states_hedge_when_extended_deterrence_collapses_and_others_do_not()
    {
        var t = Runs.Run(s => s.Ramp(2017, 2021, Lever.Withdrawal, 0.2, 1.0));
        Assert.True(Runs.Final(t, "KOR", Variable.ProliferationRisk) > 0.2);
        Assert.True(Runs.Final(t, "JPN", Variable.ProliferationRisk) > 0.2);
        Assert.Equal(0, Runs.Final(t, "PHL", Variable.ProliferationRisk));
        Assert.Equal(0, Runs.Final(Runs.Run(), "KOR", Variable.ProliferationRisk));
    }
}
