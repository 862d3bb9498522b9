using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using V = System.Runtime.Intrinsics.Vector256<double>;

namespace Spokes.Model.Lanes;

/// <summary>
/// Sixteen experiments in lock-step on four Vector256&lt;double&gt;: the lock-step type where AVX2 is the widest vector
/// unit. Each quarter gets exactly the operations <see cref="Lane4"/> does (the same Vector256 arithmetic, and
/// <see cref="Lane4"/>'s own exp, log, pow and tanh), so every lane gets the bits it would get in a <see cref="Lane4"/>
/// block (tested). What changes is the work per element: the mechanisms' indexing, loads, bounds checks and branches
/// are paid once per 16 experiments instead of once per 4, and four independent chains of vector arithmetic keep the
/// floating-point units busy while one waits on a division or an exp. Measured on a 2-core AMD EPYC with AVX2
/// (docs/performance.md): about 1.5× the throughput of <see cref="Lane4"/> per experiment, where two quarters (8 lanes)
/// gave about 1.3×. The four vectors are fields of this struct rather than four <see cref="Lane4"/>: the JIT kept the
/// nested form out of registers and it ran about 1.4× slower.
/// </summary>
public readonly struct Lane16 : ILane<Lane16>
{
    public readonly V A, B, C, D;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Lane16(V a, V b, V c, V d) { A = a; B = b; C = c; D = d; }

    public static int Width => 16;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 Of(double x) { var v = Vector256.Create(x); return new(v, v, v, v); }
    public static double Get(Lane16 x, int k) => ((k >> 2) switch { 0 => x.A, 1 => x.B, 2 => x.C, _ => x.D }).GetElement(k & 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator +(Lane16 a, Lane16 b) => new(a.A + b.A, a.B + b.B, a.C + b.C, a.D + b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator -(Lane16 a, Lane16 b) => new(a.A - b.A, a.B - b.B, a.C - b.C, a.D - b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator *(Lane16 a, Lane16 b) => new(a.A * b.A, a.B * b.B, a.C * b.C, a.D * b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator /(Lane16 a, Lane16 b) => new(a.A / b.A, a.B / b.B, a.C / b.C, a.D / b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator -(Lane16 a) => new(-a.A, -a.B, -a.C, -a.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator +(Lane16 a, double b) { var v = Vector256.Create(b); return new(a.A + v, a.B + v, a.C + v, a.D + v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator -(Lane16 a, double b) { var v = Vector256.Create(b); return new(a.A - v, a.B - v, a.C - v, a.D - v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator *(Lane16 a, double b) => new(a.A * b, a.B * b, a.C * b, a.D * b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator /(Lane16 a, double b) => new(a.A / b, a.B / b, a.C / b, a.D / b);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator +(double a, Lane16 b) { var v = Vector256.Create(a); return new(v + b.A, v + b.B, v + b.C, v + b.D); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator -(double a, Lane16 b) { var v = Vector256.Create(a); return new(v - b.A, v - b.B, v - b.C, v - b.D); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator *(double a, Lane16 b) => new(a * b.A, a * b.B, a * b.C, a * b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 operator /(double a, Lane16 b) { var v = Vector256.Create(a); return new(v / b.A, v / b.B, v / b.C, v / b.D); }

    public static Lane16 Exp(Lane16 x) => new(Vector256.Exp(x.A), Vector256.Exp(x.B), Vector256.Exp(x.C), Vector256.Exp(x.D));
    public static Lane16 Log(Lane16 x) => new(Vector256.Log(x.A), Vector256.Log(x.B), Vector256.Log(x.C), Vector256.Log(x.D));
    public static Lane16 Pow(Lane16 x, Lane16 y) => new(Lane4.Pow(x.A, y.A), Lane4.Pow(x.B, y.B), Lane4.Pow(x.C, y.C), Lane4.Pow(x.D, y.D));
    public static Lane16 Pow(Lane16 x, Lane16 y, Lane16 lnX) =>
        new(Lane4.PowOfLog(lnX.A, y.A), Lane4.PowOfLog(lnX.B, y.B), Lane4.PowOfLog(lnX.C, y.C), Lane4.PowOfLog(lnX.D, y.D));
    public static Lane16 Tanh(Lane16 x) => new(Lane4.Tanh(x.A), Lane4.Tanh(x.B), Lane4.Tanh(x.C), Lane4.Tanh(x.D));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 Abs(Lane16 x) => new(Vector256.Abs(x.A), Vector256.Abs(x.B), Vector256.Abs(x.C), Vector256.Abs(x.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 Max(Lane16 a, Lane16 b) => new(Vector256.Max(a.A, b.A), Vector256.Max(a.B, b.B), Vector256.Max(a.C, b.C), Vector256.Max(a.D, b.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane16 Min(Lane16 a, Lane16 b) => new(Vector256.Min(a.A, b.A), Vector256.Min(a.B, b.B), Vector256.Min(a.C, b.C), Vector256.Min(a.D, b.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane16 Clamp(Lane16 x, Lane16 lo, Lane16 hi) => new(Vector256.Min(Vector256.Max(x.A, lo.A), hi.A), Vector256.Min(Vector256.Max(x.B, lo.B), hi.B), Vector256.Min(Vector256.Max(x.C, lo.C), hi.C), Vector256.Min(Vector256.Max(x.D, lo.D), hi.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane16 IfLess(Lane16 a, Lane16 b, Lane16 then, Lane16 otherwise) =>
        new(Vector256.ConditionalSelect(Vector256.LessThan(a.A, b.A), then.A, otherwise.A), Vector256.ConditionalSelect(Vector256.LessThan(a.B, b.B), then.B, otherwise.B), Vector256.ConditionalSelect(Vector256.LessThan(a.C, b.C), then.C, otherwise.C), Vector256.ConditionalSelect(Vector256.LessThan(a.D, b.D), then.D, otherwise.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane16 IfLessOrEqual(Lane16 a, Lane16 b, Lane16 then, Lane16 otherwise) =>
        new(Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a.A, b.A), then.A, otherwise.A), Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a.B, b.B), then.B, otherwise.B), Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a.C, b.C), then.C, otherwise.C), Vector256.ConditionalSelect(Vector256.LessThanOrEqual(a.D, b.D), then.D, otherwise.D));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllLessOrEqual(Lane16 a, Lane16 b) =>
        Vector256.LessThanOrEqualAll(a.A, b.A) && Vector256.LessThanOrEqualAll(a.B, b.B) && Vector256.LessThanOrEqualAll(a.C, b.C) && Vector256.LessThanOrEqualAll(a.D, b.D);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BitEquals(Lane16 a, Lane16 b) =>
        Vector256.EqualsAll(a.A.AsUInt64(), b.A.AsUInt64()) && Vector256.EqualsAll(a.B.AsUInt64(), b.B.AsUInt64()) && Vector256.EqualsAll(a.C.AsUInt64(), b.C.AsUInt64()) && Vector256.EqualsAll(a.D.AsUInt64(), b.D.AsUInt64());

    public override string ToString() => $"{A} {B} {C} {D}";
}
