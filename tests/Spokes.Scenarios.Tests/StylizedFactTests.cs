using Spokes.Model.Outputs;

namespace Spokes.Scenarios.Tests;

/// <summary>
/// SF0–SF6 of the brief on the 2016 baseline, default parameters, to 2030. Thresholds are the minimum effect sizes
/// justified in docs/model.md ("Stylized facts").
/// </summary>
public class StylizedFactTests
{
    private static readonly IReadOnlyList<FactVerdict> Verdicts = StylizedFacts.EvaluateAll(ScenarioDefinition.Default);
    private static readonly ScenarioDefinition D = ScenarioDefinition.Default;
    private const string A = Trajectory.AllianceId;

    [Theory]
    [InlineData("SF0")]
    [InlineData("SF1")]
    [InlineData("SF2")]
    [InlineData("SF3")]
    [InlineData("SF4")]
    [InlineData("SF5")]
    [InlineData("SF6")]
    public void Fact_holds_on_the_2016_baseline(string id)
    {
        var v = Verdicts.Single(x => x.Id == id);
        Assert.True(v.Holds, $"{v.Id}: {v.Claim} — {v.Evidence}");
    }

    [Fact]
    public void SF1_rhetoric_alone_at_high_support_moves_spending_under_five_percent()
    {
        double baseHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0, null), A, Variable.Spending);
        double withHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0.8, null), A, Variable.Spending);
        Assert.InRange((withHigh - baseHigh) / baseHigh, 0.0, StylizedFacts.MaxRhetoricEffectAtHighSupport);
    }

    [Fact]
    public void SF4_no_posture_among_threaten_and_reassure_improves_all_three_indices()
    {
        var sq = StylizedFacts.RunPosture(D, "status-quo");
        foreach (var posture in new[] { "threaten", "reassure" })
        {
            var t = StylizedFacts.RunPosture(D, posture);
            bool lessDiscounting = StylizedFacts.Final(t, A, Variable.Discounting) < StylizedFacts.Final(sq, A, Variable.Discounting);
            bool lessDistancing = StylizedFacts.Final(t, A, Variable.Distancing) < StylizedFacts.Final(sq, A, Variable.Distancing);
            bool lessDuplication = StylizedFacts.Final(t, A, Variable.Duplication) < StylizedFacts.Final(sq, A, Variable.Duplication);
            Assert.False(lessDiscounting && lessDistancing && lessDuplication, posture);
        }
    }
}
