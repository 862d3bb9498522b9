using MathNet.Numerics.Distributions;
using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class EnsembleSamplerTests
{
    private static (double[] Mean, double[,] Cov) Moments(double[][] draws)
    {
        int n = draws[0].Length;
        var mean = Enumerable.Range(0, n).Select(d => draws.Average(p => p[d])).ToArray();
        var cov = new double[n, n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
                cov[a, b] = draws.Sum(p => (p[a] - mean[a]) * (p[b] - mean[b])) / (draws.Length - 1);
        return (mean, cov);
    }

    private static double[][] Ball(double[] centre, double scale, int walkers, int seed)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, walkers).Select(_ => centre.Select(c => c + scale * (r.NextDouble() - 0.5)).ToArray()).ToArray();
    }

    [Fact]
    public void Recovers_the_mean_and_covariance_of_a_correlated_gaussian()
    {
        // N((1, −2), [[1, 1.6], [1.6, 4]]): sds 1 and 2, correlation 0.8.
        double[] mu = [1, -2];
        double s1 = 1, s2 = 2, rho = 0.8;
        double LogP(double[] x)
        {
            double a = (x[0] - mu[0]) / s1, b = (x[1] - mu[1]) / s2;
            return -(a * a - 2 * rho * a * b + b * b) / (2 * (1 - rho * rho));
        }
        var chains = EnsembleSampler.Run(LogP, Ball([0, 0], 0.5, 32, 1), steps: 3000, seed: 7);
        var (mean, cov) = Moments(chains.Draws(burnIn: 500));
        Assert.Equal(1, mean[0], 0.1);
        Assert.Equal(-2, mean[1], 0.2);
        Assert.Equal(1, cov[0, 0], 0.1);
        Assert.Equal(4, cov[1, 1], 0.4);
        Assert.Equal(1.6, cov[0, 1], 0.16);
        Assert.InRange(chains.AcceptanceFraction, 0.2, 0.9);
        Assert.InRange(ConvergenceDiagnostics.RankNormalizedRhat(chains.Chains(1, burnIn: 500)), 0.99, 1.05);
    }

    [Fact]
    public void Recovers_the_conjugate_normal_posterior_of_a_normal_mean()
    {
        // Prior μ ~ N(0, 2²); data x_i ~ N(μ, 1). Posterior precision 1/4 + n, mean Σx / (1/4 + n).
        double[] x = [1.2, 0.4, 2.1, 1.5, 0.9, 1.8, 0.2, 1.1, 1.6, 0.7];
        double precision = 0.25 + x.Length, postMean = x.Sum() / precision, postVar = 1 / precision;
        double LogP(double[] p) => -p[0] * p[0] / 8 - x.Sum(v => (v - p[0]) * (v - p[0])) / 2;
        var chains = EnsembleSampler.Run(LogP, Ball([0], 1, 16, 2), steps: 4000, seed: 3);
        var draws = chains.Draws(burnIn: 500).Select(d => d[0]).ToArray();
        double mean = draws.Average(), variance = draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1);
        Assert.Equal(postMean, mean, 0.1 * Math.Sqrt(postVar)); // a tenth of the posterior sd
        Assert.Equal(postVar, variance, 0.1 * postVar);
    }

    [Fact]
    public void Recovers_the_beta_posterior_of_a_binomial_share()
    {
        // Prior Beta(2, 3), 7 successes in 20 trials: posterior Beta(9, 16).
        double LogP(double[] p) => p[0] is > 0 and < 1 ? 8 * Math.Log(p[0]) + 15 * Math.Log(1 - p[0]) : double.NegativeInfinity;
        var chains = EnsembleSampler.Run(LogP, Ball([0.5], 0.2, 20, 4), steps: 4000, seed: 5);
        var draws = chains.Draws(burnIn: 500).Select(d => d[0]).Order().ToArray();
        var beta = new Beta(9, 16);
        double mean = draws.Average();
        Assert.Equal(beta.Mean, mean, 0.005);
        double sd = Math.Sqrt(draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1));
        Assert.Equal(beta.StdDev, sd, 0.1 * beta.StdDev);
        foreach (var p in new[] { 0.05, 0.5, 0.95 })
            Assert.Equal(beta.InverseCumulativeDistribution(p), Quantiles.Type7(draws, p), 0.01);
    }

    [Fact]
    public void Same_seed_gives_identical_chains_at_any_thread_count_and_another_seed_differs()
    {
        double LogP(double[] x) => -0.5 * (x[0] * x[0] + 4 * x[1] * x[1] + x[2] * x[2]) - 0.3 * x[0] * x[2];
        var start = Ball([0, 0, 0], 1, 12, 9);
        var one = EnsembleSampler.Run(LogP, start, 300, seed: 11, threads: 1);
        var many = EnsembleSampler.Run(LogP, start, 300, seed: 11, threads: 4);
        var again = EnsembleSampler.Run(LogP, start, 300, seed: 11);
        var other = EnsembleSampler.Run(LogP, start, 300, seed: 12, threads: 1);
        Assert.Equal(one.Samples.Cast<double>(), many.Samples.Cast<double>());
        Assert.Equal(one.Samples.Cast<double>(), again.Samples.Cast<double>());
        Assert.Equal(one.LogDensity.Cast<double>(), many.LogDensity.Cast<double>());
        Assert.Equal(one.Accepted, many.Accepted);
        Assert.NotEqual(one.Samples.Cast<double>(), other.Samples.Cast<double>());
    }

    [Fact]
    public void Proposals_outside_the_support_are_never_accepted()
    {
        // Uniform on the triangle x ≥ 0, y ≥ 0, x + y ≤ 1: stretch moves often leave it.
        int outsideProposals = 0;
        double LogP(double[] p)
        {
            bool inside = p[0] >= 0 && p[1] >= 0 && p[0] + p[1] <= 1;
            if (!inside) Interlocked.Increment(ref outsideProposals);
            return inside ? 0 : double.NegativeInfinity;
        }
        var start = EnsembleSampler.UniformStart([0, 0], [0.5, 0.5], 8, seed: 1);
        var chains = EnsembleSampler.Run(LogP, start, 2000, seed: 2);
        Assert.True(outsideProposals > 100, $"only {outsideProposals} proposals left the support");
        for (int w = 0; w < chains.Walkers; w++)
            for (int s = 0; s < chains.Steps; s++)
            {
                Assert.True(chains.Samples[w, s, 0] >= 0 && chains.Samples[w, s, 1] >= 0 && chains.Samples[w, s, 0] + chains.Samples[w, s, 1] <= 1);
                Assert.Equal(0, chains.LogDensity[w, s]);
            }
        // The uniform density on the triangle has mean (1/3, 1/3).
        var draws = chains.Draws(200);
        Assert.Equal(1 / 3.0, draws.Average(d => d[0]), 0.03);
    }

    [Fact]
    public void Bad_ensembles_and_densities_are_refused()
    {
        double LogP(double[] x) => -x[0] * x[0];
        Assert.Throws<ArgumentException>(() => EnsembleSampler.Run(LogP, [[0.1], [0.2], [0.3]], 10, 1)); // odd
        Assert.Throws<ArgumentException>(() => EnsembleSampler.Run(x => -x[0] * x[0], [[0.1, 0], [0.2, 0]], 10, 1)); // < 2·dim
        Assert.Throws<ArgumentException>(() => EnsembleSampler.Run(x => x[0] > 0 ? 0 : double.NegativeInfinity, [[0.1], [-0.2]], 10, 1));
        Assert.Throws<InvalidOperationException>(() => EnsembleSampler.Run(x => x[0] > 0.15 ? double.NaN : 0, [[0.1], [0.2]], 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnsembleSampler.Run(LogP, [[0.1], [0.2]], 0, 1));
        // NaN at a proposal, not at the start: the stretch soon carries a walker of [0, 1] past 1.5.
        var e = Assert.Throws<InvalidOperationException>(() =>
            EnsembleSampler.Run(x => x[0] > 1.5 ? double.NaN : x[0] < 0 ? double.NegativeInfinity : 0, [[0.1], [0.9], [0.5], [0.7]], 200, 1));
        Assert.Contains("NaN", e.Message);
    }
}
