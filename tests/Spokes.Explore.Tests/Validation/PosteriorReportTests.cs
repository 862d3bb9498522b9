using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class PosteriorReportTests
{
    private static readonly UniformPrior Prior = new([-10, -10], [10, 10]);
    private static readonly Func<double[], double> Posterior = Prior.Posterior(x => -0.5 * (x[0] * x[0] + (x[1] - 1) * (x[1] - 1) / 0.25));

    [Fact]
    public void A_long_run_converges_and_is_summarised_per_parameter()
    {
        var start = EnsembleSampler.UniformStart([-1, -1], [1, 1], 20, seed: 1);
        // Each walker's half-chain needs an ESS of ~50 for R̂ < 1.01 (R̂² − 1 ≈ 1/ESS per half-chain): with an
        // autocorrelation time of ~35 steps, 10,000 steps.
        var chains = EnsembleSampler.Run(Posterior, start, steps: 10000, seed: 2);
        var report = PosteriorReport.Of(chains, ["a", "b"], Prior, burnIn: 2000);
        Assert.Equal(["a", "b"], report.Select(r => r.Summary.Name));
        Assert.All(report, r => Assert.True(r.Converged, $"{r.Summary.Name}: R̂ {r.Rhat}, ESS {r.BulkEss}"));
        Assert.Equal(20 * 8000, report[0].Summary.Draws);
        Assert.Equal(1, report[1].Summary.Mean, 0.05);
        Assert.Equal(0.5, report[1].Summary.Sd, 0.05);
        Assert.All(report, r => Assert.Equal(Identification.Identified, r.Summary.Verdict)); // sd 1 and 0.5 of a prior sd 5.8
    }

    [Fact]
    public void A_short_run_from_a_bad_start_is_not_converged()
    {
        var start = EnsembleSampler.UniformStart([7, 7], [9, 9], 20, seed: 1);
        var chains = EnsembleSampler.Run(Posterior, start, steps: 40, seed: 2);
        var report = PosteriorReport.Of(chains, ["a", "b"], Prior, burnIn: 0);
        Assert.Contains(report, r => !r.Converged);
        Assert.Throws<ArgumentException>(() => PosteriorReport.Of(chains, ["a"], Prior, 0));
    }
}
