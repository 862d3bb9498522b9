using CsCheck;
using Spokes.Formal.Landscape;

namespace Spokes.Formal.Tests.Landscape;

public class FrustrationTests
{
    [Fact]
    public void One_switch_changes_energy_by_exactly_twice_size_times_frustration_change()
    {
        SystemGen.Exact(2, 12)
            .SelectMany(s => Gen.Select(SystemGen.ConfigurationFor(s), Gen.Int[0, s.Count - 1]).Select(t => (s, t.Item1, t.Item2)))
            .Sample((s, x, k) =>
            {
                var y = x.Switch(k);
                double dE = Frustration.Energy(s, y) - Frustration.Energy(s, x);
                double dF = Frustration.Of(s, y, k) - Frustration.Of(s, x, k);
                Assert.Equal(2 * s.Size(k) * dF, dE);                          // exact: no tolerance
                Assert.Equal(dF, Frustration.SwitchChange(s, x, k));
            }, iter: 500);
    }

    [Fact]
    public void Energy_depends_on_the_partition_only()
    {
        SystemGen.Exact(2, 10).SelectMany(s => SystemGen.ConfigurationFor(s).Select(x => (s, x))).Sample((s, x) =>
            Frustration.Energy(s, x) == Frustration.Energy(s, new BlocConfiguration(x.Count, ~x.Mask & ((1UL << x.Count) - 1))));
    }

    [Fact]
    public void Hand_computed_three_actor_example()
    {
        // Sizes 1, 2, 3; p01 = 1, p02 = −1, p12 = 0.5. Configuration {0} vs {1, 2}:
        // F0 = 2·1 + 3·(−1) = −1, F1 = 1·1 = 1, F2 = 1·(−1) = −1; E = 1·(−1) + 2·1 + 3·(−1) = −2.
        var s = SystemGen.Build([1, 2, 3], [1, -1, 0.5]);
        var x = new BlocConfiguration(3, 0b110);
        Assert.Equal(-1, Frustration.Of(s, x, 0));
        Assert.Equal(1, Frustration.Of(s, x, 1));
        Assert.Equal(-1, Frustration.Of(s, x, 2));
        Assert.Equal(-2, Frustration.Energy(s, x));
        Assert.Equal(0, Frustration.Energy(s, new BlocConfiguration(3, 0)));   // everyone together: nobody apart
    }
}
