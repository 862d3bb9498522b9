using System.Runtime.CompilerServices;
using Spokes.Model.Lanes;

namespace Spokes.Gpu;

/// <summary>
/// One experiment's double in one GPU thread: the lane type the model's generic source (<see cref="ILane{T}"/>) is
/// compiled for by ILGPU. Width 1 (the parallelism is one thread per experiment, not SIMD inside a thread); the
/// arithmetic and comparisons are those of <see cref="Scalar"/>, the transcendental functions come from
/// <typeparamref name="TMath"/>: <see cref="DeviceMath"/> in kernels (what a CUDA device computes),
/// <see cref="PtxMathOnHost"/> to run the device's own algorithms on the host and measure their distance from the
/// scalar path without a GPU. Only constructs ILGPU compiles are used (no Span, no class, no delegate):
/// a test compiles it to PTX.
/// </summary>
public readonly struct DeviceLane<TMath>(double value) : ILane<DeviceLane<TMath>> where TMath : struct, IDeviceMath
{
    public readonly double Value = value;

    public static int Width => 1;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static DeviceLane<TMath> Of(double x) => new(x);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Get(DeviceLane<TMath> x, int k) => x.Value;

    public static DeviceLane<TMath> operator +(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(a.Value + b.Value);
    public static DeviceLane<TMath> operator -(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(a.Value - b.Value);
    public static DeviceLane<TMath> operator *(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(a.Value * b.Value);
    public static DeviceLane<TMath> operator /(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(a.Value / b.Value);
    public static DeviceLane<TMath> operator -(DeviceLane<TMath> a) => new(-a.Value);
    public static DeviceLane<TMath> operator +(DeviceLane<TMath> a, double b) => new(a.Value + b);
    public static DeviceLane<TMath> operator -(DeviceLane<TMath> a, double b) => new(a.Value - b);
    public static DeviceLane<TMath> operator *(DeviceLane<TMath> a, double b) => new(a.Value * b);
    public static DeviceLane<TMath> operator /(DeviceLane<TMath> a, double b) => new(a.Value / b);
    public static DeviceLane<TMath> operator +(double a, DeviceLane<TMath> b) => new(a + b.Value);
    public static DeviceLane<TMath> operator -(double a, DeviceLane<TMath> b) => new(a - b.Value);
    public static DeviceLane<TMath> operator *(double a, DeviceLane<TMath> b) => new(a * b.Value);
    public static DeviceLane<TMath> operator /(double a, DeviceLane<TMath> b) => new(a / b.Value);

    public static DeviceLane<TMath> Exp(DeviceLane<TMath> x) => new(TMath.Exp(x.Value));
    public static DeviceLane<TMath> Log(DeviceLane<TMath> x) => new(TMath.Log(x.Value));
    public static DeviceLane<TMath> Pow(DeviceLane<TMath> x, DeviceLane<TMath> y) => new(TMath.Pow(x.Value, y.Value));
    public static DeviceLane<TMath> Pow(DeviceLane<TMath> x, DeviceLane<TMath> y, DeviceLane<TMath> lnX) => Pow(x, y);
    public static DeviceLane<TMath> Tanh(DeviceLane<TMath> x) => new(TMath.Tanh(x.Value));

    public static DeviceLane<TMath> Abs(DeviceLane<TMath> x) => new(Math.Abs(x.Value));
    public static DeviceLane<TMath> Max(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(Math.Max(a.Value, b.Value));
    public static DeviceLane<TMath> Min(DeviceLane<TMath> a, DeviceLane<TMath> b) => new(Math.Min(a.Value, b.Value));
    /// <summary>Math.Clamp's comparisons without its exception for lo &gt; hi (kernels cannot throw).</summary>
    public static DeviceLane<TMath> Clamp(DeviceLane<TMath> x, DeviceLane<TMath> lo, DeviceLane<TMath> hi) =>
        x.Value < lo.Value ? lo : x.Value > hi.Value ? hi : x;
    public static DeviceLane<TMath> IfLess(DeviceLane<TMath> a, DeviceLane<TMath> b, DeviceLane<TMath> then, DeviceLane<TMath> otherwise) =>
        a.Value < b.Value ? then : otherwise;
    public static DeviceLane<TMath> IfLessOrEqual(DeviceLane<TMath> a, DeviceLane<TMath> b, DeviceLane<TMath> then, DeviceLane<TMath> otherwise) =>
        a.Value <= b.Value ? then : otherwise;
    public static bool AllLessOrEqual(DeviceLane<TMath> a, DeviceLane<TMath> b) => a.Value <= b.Value;
    public static bool BitEquals(DeviceLane<TMath> a, DeviceLane<TMath> b) => ILGPU.Interop.FloatAsInt(a.Value) == ILGPU.Interop.FloatAsInt(b.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
