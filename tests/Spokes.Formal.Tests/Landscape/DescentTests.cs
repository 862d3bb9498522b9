using CsCheck;
using Spokes.Formal.Landscape;

namespace Spokes.Formal.Tests.Landscape;

public class DescentTests
{
    [Fact]
    public void Dynamics_stop_at_a_configuration_enumeration_confirms_as_a_local_minimum()
    {
        SystemGen.Exact(2, 10).SelectMany(s => SystemGen.ConfigurationFor(s).Array[5].Select(xs => (s, xs))).Sample((s, starts) =>
        {
            var analysis = LandscapeAnalysis.Enumerate(s);
            foreach (var start in starts)
            {
                var (end, _) = Descent.Run(s, start);
                Assert.True(analysis.IsLocalMinimum(end), $"descent from {start} ended at {end}, not an enumerated minimum");
                // And independently of the enumeration: no single switch lowers the energy.
                for (int k = 0; k < s.Count; k++)
                    Assert.True(Frustration.Energy(s, end.Switch(k)) >= Frustration.Energy(s, end));
            }
        }, iter: 100);
    }

    [Fact]
    public void Every_step_lowers_the_switching_actors_frustration_and_the_energy()
    {
        SystemGen.Continuous(2, 12).SelectMany(s => SystemGen.ConfigurationFor(s).Select(x => (s, x))).Sample((s, start) =>
        {
            var (end, switches) = Descent.Run(s, start);
            var x = start;
            foreach (var k in switches)
            {
                var y = x.Switch(k);
                Assert.True(Frustration.Of(s, y, k) < Frustration.Of(s, x, k));
                Assert.True(Frustration.Energy(s, y) < Frustration.Energy(s, x));
                x = y;
            }
            Assert.Equal(end, x);
        }, iter: 200);
    }

    [Fact]
    public void Two_rival_pairs_split_into_two_blocs()
    {
        // 0 and 1 attract, 2 and 3 attract, across the pairs they repel: the only minimum is {0,1} vs {2,3}.
        var s = SystemGen.Build([1, 1, 1, 1], [1, -1, -1, -1, -1, 1]);
        var (end, _) = Descent.Run(s, new BlocConfiguration(4, 0));
        Assert.Equal(new BlocConfiguration(4, 0b1100), end);
        var analysis = LandscapeAnalysis.Enumerate(s);
        var only = Assert.Single(analysis.Minima);
        Assert.Equal(end, only.Configuration);
        Assert.Equal(1.0, only.BasinShare);
        Assert.Equal(-8, only.Energy); // 4 repelling pairs apart, each counted twice: 2·4·(−1)
    }
}
