using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Spokes.Model.Lanes;

/// <summary>
/// Eight experiments in lock-step on one Vector512&lt;double&gt;: the lock-step type where AVX-512 is present (<see cref="Vector512.IsHardwareAccelerated"/>). Exp and Log are .NET's vectorised
/// <c>Vector512.Exp</c>/<c>Vector512.Log</c>; x^y is exp(y·ln x) (x^0 = 1 as in <see cref="Math.Pow"/>); tanh is
/// (1 − e^−2|x|)/(1 + e^−2|x|) with the sign of x, and its Taylor series below |x| = 0.01 where that formula would cancel.
/// These differ from the scalar libm in the last bits: the lock-step runs are held to a documented tolerance of the scalar
/// run (tests), not to bit identity.
/// </summary>
public readonly struct Lane8 : ILane<Lane8>
{
    public readonly Vector512<double> V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public Lane8(Vector512<double> v) => V = v;

    public static int Width => 8;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Of(double x) => new(Vector512.Create(x));
    public static double Get(Lane8 x, int k) => x.V.GetElement(k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator +(Lane8 a, Lane8 b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator -(Lane8 a, Lane8 b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator *(Lane8 a, Lane8 b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator /(Lane8 a, Lane8 b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator -(Lane8 a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator +(Lane8 a, double b) => new(a.V + Vector512.Create(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator -(Lane8 a, double b) => new(a.V - Vector512.Create(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator *(Lane8 a, double b) => new(a.V * b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator /(Lane8 a, double b) => new(a.V / b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator +(double a, Lane8 b) => new(Vector512.Create(a) + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator -(double a, Lane8 b) => new(Vector512.Create(a) - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator *(double a, Lane8 b) => new(a * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 operator /(double a, Lane8 b) => new(Vector512.Create(a) / b.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Exp(Lane8 x) => new(Vector512.Exp(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Log(Lane8 x) => new(Vector512.Log(x.V));

    public static Lane8 Pow(Lane8 x, Lane8 y) => Pow(x, y, new Lane8(Vector512.Log(x.V)));

    /// <summary>x^y from ln x: exp(y·ln x), and 1 where y = 0.</summary>
    public static Lane8 Pow(Lane8 x, Lane8 y, Lane8 lnX)
    {
        var p = Vector512.Exp(y.V * lnX.V);
        return new(Vector512.ConditionalSelect(Vector512.Equals(y.V, Vector512<double>.Zero), Vector512<double>.One, p));
    }

    public static Lane8 Tanh(Lane8 x)
    {
        var ax = Vector512.Abs(x.V);
        var t = Vector512.Exp(ax * -2.0);
        var far = (Vector512<double>.One - t) / (Vector512<double>.One + t);
        var x2 = ax * ax; // x − x³/3 + 2x⁵/15 − 17x⁷/315
        var near = ax * (Vector512<double>.One + x2 * (Vector512.Create(-1.0 / 3) + x2 * (Vector512.Create(2.0 / 15) + x2 * Vector512.Create(-17.0 / 315))));
        var r = Vector512.ConditionalSelect(Vector512.LessThan(ax, Vector512.Create(0.01)), near, far);
        return new(Vector512.CopySign(r, x.V));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Abs(Lane8 x) => new(Vector512.Abs(x.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Max(Lane8 a, Lane8 b) => new(Vector512.Max(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Min(Lane8 a, Lane8 b) => new(Vector512.Min(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane8 Clamp(Lane8 x, Lane8 lo, Lane8 hi) => new(Vector512.Min(Vector512.Max(x.V, lo.V), hi.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane8 IfLess(Lane8 a, Lane8 b, Lane8 then, Lane8 otherwise) => new(Vector512.ConditionalSelect(Vector512.LessThan(a.V, b.V), then.V, otherwise.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane8 IfLessOrEqual(Lane8 a, Lane8 b, Lane8 then, Lane8 otherwise) => new(Vector512.ConditionalSelect(Vector512.LessThanOrEqual(a.V, b.V), then.V, otherwise.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllLessOrEqual(Lane8 a, Lane8 b) => Vector512.LessThanOrEqualAll(a.V, b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BitEquals(Lane8 a, Lane8 b) => Vector512.EqualsAll(a.V.AsUInt64(), b.V.AsUInt64());

    public override string ToString() => V.ToString();
}
