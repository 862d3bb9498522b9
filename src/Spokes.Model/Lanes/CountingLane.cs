using System.Runtime.CompilerServices;

namespace Spokes.Model.Lanes;

/// <summary>
/// Instrumentation: one double, as <see cref="Scalar"/>, that also counts every operation the generic mechanisms do
/// on it (per thread), so the operation count per actor-year is measured on the one source rather than estimated
/// (<c>spokes bench --lockstep</c> prints it). Arithmetic, comparisons and selects count as arithmetic; exp, log, pow
/// and tanh as transcendental. Operations on the values the lanes share (levers, paths), which stay plain doubles,
/// are not counted. Slow; never used in a run.
/// </summary>
public readonly struct CountingLane(double value) : ILane<CountingLane>
{
    [ThreadStatic] private static long _arithmetic, _transcendental;
    public readonly double Value = value;

    /// <summary>Operations counted on this thread since the last <see cref="Reset"/>.</summary>
    public static (long Arithmetic, long Transcendental) Counts => (_arithmetic, _transcendental);
    public static void Reset() => (_arithmetic, _transcendental) = (0, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static CountingLane A(double x) { _arithmetic++; return new(x); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static CountingLane F(double x) { _transcendental++; return new(x); }

    public static int Width => 1;
    public static CountingLane Of(double x) => new(x);
    public static double Get(CountingLane x, int k) => x.Value;
    public static CountingLane operator +(CountingLane a, CountingLane b) => A(a.Value + b.Value);
    public static CountingLane operator -(CountingLane a, CountingLane b) => A(a.Value - b.Value);
    public static CountingLane operator *(CountingLane a, CountingLane b) => A(a.Value * b.Value);
    public static CountingLane operator /(CountingLane a, CountingLane b) => A(a.Value / b.Value);
    public static CountingLane operator -(CountingLane a) => A(-a.Value);
    public static CountingLane operator +(CountingLane a, double b) => A(a.Value + b);
    public static CountingLane operator -(CountingLane a, double b) => A(a.Value - b);
    public static CountingLane operator *(CountingLane a, double b) => A(a.Value * b);
    public static CountingLane operator /(CountingLane a, double b) => A(a.Value / b);
    public static CountingLane operator +(double a, CountingLane b) => A(a + b.Value);
    public static CountingLane operator -(double a, CountingLane b) => A(a - b.Value);
    public static CountingLane operator *(double a, CountingLane b) => A(a * b.Value);
    public static CountingLane operator /(double a, CountingLane b) => A(a / b.Value);
    public static CountingLane Exp(CountingLane x) => F(Math.Exp(x.Value));
    public static CountingLane Log(CountingLane x) => F(Math.Log(x.Value));
    public static CountingLane Pow(CountingLane x, CountingLane y) => F(Math.Pow(x.Value, y.Value));
    public static CountingLane Pow(CountingLane x, CountingLane y, CountingLane lnX) => Pow(x, y);
    public static CountingLane Tanh(CountingLane x) => F(Math.Tanh(x.Value));
    public static CountingLane Abs(CountingLane x) => A(Math.Abs(x.Value));
    public static CountingLane Max(CountingLane a, CountingLane b) => A(Math.Max(a.Value, b.Value));
    public static CountingLane Min(CountingLane a, CountingLane b) => A(Math.Min(a.Value, b.Value));
    public static CountingLane Clamp(CountingLane x, CountingLane lo, CountingLane hi) { _arithmetic++; return A(Math.Clamp(x.Value, lo.Value, hi.Value)); }
    public static CountingLane IfLess(CountingLane a, CountingLane b, CountingLane then, CountingLane otherwise) { _arithmetic += 2; return a.Value < b.Value ? then : otherwise; }
    public static CountingLane IfLessOrEqual(CountingLane a, CountingLane b, CountingLane then, CountingLane otherwise) { _arithmetic += 2; return a.Value <= b.Value ? then : otherwise; }
    public static bool AllLessOrEqual(CountingLane a, CountingLane b) { _arithmetic++; return a.Value <= b.Value; }
    public static bool BitEquals(CountingLane a, CountingLane b) { _arithmetic++; return BitConverter.DoubleToInt64Bits(a.Value) == BitConverter.DoubleToInt64Bits(b.Value); }
}
