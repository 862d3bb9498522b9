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
                Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance * Condition(inputs, expected, i) * Math.Max(Math.Abs(expected[i]), Floor),
                    $"output {i % MechanismFormulas.OutputCount}: scalar {expected[i]:R}, device math {actual[i]:R}");
        }, iter: 20);
    }

    /// <summary>How much output <paramref name="i"/> amplifies a relative error of its inputs. The climb hazard is
    /// h₀·L·(τ − b)^γ: an error δ in the threshold τ (its device pow) becomes γ·δ/(τ − b) relative in h↑, however accurate
    /// the device's own power is, so near the threshold the tolerance grows by 1 + γ·τ/(τ − b) (seed 3Yaep8kotu22 at
    /// 3,000 iterations: τ − b small, h↑ = 0.0055 off by 1.4e-14). The other outputs are compared as they are.</summary>
    private static double Condition(double[] inputs, double[] expected, int i)
    {
        int e = i / MechanismFormulas.OutputCount;
        if (i % MechanismFormulas.OutputCount != 1) return 1;
        double tau = expected[e * MechanismFormulas.OutputCount], belief = inputs[e * MechanismFormulas.InputCount];
        double exponent = inputs[e * MechanismFormulas.InputCount + 13];
        return 1 + exponent * Math.Abs(tau) / Math.Abs(tau - belief);
    }
}
