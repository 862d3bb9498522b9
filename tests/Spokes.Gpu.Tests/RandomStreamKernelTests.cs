using System.Reflection;
using CsCheck;
using ILGPU;
using ILGPU.Runtime;
using Spokes.Model.Simulation;

namespace Spokes.Gpu.Tests;

/// <summary>Each experiment's random stream in a GPU thread: <see cref="RandomStream"/> compiles for CUDA and, on the CPU
/// accelerator, one thread per seed draws exactly the numbers <see cref="RunRandom"/> draws.</summary>
public class RandomStreamKernelTests
{
    private const int Draws = 16;

    private static void Kernel(Index1D e, ArrayView<int> seeds, ArrayView<double> draws)
    {
        var stream = new RandomStream(seeds[e]);
        for (int k = 0; k < Draws; k++) draws[e * Draws + k] = stream.NextDouble();
    }

    [Fact]
    public void The_stream_compiles_for_CUDA_without_a_GPU() =>
        Assert.Contains(".entry", PtxCompilation.Compile(typeof(RandomStreamKernelTests).GetMethod(nameof(Kernel), BindingFlags.Static | BindingFlags.NonPublic)!));

    [Fact]
    public void On_the_CPU_accelerator_each_thread_draws_the_numbers_of_RunRandom()
    {
        using var device = new GpuDevice(cpuOnly: true);
        var kernel = device.Accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<int>, ArrayView<double>>(Kernel);
        Gen.Int.Array[1, 64].Sample(seeds =>
        {
            using var input = device.Accelerator.Allocate1D(seeds);
            using var output = device.Accelerator.Allocate1D<double>(seeds.Length * Draws);
            kernel(seeds.Length, input.View, output.View);
            device.Accelerator.Synchronize();
            var draws = output.GetAsArray1D();
            for (int e = 0; e < seeds.Length; e++)
            {
                var expected = new RunRandom(seeds[e]);
                for (int k = 0; k < Draws; k++) Assert.Equal(expected.NextDouble(), draws[e * Draws + k]);
            }
        }, iter: 20);
    }
}
