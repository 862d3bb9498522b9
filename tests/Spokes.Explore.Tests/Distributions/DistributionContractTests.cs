using CsCheck;
using Spokes.Explore.Distributions;

namespace Spokes.Explore.Tests.Distributions;

/// <summary>The contract every <see cref="IParameterDistribution"/> must keep, run against each of them.</summary>
public class DistributionContractTests
{
    private const int Stratified = 20_000;

    [Theory]
    [MemberData(nameof(DistributionCases.Names), MemberType = typeof(DistributionCases))]
    public void Quantiles_are_monotone_finite_and_within_the_support(string name)
    {
        var distribution = DistributionCases.All[name];
        double previous = double.NegativeInfinity;
        for (int k = 0; k <= 4000; k++)
        {
            double u = k / 4000.0, x = distribution.Quantile(u);
            Assert.True(double.IsFinite(x), $"{name}: Q({u}) = {x}");
            Assert.True(x >= previous, $"{name}: Q({u}) = {x} < Q(previous) = {previous}");
            Assert.InRange(x, distribution.Minimum, distribution.Maximum);
            previous = x;
        }
    }

    [Theory]
    [MemberData(nameof(DistributionCases.Names), MemberType = typeof(DistributionCases))]
    public void Quantiles_are_monotone_for_random_pairs(string name)
    {
        var distribution = DistributionCases.All[name];
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1]).Sample((a, b) =>
        {
            var (lo, hi) = a <= b ? (a, b) : (b, a);
            return distribution.Quantile(lo) <= distribution.Quantile(hi);
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(DistributionCases.Names), MemberType = typeof(DistributionCases))]
    public void Stratified_mean_and_variance_match_the_analytic_moments(string name)
    {
        var distribution = DistributionCases.All[name];
        double sum = 0, sumSq = 0;
        for (int k = 0; k < Stratified; k++)
        {
            double x = distribution.Quantile((k + 0.5) / Stratified);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / Stratified, variance = sumSq / Stratified - mean * mean;
        double sd = Math.Sqrt(distribution.Variance);
        Assert.True(Math.Abs(mean - distribution.Mean) <= 1e-3 * sd,
            $"{name}: stratified mean {mean} vs analytic {distribution.Mean}");
        Assert.True(Math.Abs(variance - distribution.Variance) <= 0.01 * distribution.Variance,
            $"{name}: stratified variance {variance} vs analytic {distribution.Variance}");
    }

    [Theory]
    [MemberData(nameof(DistributionCases.Names), MemberType = typeof(DistributionCases))]
    public void Coordinates_outside_the_unit_interval_are_rejected_by_name(string name)
    {
        var distribution = DistributionCases.All[name];
        foreach (var u in new[] { double.NaN, -1e-12, 1 + 1e-12, double.PositiveInfinity })
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => distribution.Quantile(u));
            Assert.Equal("u", e.ParamName);
        }
    }
}
