using BenchmarkDotNet.Attributes;
using Spokes.Gpu;

namespace Spokes.Benchmarks;

/// <summary>
/// The GPU path's groundwork (docs/performance.md, "GPU: ILGPU"): the mechanisms' context-free formulas
/// (<see cref="MechanismFormulas"/>) for <see cref="Experiments"/> experiments, on the host over <c>Scalar</c> (one
/// thread) and through <see cref="FormulaKernel"/> on the accelerator <see cref="GpuDevice"/> opens — a CUDA device
/// when one is present, else ILGPU's CPU accelerator; the setup prints which (the "// accelerator:" line of the log).
/// The kernel's time includes the copies to and from the device. This is not the yearly step and says nothing yet
/// about a GPU ensemble's speed.
/// </summary>
public class GpuFormulaBenchmarks
{
    [Params(100_000)]
    public int Experiments { get; set; }

    private GpuDevice _device = null!;
    private FormulaKernel _kernel = null!;
    private double[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        _device = new GpuDevice();
        Console.WriteLine($"// accelerator: {_device.Name}");
        _kernel = new FormulaKernel(_device);
        _inputs = MechanismFormulas.RandomInputs(Experiments, seed: 1);
        _kernel.Run(_inputs); // compiles the kernel outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup() => _device.Dispose();

    [Benchmark(Baseline = true)]
    public double[] Host() => MechanismFormulas.OnHost(_inputs);

    [Benchmark]
    public double[] Accelerator() => _kernel.Run(_inputs);
}
