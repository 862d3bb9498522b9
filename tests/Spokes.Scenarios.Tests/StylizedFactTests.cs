using Spokes.Model.Outputs;

namespace Spokes.Scenarios.Tests;

/// <summary>
/// SF0–SF6 on the 2016 baseline, default parameters, to 2030, with modelled drivers: every posture is compared with
/// the status quo other things equal (no observed history of budgets, events and governments mixed in), which is the
/// claim the essay makes. Thresholds are the minimum effect sizes justified in docs/model.md ("Stylized facts").
/// SF1 fails narrowly at the defaults (<see cref="SF1_fails_narrowly_at_the_defaults_on_its_ratio_criterion"/>), and under
/// the observed 2017–24 drivers its high-support effect exceeds "little" (<see cref="SF1_under_the_observed_2017_24_drivers_exceeds_the_little_threshold"/>).
/// </summary>
public class StylizedFactTests
{
    private static readonly ScenarioDefinition D = ScenarioDefinition.Default with { ObservedDrivers = false };
    private static readonly IReadOnlyList<FactVerdict> Verdicts = StylizedFacts.EvaluateAll(D);
    private const string A = Trajectory.AllianceId;

    [Theory]
    [InlineData("SF0")]
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

    /// <summary>
    /// A finding, not a target: with China's observed 2017–24 budgets, the dated threat shocks and the governments of
    /// data/politics.csv, rhetoric alone raises allied spending by more than the 5% judged "little" (docs/model.md §6).
    /// The test pins the direction of the finding so a change in it is noticed and documented.
    /// </summary>
    [Fact]
    public void SF1_under_the_observed_2017_24_drivers_exceeds_the_little_threshold()
    {
        var observed = ScenarioDefinition.Default;
        double baseHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(observed, 0, null), A, Variable.Spending);
        double withHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(observed, 0.8, null), A, Variable.Spending);
        Assert.True((withHigh - baseHigh) / baseHigh > StylizedFacts.MaxRhetoricEffectAtHighSupport);
    }

    /// <summary>
    /// A finding, not a target: with budgets adjusting as shares of GDP (Model 2), rhetoric alone raises allied spending
    /// by under 5% at high support and by more at low support, but by less than the four times SF1 asks (3.9× at the
    /// defaults): SF1 fails narrowly at the defaults, and holds in about a fifth of the documented parameter space
    /// (docs/validation.md, "Stylized facts as shares"). The test pins the finding so a change in it is noticed.
    /// </summary>
    [Fact]
    public void SF1_fails_narrowly_at_the_defaults_on_its_ratio_criterion()
    {
        var v = Verdicts.Single(x => x.Id == "SF1");
        Assert.False(v.Holds, v.Evidence);
        double baseHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0, null), A, Variable.Spending);
        double withHigh = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0.8, null), A, Variable.Spending);
        double baseLow = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0, StylizedFacts.LowPublicSupport), A, Variable.Spending);
        double withLow = StylizedFacts.Final(StylizedFacts.RunRhetoric(D, 0.8, StylizedFacts.LowPublicSupport), A, Variable.Spending);
        double high = (withHigh - baseHigh) / baseHigh, low = (withLow - baseLow) / baseLow;
        Assert.InRange(high, 0.0, StylizedFacts.MaxRhetoricEffectAtHighSupport); // discounting: little at high support
        Assert.InRange(low / high, 2.0, 4.0); // more at low support, but not four times more
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
