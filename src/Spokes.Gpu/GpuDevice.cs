using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Spokes.Gpu;

/// <summary>
/// An ILGPU context and the accelerator the GPU path runs on: the first CUDA device when one is present (and not
/// declined), else ILGPU's CPU accelerator, which runs the same kernels as .NET code on the host threads (how the tests
/// and CI run them: they need no GPU). <see cref="Name"/> says which ran, for benchmarks and reports.
/// </summary>
public sealed class GpuDevice : IDisposable
{
    private readonly Context _context;

    /// <summary>Opens CUDA device 0 when there is one and <paramref name="cpuOnly"/> is false, else the CPU accelerator.</summary>
    public GpuDevice(bool cpuOnly = false)
    {
        // Algorithms: XMath's double functions get their PTX implementations in CUDA kernels.
        _context = Context.Create(builder => builder.CPU().Cuda().EnableAlgorithms());
        Device device = !cpuOnly && _context.GetCudaDevices().Count > 0
            ? _context.GetCudaDevice(0)
            : _context.GetCPUDevice(0);
        Accelerator = device.CreateAccelerator(_context);
    }

    public Accelerator Accelerator { get; }

    /// <summary>Whether the kernels run on a CUDA GPU (false: ILGPU's CPU accelerator).</summary>
    public bool IsGpu => Accelerator.AcceleratorType == AcceleratorType.Cuda;

    /// <summary>"CUDA: name" or "CPU accelerator (ILGPU, no GPU)".</summary>
    public string Name => IsGpu ? $"CUDA: {Accelerator.Name}" : "CPU accelerator (ILGPU, no GPU)";

    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
