using Spokes.Model.Outputs;
using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using MathNet.Numerics.Random;
using Spokes.Model.Simulation;

namespace Spokes.Model.Tests;

public class DeterminismAndSpeedTests
{
    private static double[] Flatten(Trajectory t)
    {
        var list = new List<double>();
        for (int y = t.StartYear; y <= t.EndYear; y++)
            for (int r = 0; r < t.RowIds.Count; r++)
                foreach (var v in Enum.GetValues<Variable>()) list.Add(t[y, r, v]);
        return list.ToArray();
    }

    [Fact]
    public void Same_inputs_and_seed_give_bit_identical_results_also_across_threads()
    {
        var reference = Flatten(Runs.Run(Presets.Find("withdraw")!.Apply, seed: 42));
        var parallel = new double[8][];
        Parallel.For(0, 8, i => parallel[i] = Flatten(Runs.Run(Presets.Find("withdraw")!.Apply, seed: 42)));
        foreach (var run in parallel)
            Assert.Equal(reference.Select(BitConverter.DoubleToInt64Bits), run.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void The_seed_drives_only_the_sampled_nuclear_path()
    {
        var a = Runs.Run(Presets.Find("withdraw")!.Apply, seed: 1);
        var b = Runs.Run(Presets.Find("withdraw")!.Apply, seed: 2);
        for (int y = a.StartYear; y <= a.EndYear; y++)
            for (int r = 0; r < a.RowIds.Count; r++)
                foreach (var v in Enum.GetValues<Variable>())
                    if (v != Variable.NuclearStage) Assert.Equal(a[y, r, v], b[y, r, v]);
    }

    [Fact]
    public void The_yearly_loop_allocates_nothing()
    {
        // A simulation allocates everything at construction (its random source is reseeded in place), so a run
        // allocates nothing, whether of 5 or 60 years.
        long Allocated(int years)
        {
            var b = Runs.B2016;
            var levers = new LeverSchedule(b.Year, b.Year + years, b.Spokes.Count);
            Presets.Find("threaten-and-act")!.Apply(levers);
            var sim = new AllianceSimulation(b, ParameterSet.Defaults, levers, Exogenous.Constant(b.Year, b.Year + years, 0.89), b.Year + years);
            sim.Run(1); // warm up (JIT)
            long before = GC.GetAllocatedBytesForCurrentThread();
            sim.Run(1);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        long shortRun = Allocated(5), longRun = Allocated(60);
        Assert.Equal(0, shortRun);
        Assert.Equal(0, longRun);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void The_run_random_source_draws_MathNets_xoshiro256_stream_also_after_a_reset(int seed)
    {
        var reference = new Xoshiro256StarStar(seed, threadSafe: false);
        var ours = new RunRandom(seed ^ 0x5a5a5a5a);
        ours.NextDouble();
        ours.Reset(seed);
        for (int k = 0; k < 10_000; k++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(reference.NextDouble()), BitConverter.DoubleToInt64Bits(ours.NextDouble()));
    }
}
