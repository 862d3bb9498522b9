using CsCheck;
using Spokes.Formal.Bargaining;

namespace Spokes.Formal.Tests.Bargaining;

public class UtilityTests
{
    [Fact]
    public void With_no_distance_success_failure_and_status_quo_coincide()
    {
        Gen.Double[0.5, 2].Sample(r =>
        {
            Assert.Equal(Utility.StatusQuo(r), Utility.Success(0, 6, r), 14);
            Assert.Equal(Utility.StatusQuo(r), Utility.Failure(0, 6, r), 14);
        });
    }

    [Fact]
    public void Success_beats_status_quo_beats_failure()
    {
        Gen.Select(Gen.Double[0.01, 1], Gen.Double[0.5, 2]).Sample((d, r) =>
            Utility.Success(d, 1, r) > Utility.StatusQuo(r) && Utility.StatusQuo(r) > Utility.Failure(d, 1, r));
    }

    [Fact]
    public void Risk_neutral_utilities_are_linear_in_distance()
    {
        // r = 1: U_s = 2 − 4·(0.5 − 0.5·d/D) = 2·d/D, U_f = −2·d/D, U_sq = 0.
        Assert.Equal(1.0, Utility.Success(3, 6, 1), 14);
        Assert.Equal(-1.0, Utility.Failure(3, 6, 1), 14);
        Assert.Equal(0.0, Utility.StatusQuo(1), 14);
    }
}
