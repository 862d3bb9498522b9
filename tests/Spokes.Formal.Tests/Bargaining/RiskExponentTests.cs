using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

public class RiskExponentTests
{
    [Fact]
    public void Exponents_lie_in_half_to_two_with_the_extremes_taken()
    {
        Gen.Double[-10, 10].Array[2, 12].Where(d => d.Max() > d.Min()).Sample(d =>
        {
            var r = RiskExponent.FromDangers(d);
            Assert.All(r, x => Assert.InRange(x, 0.5 - 1e-12, 2 + 1e-12));
            Assert.Equal(0.5, r[Array.IndexOf(d, d.Max())], 12);  // most endangered: most risk acceptant
            Assert.Equal(2.0, r[Array.IndexOf(d, d.Min())], 12);  // safest: most risk averse
        });
    }

    [Fact]
    public void More_danger_means_a_lower_exponent()
    {
        var r = RiskExponent.FromDangers([1, 2, 3]);
        Assert.True(r[0] > r[1] && r[1] > r[2]);
        Assert.Equal(1.0, r[1], 14); // the midpoint: R = 0
    }

    [Fact]
    public void Equal_danger_gives_risk_neutrality_instead_of_dividing_by_zero()
    {
        Assert.All(RiskExponent.FromDangers([0.3, 0.3, 0.3]), x => Assert.Equal(1.0, x));
    }
}
