using System.Reflection;
using CsCheck;

namespace Spokes.Gpu.Tests;

/// <summary>
/// The mechanisms' context-free formulas (<see cref="MechanismFormulas"/>, the model's own generic source) as an ILGPU
/// kernel: it compiles for CUDA (no GPU needed), runs on the CPU accelerator with the scalar path's results bit for
/// bit, and with the device's exp/log/pow (run on the host) stays within <see cref="Tolerance"/> of it.
/// </summary>
public class FormulaKernelTests
{
    /// <summary>Relative tolerance of the device's math against the scalar path on these formulas, values below
    /// <see cref="Floor"/> compared as if they were <see cref="Floor"/> (absolute 1e-14): the device's log and tanh are
    /// off by up to 1e-10 relative near their zeros (measured: docs/performance.md).</summary>
    public const double Tolerance = 1e-12;
    public const double Floor = 1e-2;

    [Fact]
    public void The_kernel_compiles_for_CUDA_without_a_GPU()
    {
        var kernel = typeof(FormulaKernel).GetMethod("Kernel", BindingFlags.Static | BindingFlags.NonPublic)!;
        string ptx = PtxCompilation.Compile(kernel);
        Assert.Contains(".entry", ptx);
        Assert.Contains(".target sm_70", ptx);
    }

    [Fact]
    public void On_the_CPU_accelerator_the_kernel_gives_the_scalar_results_bit_for_bit()
    {
        using var device = new GpuDevice(cpuOnly: true);
        Assert.False(device.IsGpu);
        var kernel = new FormulaKernel(device);
        Gen.Int.Sample(seed =>
        {
            var inputs = MechanismFormulas.RandomInputs(257, seed);
            var expected = MechanismFormulas.OnHost(inputs);
            var actual = kernel.Run(inputs);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
        }, iter: 20);
    }

    [Fact]
    public void With_the_device_math_the_formulas_stay_within_tolerance()
    {
        Gen.Int.Sample(seed =>
        {
            var inputs = MechanismFormulas.RandomInputs(1000, seed);
            var expected = MechanismFormulas.OnHost(inputs);
            var actual = new double[expected.Length];
            for (int e = 0; e < 1000; e++)
            {
                var y = new HostRow(actual, e * MechanismFormulas.OutputCount);
                MechanismFormulas.Evaluate<DeviceLane<PtxMathOnHost>, HostRow, HostRow>(new HostRow(inputs, e * MechanismFormulas.InputCount), ref y);
            }
            for (int i = 0; i < expected.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance * Math.Max(Math.Abs(expected[i]), Floor),
                    $"output {i % MechanismFormulas.OutputCount}: scalar {expected[i]:R}, device math {actual[i]:R}");
        }, iter: 20);
    }
}
