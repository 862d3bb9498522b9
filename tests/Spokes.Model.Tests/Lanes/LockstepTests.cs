using CsCheck;
using Spokes.Model.Lanes;
using Spokes.Model.Mechanisms;
using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Tests.Lanes;

/// <summary>
/// The lock-step block against single runs of the same inputs: over random worlds (parameters anywhere in their
/// ranges, a posture, public support constant or moving every year, a seed per lane) every alliance value of every
/// year agrees within <see cref="Tolerance"/>; and a lane's results do not depend on the other lanes of its block.
/// </summary>
public class LockstepTests
{
    /// <summary>Relative tolerance (with an absolute floor for values near 0) of a lock-step run against the scalar run.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>The tolerance of the proliferation risk: its climb hazard h₀·L·(τ − b)^γ amplifies the vector pow's error
    /// in the threshold τ by γ·τ/(τ − b) when belief b is just below τ. Over 40,000 random 4-lane blocks and 10,000
    /// 16-lane blocks the largest difference was 2.5e-12 (seeds cgcQratInk51 and 0lIEwkhhnht1 at 1e-12).</summary>
    public const double RiskTolerance = 1e-11;

    private static readonly int Years = Runs.End - Runs.B2016.Year + 1;

    private sealed record World(ParameterSet Parameters, double[] Support, int Seed);

    private static readonly ParameterInfo AwayRate = ParameterCatalog.Get(ParameterId.AlignmentAwayRate);

    // Some worlds give one ally its own alignment rate (a per-spoke override): a block then mixes lanes that read a
    // per-spoke table with lanes that read the global value.
    private static readonly Gen<World> Worlds =
        from global in Runs.Parameters
        from spoke in Gen.Int[-4, Runs.B2016.Spokes.Count - 1]
        from rate in Gen.Double[AwayRate.Min, AwayRate.Max]
        let p = spoke < 0 ? global : global.WithSpoke(ParameterId.AlignmentAwayRate, spoke, rate)
        from support in Gen.OneOf(
            Gen.Double[0, 1].Select(s => Enumerable.Repeat(s, Years).ToArray()),
            Gen.Double[0, 1].Array[Years])
        from seed in Gen.Int
        select new World(p, support, seed);

    private static readonly Gen<Preset> Postures = Gen.Int[0, Presets.All.Count - 1].Select(i => Presets.All[i]);

    private static Trajectory Scalar(World w, LeverSchedule levers) =>
        new AllianceSimulation(Runs.B2016, w.Parameters, levers, new Exogenous(Runs.B2016.Year, w.Support, growth: true), Runs.End).Run(w.Seed);

    private static LockstepSimulation<T> Block<T>(World[] worlds, LeverSchedule levers) where T : struct, ILane<T>
    {
        var sim = new LockstepSimulation<T>(Runs.B2016, levers, Exogenous.Constant(Runs.B2016.Year, Runs.End, 0.5, growth: true), Runs.End);
        sim.Configure(worlds.Select(w => w.Parameters).ToArray(), worlds.Select(w => new Exogenous(Runs.B2016.Year, w.Support, growth: true)).ToArray());
        sim.Run(worlds.Select(w => w.Seed).ToArray());
        return sim;
    }

    private static void Agree<T>(World[] worlds, Preset posture) where T : struct, ILane<T>
    {
        var levers = Runs.Levers(posture.Apply);
        var block = Block<T>(worlds, levers);
        for (int k = 0; k < T.Width; k++)
        {
            var expected = Scalar(worlds[k], levers);
            var actual = block.Lane(k);
            int row = expected.RowIndex(Trajectory.AllianceId);
            for (int y = Runs.B2016.Year; y <= Runs.End; y++)
                foreach (var v in Indices.AllianceVariables)
                {
                    double e = expected[y, row, v], a = actual[y, 0, v];
                    double tolerance = v == Variable.ProliferationRisk ? RiskTolerance : Tolerance;
                    Assert.True(Math.Abs(e - a) <= tolerance * Math.Max(Math.Abs(e), 1e-3),
                        $"{posture.Name}, lane {k}, {y} {v}: scalar {e:R}, lock-step {a:R} (relative {Math.Abs(e - a) / Math.Abs(e):E2})");
                }
        }
    }

    [Fact]
    public void Eight_lanes_agree_with_eight_single_runs() =>
        Gen.Select(Worlds.Array[8], Postures).Sample((worlds, posture) => Agree<Lane8>(worlds, posture), iter: 40);

    [Fact]
    public void Four_lanes_agree_with_four_single_runs() =>
        Gen.Select(Worlds.Array[4], Postures).Sample((worlds, posture) => Agree<Lane4>(worlds, posture), iter: 40);

    [Fact]
    public void Sixteen_lanes_agree_with_sixteen_single_runs() =>
        Gen.Select(Worlds.Array[16], Postures).Sample((worlds, posture) => Agree<Lane16>(worlds, posture), iter: 15);

    /// <summary>Lane16 is four Lane4 quarters computed with Lane4's own operations: a 16-lane block gives every lane
    /// exactly the bits of the 4-lane blocks of the same experiments, so the width does not change results on AVX2.</summary>
    [Fact]
    public void Sixteen_lanes_give_the_bits_of_four_lanes() =>
        Gen.Select(Worlds.Array[16], Postures).Sample((worlds, posture) =>
        {
            var levers = Runs.Levers(posture.Apply);
            var wide = Block<Lane16>(worlds, levers);
            for (int q = 0; q < 4; q++)
            {
                var narrow = Block<Lane4>(worlds[(4 * q)..(4 * q + 4)], levers);
                for (int k = 0; k < 4; k++)
                    for (int y = Runs.B2016.Year; y <= Runs.End; y++)
                        foreach (var v in Indices.AllianceVariables)
                            Assert.Equal(BitConverter.DoubleToInt64Bits(narrow.Lane(k)[y, 0, v]), BitConverter.DoubleToInt64Bits(wide.Lane(4 * q + k)[y, 0, v]));
            }
        }, iter: 15);

    [Fact]
    public void A_lane_does_not_depend_on_its_neighbours() =>
        Gen.Select(Worlds.Array[8], Worlds.Array[8], Postures).Sample((a, b, posture) =>
        {
            var levers = Runs.Levers(posture.Apply);
            var mixed = a.Take(4).Concat(b.Skip(4)).ToArray();
            var first = Block<Lane8>(a, levers);
            var second = Block<Lane8>(mixed, levers);
            for (int k = 0; k < 4; k++)
                for (int y = Runs.B2016.Year; y <= Runs.End; y++)
                    foreach (var v in Indices.AllianceVariables)
                        Assert.Equal(BitConverter.DoubleToInt64Bits(first.Lane(k)[y, 0, v]), BitConverter.DoubleToInt64Bits(second.Lane(k)[y, 0, v]));
        }, iter: 20);
}
