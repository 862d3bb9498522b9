using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>The remedy's four activities: each moves its own channel, and each costs the U.S.</summary>
public class RemedyTests
{
    private const string A = Trajectory.AllianceId;

    private static Trajectory With(Lever lever, double value = 1.0) => Runs.Run(s => s.SetRange(2017, lever, value));

    [Fact]
    public void Joint_threat_assessment_raises_perceived_threat()
    {
        var sq = Runs.Run();
        Assert.True(Runs.Final(With(Lever.ThreatAssessment), "JPN", Variable.PerceivedThreat) > Runs.Final(sq, "JPN", Variable.PerceivedThreat));
    }

    [Fact]
    public void Roles_and_missions_lower_duplication_and_the_others_do_not_directly()
    {
        var sq = Runs.Run();
        Assert.True(Runs.Final(With(Lever.RolesAndMissions), A, Variable.Duplication) < Runs.Final(sq, A, Variable.Duplication) - 0.05);
        // Industrial cooperation reaches duplication only through belief (a costly signal), far less.
        double viaBelief = Runs.Final(sq, A, Variable.Duplication) - Runs.Final(With(Lever.IndustrialCooperation), A, Variable.Duplication);
        double direct = Runs.Final(sq, A, Variable.Duplication) - Runs.Final(With(Lever.RolesAndMissions), A, Variable.Duplication);
        Assert.True(viaBelief < direct / 2);
    }

    [Fact]
    public void Industrial_cooperation_raises_capability_per_dollar_of_allied_spending()
    {
        var sq = Runs.Run();
        Assert.True(Runs.Final(With(Lever.IndustrialCooperation), "KOR", Variable.Efficiency) > Runs.Final(sq, "KOR", Variable.Efficiency));
    }

    [Fact]
    public void Exercises_shorten_response_time()
    {
        var sq = Runs.Run();
        Assert.True(Runs.Final(With(Lever.Exercises), A, Variable.ResponseDays) < Runs.Final(sq, A, Variable.ResponseDays));
    }

    [Theory]
    [InlineData(Lever.ThreatAssessment, ParameterId.ThreatAssessmentCost)]
    [InlineData(Lever.RolesAndMissions, ParameterId.RolesAndMissionsCost)]
    [InlineData(Lever.IndustrialCooperation, ParameterId.IndustrialCooperationCost)]
    [InlineData(Lever.Exercises, ParameterId.ExercisesCost)]
    [InlineData(Lever.Reassurance, ParameterId.ReassuranceCost)]
    [InlineData(Lever.Networking, ParameterId.NetworkingCost)]
    [InlineData(Lever.NonProliferationPressure, ParameterId.PressureCost)]
    public void Each_remedy_costs_the_US_its_documented_price(Lever lever, ParameterId cost)
    {
        var t = With(lever, 0.5);
        int spokes = Runs.B2016.Spokes.Count;
        Assert.Equal(0.5 * spokes * ParameterSet.Defaults[cost], Runs.Final(t, "USA", Variable.RemedyCost), 9);
    }

    [Fact]
    public void Deeper_integration_raises_entrapment_fear()
    {
        var sq = Runs.Run();
        var coop = Runs.Run(s => s.SetCooperationRange(2017, 1.0));
        var noIntegrationCost = ParameterSet.Defaults.With(ParameterId.IntegrationEntrapment, 0).With(ParameterId.CommitmentEntrapment, 0);
        var coopNoCost = Runs.Run(s => s.SetCooperationRange(2017, 1.0), p: noIntegrationCost);
        Assert.True(Runs.Final(coop, "KOR", Variable.Entrapment) > Runs.Final(sq, "KOR", Variable.Entrapment));
        Assert.True(Runs.Final(coopNoCost, "KOR", Variable.Entrapment) <= Runs.Final(sq, "KOR", Variable.Entrapment));
    }

    [Fact]
    public void The_share_of_US_protection_follows_current_GDP()
    {
        // Growth on: a fast-growing ally's share of U.S. protection rises with its GDP weight.
        var t = Runs.Run(growth: true);
        double startShare = t.Get(2016, "PHL", Variable.UsProtection) / t.Get(2016, "USA", Variable.Spending);
        double endShare = Runs.Final(t, "PHL", Variable.UsProtection) / Runs.Final(t, "USA", Variable.Spending);
        Assert.True(endShare > startShare);
    }
}
