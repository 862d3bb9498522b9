using Spokes.Explore.Experiments;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Reliability;

/// <summary>Issue 19: an experiment design that was accepted although its samples would all be clamped.</summary>
public class DesignCheckTests
{
    private static ExperimentSettings Load(string uncertainty) =>
        ExperimentSettings.From(ScenarioLoader.Parse($"name: d\nexperiments:\n  uncertainties:\n    - {uncertainty}\n", "d.yaml"));

    [Fact]
    public void Normal_distribution_clamping_every_sample_is_refused()
    {
        // beliefStickiness lies in a bounded range; a normal centred at 50 puts all its mass above it.
        var info = Spokes.Model.Parameters.ParameterCatalog.All.First(p => p.Max <= 1);
        var e = Assert.Throws<InputException>(() => Load($"{{name: {info.Key}, distribution: normal, mean: 50, sd: 1}}"));
        Assert.Equal(("experiments.uncertainties", 4), (e.Field, e.Line));
        Assert.Contains("100% of its samples outside the valid range", e.Message);
        Assert.Contains("truncnormal", e.Message);
    }

    [Fact]
    public void Normal_distribution_well_inside_the_range_is_accepted_and_lognormal_is_checked_too()
    {
        var info = Spokes.Model.Parameters.ParameterCatalog.All.First(p => p.Max <= 1 && p.Min >= 0 && p.Max - p.Min >= 0.5);
        double mid = (info.Min + info.Max) / 2, sd = (info.Max - info.Min) / 10;
        Assert.Single(Load($"{{name: {info.Key}, distribution: normal, mean: {mid}, sd: {sd}}}").Design.Uncertainties);
        var e = Assert.Throws<InputException>(() => Load($"{{name: {info.Key}, distribution: lognormal, mu: 3, sigma: 0.5}}"));
        Assert.Contains("lognormal distribution puts", e.Message);
    }
}
