using MathNet.Numerics.Distributions;
using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class GaussianErrorsTests
{
    [Fact]
    public void The_log_likelihood_is_the_sum_of_normal_log_densities()
    {
        double[] sim = [1.0, 2.5, -0.3], obs = [1.2, 2.0, 0.1];
        double expected = sim.Zip(obs, (s, o) => Normal.PDFLn(o, 0.4, s)).Sum();
        Assert.Equal(expected, GaussianErrors.LogLikelihood(sim, obs, 0.4), 12);
        Assert.Equal(double.NegativeInfinity, GaussianErrors.LogLikelihood(sim, obs, 0));
        Assert.Throws<ArgumentException>(() => GaussianErrors.LogLikelihood([1.0], obs, 1));
    }

    [Fact]
    public void Sampling_a_mean_and_an_error_sd_matches_the_posterior_by_quadrature()
    {
        // Data x_i ~ N(μ, σ²); priors uniform on μ ∈ [−5, 5], σ ∈ [0.05, 5]. With μ integrated out, the marginal
        // posterior of σ is ∝ σ^−(n−1) exp(−Sxx / 2σ²) on the prior's range (the μ tails beyond ±5 are negligible).
        double[] x = [0.8, 1.9, 1.1, 0.4, 1.6, 2.2, 0.9, 1.3];
        double mean = x.Average(), sxx = x.Sum(v => (v - mean) * (v - mean));
        int n = x.Length;
        var prior = new UniformPrior([-5, 0.05], [5, 5]);
        var posterior = prior.Posterior(p => GaussianErrors.LogLikelihood(x.Select(v => p[0] - v).ToArray(), p[1]));
        var chains = EnsembleSampler.Run(posterior, EnsembleSampler.UniformStart([0.5, 0.3], [1.5, 1.0], 16, 1), 6000, seed: 3);
        var draws = chains.Draws(burnIn: 1000);

        double Density(double s) => Math.Exp(-(n - 1) * Math.Log(s) - sxx / (2 * s * s));
        double h = 1e-4, z = 0, m1 = 0;
        for (double s = 0.05 + h / 2; s < 5; s += h) { z += Density(s); m1 += s * Density(s); }
        double sigmaMean = m1 / z;

        Assert.Equal(mean, draws.Average(d => d[0]), 0.03);
        Assert.Equal(sigmaMean, draws.Average(d => d[1]), 0.03 * sigmaMean);
    }
}
