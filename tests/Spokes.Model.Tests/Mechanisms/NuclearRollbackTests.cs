using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.World;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>Nuclear hedging both ways: U.S. pressure and restored credibility roll a programme back.</summary>
public class NuclearRollbackTests
{
    /// <summary>The 2016 baseline with South Korea already running a weapons programme (as in 1975).</summary>
    private static Baseline KoreaWithProgramme() => Runs.B2016 with
    {
        Spokes = Runs.B2016.Spokes.Select(s => s.Id == "KOR" ? s with { NuclearStage = NuclearStage.Program, NuclearLatency = 0.6 } : s).ToList(),
    };

    [Fact]
    public void US_pressure_rolls_a_programme_back()
    {
        var b = KoreaWithProgramme();
        int kor = Runs.Spoke("KOR");
        var none = Runs.Run(b: b, p: ParameterSet.Defaults.With(ParameterId.ReassuranceRollback, 0));
        var pressed = Runs.Run(s => s.SetRange(2017, Lever.NonProliferationPressure, 1.0, kor), b: b,
            p: ParameterSet.Defaults.With(ParameterId.ReassuranceRollback, 0));
        Assert.Equal(1.0, Runs.Final(none, "KOR", Variable.ProliferationRisk), 9);
        Assert.True(Runs.Final(pressed, "KOR", Variable.ProliferationRisk) < 0.2);
    }

    [Fact]
    public void Restored_credibility_lets_a_programme_lapse_without_pressure()
    {
        var b = KoreaWithProgramme();
        var t = Runs.Run(b: b); // belief at its start value sits above the hedging threshold: ρ_b·(b − τ) > 0
        Assert.True(Runs.Final(t, "KOR", Variable.ProliferationRisk) < t.Get(2016, "KOR", Variable.ProliferationRisk));
    }

    [Fact]
    public void Latency_grows_while_a_programme_runs()
    {
        var b = KoreaWithProgramme();
        var t = Runs.Run(b: b, p: ParameterSet.Defaults.With(ParameterId.ReassuranceRollback, 0));
        Assert.True(Runs.Final(t, "KOR", Variable.Latency) > 0.6);
    }

    [Fact]
    public void Pressure_deters_the_climb_under_withdrawal()
    {
        int kor = Runs.Spoke("KOR");
        var withdraw = Runs.Run(s => s.Ramp(2017, 2019, Lever.Withdrawal, 0.5, 1));
        var withdrawPressed = Runs.Run(s =>
        {
            s.Ramp(2017, 2019, Lever.Withdrawal, 0.5, 1);
            s.SetRange(2017, Lever.NonProliferationPressure, 1.0, kor);
        });
        Assert.True(Runs.Final(withdrawPressed, "KOR", Variable.ProliferationRisk) < Runs.Final(withdraw, "KOR", Variable.ProliferationRisk));
    }
}
