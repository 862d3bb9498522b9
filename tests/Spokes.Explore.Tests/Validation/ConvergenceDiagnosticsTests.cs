using MathNet.Numerics.Distributions;
using Spokes.Explore.Samplers;
using Spokes.Explore.Validation;

namespace Spokes.Explore.Tests.Validation;

public class ConvergenceDiagnosticsTests
{
    private static double[][] Iid(int chains, int draws, int seed, Func<int, double>? mean = null, Func<int, double>? sd = null)
    {
        var random = SeededRandom.Create(seed);
        return Enumerable.Range(0, chains)
            .Select(c => Enumerable.Range(0, draws).Select(_ => Normal.Sample(random, mean?.Invoke(c) ?? 0, sd?.Invoke(c) ?? 1)).ToArray())
            .ToArray();
    }

    private static double[][] Ar1(int chains, int draws, double rho, int seed)
    {
        var random = SeededRandom.Create(seed);
        double innovation = Math.Sqrt(1 - rho * rho);
        return Enumerable.Range(0, chains).Select(_ =>
        {
            var x = new double[draws];
            x[0] = Normal.Sample(random, 0, 1); // stationary start
            for (int i = 1; i < draws; i++) x[i] = rho * x[i - 1] + innovation * Normal.Sample(random, 0, 1);
            return x;
        }).ToArray();
    }

    [Fact]
    public void Split_rhat_matches_a_hand_computed_value()
    {
        // Halves [1,2] [3,4] [2,3] [4,5]: W = 0.5, variance of the means 5/3, B = 2·5/3; R̂ = √((B/W + 1)/2) = √(23/6).
        Assert.Equal(Math.Sqrt(23 / 6.0), ConvergenceDiagnostics.SplitRhat([[1, 2, 3, 4], [2, 3, 4, 5]]), 12);
        // An odd length drops the middle draw: [1,2,9,3,4] splits as [1,2] and [3,4].
        Assert.Equal(ConvergenceDiagnostics.SplitRhat([[1, 2, 3, 4], [2, 3, 4, 5]]),
            ConvergenceDiagnostics.SplitRhat([[1, 2, 9, 3, 4], [2, 3, 7, 4, 5]]), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Independent_draws_give_rhat_near_one_and_ess_near_the_number_of_draws(int seed)
    {
        var chains = Iid(4, 1000, seed);
        Assert.InRange(ConvergenceDiagnostics.SplitRhat(chains), 0.99, 1.01);
        Assert.InRange(ConvergenceDiagnostics.RankNormalizedRhat(chains), 0.99, 1.01);
        Assert.InRange(ConvergenceDiagnostics.EffectiveSampleSize(chains) / 4000, 0.85, 1.15);
        Assert.InRange(ConvergenceDiagnostics.BulkEffectiveSampleSize(chains) / 4000, 0.85, 1.15);
    }

    [Fact]
    public void Chains_with_different_means_give_a_large_rhat()
    {
        var chains = Iid(4, 500, 4, mean: c => 2.0 * c);
        Assert.True(ConvergenceDiagnostics.SplitRhat(chains) > 1.5);
        Assert.True(ConvergenceDiagnostics.RankNormalizedRhat(chains) > 1.5);
    }

    [Fact]
    public void A_chain_that_drifts_within_itself_is_caught_by_the_split()
    {
        // One chain: a trend from −3 to 3 plus noise. Unsplit there is no second chain to disagree with.
        var random = SeededRandom.Create(8);
        var drift = Enumerable.Range(0, 1000).Select(i => -3 + 6 * i / 999.0 + Normal.Sample(random, 0, 1)).ToArray();
        Assert.True(ConvergenceDiagnostics.SplitRhat([drift]) > 1.3);
    }

    [Fact]
    public void Chains_that_differ_only_in_scale_are_caught_by_the_folded_rank_rhat()
    {
        var chains = Iid(4, 1000, 5, sd: c => c == 0 ? 3 : 1);
        Assert.InRange(ConvergenceDiagnostics.SplitRhat(chains), 0.99, 1.02);
        Assert.True(ConvergenceDiagnostics.RankNormalizedRhat(chains) > 1.05,
            $"rank-normalised R̂ {ConvergenceDiagnostics.RankNormalizedRhat(chains)}");
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(0.8, 2)]
    [InlineData(-0.3, 3)]
    public void An_ar1_chain_gives_the_ess_of_its_autocorrelation(double rho, int seed)
    {
        int chains = 4, draws = 5000;
        double expected = chains * draws * (1 - rho) / (1 + rho);
        double ess = ConvergenceDiagnostics.EffectiveSampleSize(Ar1(chains, draws, rho, seed));
        Assert.InRange(ess / expected, 0.85, 1.15);
    }

    [Fact]
    public void Ragged_short_or_non_finite_chains_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.SplitRhat([[1, 2, 3, 4], [1, 2, 3]]));
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.SplitRhat([[1, 2, 3]]));
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.EffectiveSampleSize([[1, 2, double.NaN, 4]]));
        Assert.Throws<ArgumentException>(() => ConvergenceDiagnostics.SplitRhat([]));
    }
}
