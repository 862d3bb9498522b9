using System.Reflection;
using ILGPU;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Spokes.Gpu.Tests;

/// <summary>Compiles a kernel to PTX the way ILGPU's CUDA accelerator would, on a machine without a GPU or a CUDA
/// driver (ILGPU's own compiler; no NVVM): whether the code compiles for a GPU is checked on every test run.</summary>
internal static class PtxCompilation
{
    public static string Compile(MethodInfo kernel)
    {
        using var context = Context.Create(builder => builder.Cuda().EnableAlgorithms());
        using var backend = new PTXBackend(context, new CudaCapabilityContext(CudaArchitecture.SM_70), CudaArchitecture.SM_70,
            CudaInstructionSet.ISA_70, nvvmAPI: null);
        var entry = EntryPointDescription.FromImplicitlyGroupedKernel(kernel);
        var compiled = (PTXCompiledKernel)backend.Compile(entry, default(KernelSpecialization));
        return compiled.PTXAssembly;
    }
}
