using Spokes.Explore.Evaluation;
using Spokes.Explore.Experiments;
using Spokes.Model.Outputs;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Experiments;

/// <summary>Uncertain starting states: `baseline.ACTOR.INDICATOR` uncertainties sample the data's ranges, inside the domain.</summary>
public class BaselineUncertaintyTests
{
    private static ExperimentSettings Settings(string uncertainties) =>
        ExperimentSettings.From(ScenarioLoader.Parse($$"""
            end: 2020
            experiments:
              sampler: mc
              n: 20
              uncertainties: {{uncertainties}}
              policies: [status-quo]
              outcomes:
                - {name: jpn_alignment, variable: alignment, actor: JPN, stat: final}
                - {name: jpn_belief_start, variable: belief, actor: JPN, stat: final}
            """, "u.yaml"));

    [Fact]
    public void A_judged_start_value_is_sampled_over_its_data_range_and_moves_the_outcome()
    {
        var s = Settings("[{name: baseline.JPN.belief}]");
        var u = s.Design.Uncertainties.Single();
        var row = Spokes.Scenarios.Data.ReferenceData.BuiltIn.Figures.Single(f => f.Actor == "JPN" && f.Year == 2016 && f.Indicator == "belief");
        Assert.Equal(row.Low, u.Quantile(0), 12);
        Assert.Equal(Math.Min(row.High, 1 - Spokes.Scenarios.Data.BaselineVariable.Margin), u.Quantile(1), 12); // kept inside the logit domain

        var unit = Enumerable.Range(0, 20).Select(i => new[] { (i + 0.5) / 20 }).ToArray();
        var m = new ExperimentMatrix(s.Design, unit);
        var sink = new InMemorySink();
        new BlockEvaluator(new EvaluationOptions { Threads = 1, BlockSize = 8 }).Evaluate(m, sink);
        var beliefs = sink.Column(m, 1);
        Assert.All(beliefs, b => Assert.InRange(b, 0, 1));
        Assert.True(beliefs.Max() - beliefs.Min() > 0.05, "the sampled start belief must carry through the run");
    }

    [Fact]
    public void A_hard_data_point_needs_an_explicit_range()
    {
        var e = Assert.Throws<InputException>(() => Settings("[{name: baseline.JPN.gdp_usd_bn}]"));
        Assert.Contains("hard data point", e.Message);
        var ok = Settings("[{name: baseline.JPN.gdp_usd_bn, min: 4500, max: 5500}]");
        Assert.Equal(4500, ok.Design.Uncertainties.Single().Quantile(0), 9);
    }

    [Fact]
    public void An_unknown_actor_or_figure_and_a_range_outside_the_domain_are_refused()
    {
        Assert.Contains("unknown actor", Assert.Throws<InputException>(() => Settings("[{name: baseline.NZL.belief}]")).Message);
        Assert.Contains("no uncertain starting figure", Assert.Throws<InputException>(() => Settings("[{name: baseline.JPN.probing}]")).Message);
        Assert.Throws<InputException>(() => Settings("[{name: baseline.JPN.belief, min: 0.5, max: 1.5}]"));
    }

    [Fact]
    public void Sampled_values_stay_strictly_inside_a_logit_domain()
    {
        var b = Baselines.Year2016;
        var v = Spokes.Scenarios.Data.BaselineVariable.Parse("baseline.KOR.alignment", b, out _)!;
        var applied = v.Apply(b, 1.0);
        Assert.True(applied.Spokes.Single(s => s.Id == "KOR").Alignment < 1);
        Assert.Null(applied.Validate());
    }
}
