using System.Reflection;
using ILGPU.Algorithms;

namespace Spokes.Gpu;

/// <summary>The double exp, log, pow and tanh a <see cref="DeviceLane{TMath}"/> uses (static abstract, so a kernel
/// calls them directly).</summary>
public interface IDeviceMath
{
    static abstract double Exp(double x);
    static abstract double Log(double x);
    static abstract double Pow(double x, double y);
    static abstract double Tanh(double x);
}

/// <summary>
/// ILGPU.Algorithms' <see cref="XMath"/>: in a CUDA kernel ILGPU replaces these calls by its own PTX implementations
/// (range reduction and polynomials; a CORDIC iteration for log), which are not libm's; on the CPU accelerator, and on
/// the host, they are .NET's <see cref="Math"/> functions, so a CPU-accelerator run is the scalar path's arithmetic.
/// </summary>
public readonly struct DeviceMath : IDeviceMath
{
    public static double Exp(double x) => XMath.Exp(x);
    public static double Log(double x) => XMath.Log(x);
    public static double Pow(double x, double y) => XMath.Pow(x, y);
    public static double Tanh(double x) => XMath.Tanh(x);
}

/// <summary>
/// The PTX implementations ILGPU.Algorithms 1.5.3 compiles into CUDA kernels for <see cref="XMath"/>'s double
/// functions (its internal <c>ILGPU.Algorithms.PTX.PTXMath</c>), called on the host: a run over
/// <c>DeviceLane&lt;PtxMathOnHost&gt;</c> computes with the device's algorithms on a machine without a GPU, which is how
/// the GPU path's tolerance against the scalar path is measured and tested (docs/performance.md). Host only (the calls
/// go through delegates). What it cannot reproduce: the CUDA compiler may fuse a multiply and an add into one FMA,
/// which changes last bits; that needs a measurement on a GPU.
/// </summary>
public readonly struct PtxMathOnHost : IDeviceMath
{
    private static readonly Type Implementation = typeof(XMath).Assembly.GetType("ILGPU.Algorithms.PTX.PTXMath")
        ?? throw new InvalidOperationException("ILGPU.Algorithms no longer has ILGPU.Algorithms.PTX.PTXMath (the version is pinned at 1.5.3 in Directory.Packages.props)");
    private static readonly Func<double, double> ExpOf = Unary("Exp"), LogOf = Unary("Log"), TanhOf = Unary("Tanh");
    private static readonly Func<double, double, double> PowOf = Find("Pow", 2).CreateDelegate<Func<double, double, double>>();

    public static double Exp(double x) => ExpOf(x);
    public static double Log(double x) => LogOf(x);
    public static double Pow(double x, double y) => PowOf(x, y);
    public static double Tanh(double x) => TanhOf(x);

    private static Func<double, double> Unary(string name) => Find(name, 1).CreateDelegate<Func<double, double>>();

    private static MethodInfo Find(string name, int arity) =>
        Implementation.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .SingleOrDefault(m => m.Name == name && m.ReturnType == typeof(double) && m.GetParameters() is var ps
                && ps.Length == arity && ps.All(p => p.ParameterType == typeof(double)))
        ?? throw new InvalidOperationException($"ILGPU.Algorithms' PTXMath has no double {name}");
}
