using CsCheck;
using Spokes.Model.Simulation;

namespace Spokes.Model.Tests.Lanes;

/// <summary>A lock-step block's streams (<see cref="RandomLanes"/>, four lanes per vector) draw, lane by lane, exactly
/// the numbers of a <see cref="RandomStream"/> with the lane's seed: the nuclear paths of lock-step and single runs
/// use the same random numbers.</summary>
public class RandomLanesTests
{
    [Fact]
    public void Every_lane_draws_the_bits_of_its_own_stream()
    {
        Gen.Int.Array[16].Sample(seeds =>
        {
            var lanes = new RandomLanes(16);
            var streams = new RandomStream[16];
            for (int k = 0; k < 16; k++)
            {
                lanes.Reset(k, seeds[k]);
                streams[k] = new RandomStream(seeds[k]);
            }
            var drawn = new double[16];
            for (int draw = 0; draw < 200; draw++)
            {
                lanes.NextDoubles(drawn);
                for (int k = 0; k < 16; k++)
                {
                    double expected = streams[k].NextDouble();
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(drawn[k]));
                    Assert.InRange(drawn[k], 0.0, Math.BitDecrement(1.0));
                }
            }
        }, iter: 50);
    }

    [Fact]
    public void Resetting_one_lane_restarts_that_lane_only()
    {
        var lanes = new RandomLanes(8);
        for (int k = 0; k < 8; k++) lanes.Reset(k, k + 1);
        var first = new double[8];
        var second = new double[8];
        lanes.NextDoubles(first);
        lanes.Reset(3, 4);
        lanes.NextDoubles(second);
        Assert.Equal(first[3], second[3]);
        for (int k = 0; k < 8; k++)
            if (k != 3) Assert.NotEqual(first[k], second[k]);
    }

    [Fact]
    public void Widths_other_than_fours_are_refused() => Assert.Throws<ArgumentException>(() => new RandomLanes(6));
}
