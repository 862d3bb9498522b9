using System.Diagnostics;
using System.Globalization;
using Spokes.Gpu;

namespace Spokes.Benchmarks;

/// <summary>
/// The device check of the GPU path, for a machine with a GPU (it also runs without one, on ILGPU's CPU accelerator):
/// <c>gpu-check [N]</c> runs <see cref="FormulaKernel"/> on N experiments (default 1,000,000) on the accelerator
/// <see cref="GpuDevice"/> opens and prints which one ran, the kernel's wall time (copies included; the first call, which
/// compiles, timed apart), and the largest relative differences of its results from the host's scalar path and from the
/// device's own algorithms run on the host (<see cref="PtxMathOnHost"/>). On a GPU the second figure shows what the
/// host emulation misses (FMA contraction by the CUDA compiler); the first is the tolerance a GPU ensemble would state.
/// </summary>
public static class GpuCheck
{
    public static void Run(string[] args)
    {
        int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        using var device = new GpuDevice();
        Console.WriteLine($"accelerator: {device.Name}");
        var kernel = new FormulaKernel(device);
        var inputs = MechanismFormulas.RandomInputs(n, seed: 1);
        var clock = Stopwatch.StartNew();
        kernel.Run(inputs);
        Console.WriteLine($"first call (compiles the kernel): {clock.Elapsed.TotalMilliseconds:F1} ms");
        var times = new List<double>();
        double[] actual = [];
        for (int i = 0; i < 5; i++)
        {
            clock.Restart();
            actual = kernel.Run(inputs);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"kernel, {n:N0} experiments: median {times[2]:F1} ms of 5 ({times[2] * 1e6 / n:F1} ns per experiment, copies included)");
        MechanismFormulas.OnHost(inputs); // warm-up (JIT tiers)
        clock.Restart();
        var host = MechanismFormulas.OnHost(inputs);
        Console.WriteLine($"host, Scalar, one thread: {clock.Elapsed.TotalMilliseconds:F1} ms (second call)");
        var emulated = new double[host.Length];
        for (int e = 0; e < n; e++)
        {
            var y = new HostRow(emulated, e * MechanismFormulas.OutputCount);
            MechanismFormulas.Evaluate<DeviceLane<PtxMathOnHost>, HostRow, HostRow>(new HostRow(inputs, e * MechanismFormulas.InputCount), ref y);
        }
        Console.WriteLine($"largest relative difference (values below 1e-2 as 1e-2): from the host's scalar path {Worst(actual, host):E2}, "
            + $"from the device's algorithms on the host {Worst(actual, emulated):E2}");
    }

    private static double Worst(double[] actual, double[] expected)
    {
        double worst = 0;
        for (int i = 0; i < actual.Length; i++)
            worst = Math.Max(worst, double.IsNaN(actual[i]) != double.IsNaN(expected[i]) ? double.PositiveInfinity
                : double.IsNaN(actual[i]) ? 0 : Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), 1e-2));
        return worst;
    }
}
