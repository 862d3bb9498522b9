using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class UniformPriorTests
{
    [Fact]
    public void Outside_the_box_the_posterior_is_minus_infinity_and_the_likelihood_is_not_called()
    {
        var prior = new UniformPrior([0, 10], [1, 20]);
        int calls = 0;
        var posterior = prior.Posterior(x => { calls++; return -x[0]; });
        Assert.Equal(-0.5, posterior([0.5, 15]));
        Assert.Equal(double.NegativeInfinity, posterior([1.5, 15]));
        Assert.Equal(double.NegativeInfinity, posterior([0.5, 9.99]));
        Assert.Equal(1, calls);
        Assert.Equal(10 / Math.Sqrt(12), prior.Sd(1), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new UniformPrior([0], [0]));
    }

    [Fact]
    public void Sampled_posteriors_get_the_verdicts_their_shapes_deserve()
    {
        // x: flat likelihood (not identified); y: likelihood e^{60 y} piles at the upper bound; z: N(0.5, 0.03²).
        var prior = new UniformPrior([0, 0, 0], [1, 1, 1]);
        var posterior = prior.Posterior(p => 60 * p[1] - Math.Pow(p[2] - 0.5, 2) / (2 * 0.03 * 0.03));
        var chains = EnsembleSampler.Run(posterior, prior.Start(24, seed: 1), steps: 3000, seed: 2);
        var draws = chains.Draws(burnIn: 1000);
        string[] names = ["x", "y", "z"];
        var s = names.Select((n, d) => ParameterSummary.Of(n, draws.Select(p => p[d]), 0, 1)).ToArray();
        Assert.Equal(Identification.NotIdentified, s[0].Verdict);
        Assert.Equal(Identification.AtBound, s[1].Verdict);
        Assert.InRange(s[1].ShareNearMax, 0.6, 0.8); // 1 − e^{−60·0.02} = 0.70
        Assert.Equal(Identification.Identified, s[2].Verdict);
        Assert.Equal(0.03 * Math.Sqrt(12), s[2].SdRatio, 0.02);
        for (int d = 0; d < 3; d++)
            Assert.InRange(ConvergenceDiagnostics.RankNormalizedRhat(chains.Chains(d, burnIn: 1000)), 0.99, 1.1);
    }
}
