using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Spokes.Model.Lanes;

/// <summary>
/// Four experiments in lock-step on one Vector256&lt;double&gt;: the fallback where AVX-512 is absent (AVX2). Exp and Log are .NET's vectorised
/// <c>Vector256.Exp</c>/<c>Vector256.Log</c>; x^y is exp(y·ln x) (x^0 = 1 as in <see cref="Math.Pow"/>); tanh is
/// (1 − e^−2|x|)/(1 + e^−2|x|) with the sign of x, and its Taylor series below |x| = 0.01 where that formula would cancel.
/// These differ from the scalar libm in the last bits: the lock-step runs are held to a documented tolerance of the scalar
/// run (tests), not to bit identity.
/// </summary>
public readonly struct Lane4 : ILane<Lane4>
{
    public readonly Vector256<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public Lane4(Vector256<double> v) => V = v;

    public static int Width => 4;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Of(double x) => new(Vector256.Create(x));
    public static double Get(Lane4 x, int k) => x.V.GetElement(k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator +(Lane4 a, Lane4 b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator -(Lane4 a, Lane4 b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator *(Lane4 a, Lane4 b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator /(Lane4 a, Lane4 b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator -(Lane4 a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator +(Lane4 a, double b) => new(a.V + Vector256.Create(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator -(Lane4 a, double b) => new(a.V - Vector256.Create(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator *(Lane4 a, double b) => new(a.V * b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator /(Lane4 a, double b) => new(a.V / b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator +(double a, Lane4 b) => new(Vector256.Create(a) + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator -(double a, Lane4 b) => new(Vector256.Create(a) - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator *(double a, Lane4 b) => new(a * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 operator /(double a, Lane4 b) => new(Vector256.Create(a) / b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Exp(Lane4 x) => new(Vector256.Exp(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Log(Lane4 x) => new(Vector256.Log(x.V));

    public static Lane4 Pow(Lane4 x, Lane4 y) => new(Pow(x.V, y.V));
    public static Lane4 Pow(Lane4 x, Lane4 y, Lane4 lnX) => new(PowOfLog(lnX.V, y.V));
    public static Lane4 Tanh(Lane4 x) => new(Tanh(x.V));

    /// <summary>x^y = exp(y·ln x), and 1 where y = 0 (as <see cref="Math.Pow"/>); also <see cref="Lane16"/>'s, per quarter.</summary>
    internal static Vector256<double> Pow(Vector256<double> x, Vector256<double> y) => PowOfLog(Vector256.Log(x), y);

    /// <summary>x^y from ln x: exp(y·ln x), and 1 where y = 0.</summary>
    internal static Vector256<double> PowOfLog(Vector256<double> lnX, Vector256<double> y)
    {
        var p = Vector256.Exp(y * lnX);
        return Vector256.ConditionalSelect(Vector256.Equals(y, Vector256<double>.Zero), Vector256<double>.One, p);
    }

    /// <summary>tanh as the summary says; also <see cref="Lane16"/>'s, per quarter.</summary>
    internal static Vector256<double> Tanh(Vector256<double> x)
    {
        var ax = Vector256.Abs(x);
        var t = Vector256.Exp(ax * -2.0);
        var far = (Vector256<double>.One - t) / (Vector256<double>.One + t);
        var x2 = ax * ax; // x − x³/3 + 2x⁵/15 − 17x⁷/315
        var near = ax * (Vector256<double>.One + x2 * (Vector256.Create(-1.0 / 3) + x2 * (Vector256.Create(2.0 / 15) + x2 * Vector256.Create(-17.0 / 315))));
        var r = Vector256.ConditionalSelect(Vector256.LessThan(ax, Vector256.Create(0.01)), near, far);
        return Vector256.CopySign(r, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Abs(Lane4 x) => new(Vector256.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Max(Lane4 a, Lane4 b) => new(Vector256.Max(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Min(Lane4 a, Lane4 b) => new(Vector256.Min(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane4 Clamp(Lane4 x, Lane4 lo, Lane4 hi) => new(Vector256.Min(Vector256.Max(x.V, lo.V), hi.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane4 IfLess(Lane4 a, Lane4 b, Lane4 then, Lane4 otherwise) => new(Vector256.ConditionalSelect(Vector256.LessThan(a.V, b.V), then.V, otherwise.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane4 IfLessOrEqual(Lane4 a, Lane4 b, Lane4 then, Lane4 otherwise) => new(Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a.V, b.V), then.V, otherwise.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllLessOrEqual(Lane4 a, Lane4 b) => Vector256.LessThanOrEqualAll(a.V, b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BitEquals(Lane4 a, Lane4 b) => Vector256.EqualsAll(a.V.AsUInt64(), b.V.AsUInt64());

    public override string ToString() => V.ToString();
}
