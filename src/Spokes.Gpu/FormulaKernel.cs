using ILGPU;
using ILGPU.Runtime;

namespace Spokes.Gpu;

/// <summary>
/// <see cref="MechanismFormulas"/> for many experiments at once on a <see cref="GpuDevice"/>, one thread per
/// experiment over <c>DeviceLane&lt;DeviceMath&gt;</c>. On the CPU accelerator the results are the scalar path's bit for
/// bit (XMath is .NET's Math there); on a CUDA device they differ by the device's exp/log/pow
/// (<see cref="PtxMathOnHost"/>, docs/performance.md).
/// </summary>
public sealed class FormulaKernel
{
    private readonly GpuDevice _device;
    private readonly Action<Index1D, ArrayView<double>, ArrayView<double>> _kernel;

    public FormulaKernel(GpuDevice device)
    {
        _device = device;
        _kernel = device.Accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<double>, ArrayView<double>>(Kernel);
    }

    /// <summary>The kernel: experiment <paramref name="e"/> reads its row of inputs and writes its row of outputs.</summary>
    internal static void Kernel(Index1D e, ArrayView<double> inputs, ArrayView<double> outputs)
    {
        var x = new ViewRow(inputs.SubView(e * MechanismFormulas.InputCount, MechanismFormulas.InputCount));
        var y = new ViewRow(outputs.SubView(e * MechanismFormulas.OutputCount, MechanismFormulas.OutputCount));
        MechanismFormulas.Evaluate<DeviceLane<DeviceMath>, ViewRow, ViewRow>(x, ref y);
    }

    /// <summary>Runs every experiment of <paramref name="inputs"/> (rows of <see cref="MechanismFormulas.InputCount"/>)
    /// and returns the rows of outputs (copies in and out included).</summary>
    public double[] Run(double[] inputs)
    {
        if (inputs.Length % MechanismFormulas.InputCount != 0) throw new ArgumentException("inputs must be whole rows");
        int n = inputs.Length / MechanismFormulas.InputCount;
        var accelerator = _device.Accelerator;
        using var input = accelerator.Allocate1D(inputs);
        using var output = accelerator.Allocate1D<double>((long)n * MechanismFormulas.OutputCount);
        _kernel(n, input.View, output.View);
        accelerator.Synchronize();
        return output.GetAsArray1D();
    }

    /// <summary>A row of a device view.</summary>
    private readonly struct ViewRow(ArrayView<double> view) : IRow
    {
        public double this[int i] { get => view[i]; set => view[i] = value; }
    }
}
