using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Spokes.Model.Lanes;

/// <summary>
/// The number type the mechanisms are written over (C# generic math with static abstract members): one source per
/// mechanism, compiled for <see cref="Scalar"/> (one run, exactly the operations of the scalar model, so its results are
/// bit for bit those of before) and for SIMD lanes (<see cref="Lane8"/>, <see cref="Lane16"/>, <see cref="Lane4"/>: several experiments in
/// lock-step, structure of arrays across experiments). Branches on values become selects
/// (<see cref="IfLess"/>, <see cref="IfLessOrEqual"/>); values shared by every lane (levers, dated paths, the
/// baseline's growth) stay <see cref="double"/> and mix in through the mixed operators.
/// </summary>
public interface ILane<T> where T : struct, ILane<T>
{
    /// <summary>Experiments per value: 1 for <see cref="Scalar"/>.</summary>
    static abstract int Width { get; }
    /// <summary>Every lane set to <paramref name="x"/>.</summary>
    static abstract T Of(double x);
    /// <summary>The value of lane <paramref name="k"/>.</summary>
    static abstract double Get(T x, int k);

    static abstract T operator +(T a, T b);
    static abstract T operator -(T a, T b);
    static abstract T operator *(T a, T b);
    static abstract T operator /(T a, T b);
    static abstract T operator -(T a);
    static abstract T operator +(T a, double b);
    static abstract T operator -(T a, double b);
    static abstract T operator *(T a, double b);
    static abstract T operator /(T a, double b);
    static abstract T operator +(double a, T b);
    static abstract T operator -(double a, T b);
    static abstract T operator *(double a, T b);
    static abstract T operator /(double a, T b);

    static abstract T Exp(T x);
    static abstract T Log(T x);
    static abstract T Pow(T x, T y);
    /// <summary>x^y where <paramref name="lnX"/> = <see cref="Log"/>(x) is already at hand, with the bits of
    /// <see cref="Pow(T, T)"/>: the lanes' x^y is exp(y·ln x), so they skip the second logarithm; the scalar and device
    /// types call their own pow as before.</summary>
    static abstract T Pow(T x, T y, T lnX);
    static abstract T Tanh(T x);
    static abstract T Abs(T x);
    /// <summary>As <see cref="Math.Max(double, double)"/>.</summary>
    static abstract T Max(T a, T b);
    static abstract T Min(T a, T b);
    /// <summary>As <see cref="Math.Clamp(double, double, double)"/> (lo ≤ hi).</summary>
    static abstract T Clamp(T x, T lo, T hi);

    /// <summary>Per lane: a &lt; b ? then : otherwise.</summary>
    static abstract T IfLess(T a, T b, T then, T otherwise);
    /// <summary>Per lane: a ≤ b ? then : otherwise.</summary>
    static abstract T IfLessOrEqual(T a, T b, T then, T otherwise);
    /// <summary>Whether every lane of a equals, bit for bit, the same lane of b (memos of pure functions).</summary>
    static abstract bool BitEquals(T a, T b);
    /// <summary>Whether a ≤ b in every lane (to skip work no lane needs).</summary>
    static abstract bool AllLessOrEqual(T a, T b);
}

/// <summary>Views a flat double array as lane values: element i holds lanes [i·W, (i+1)·W) of the array.</summary>
public static class LaneArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<T> L<T>(this double[] values) where T : struct, ILane<T> =>
        MemoryMarshal.Cast<double, T>(values.AsSpan());
}
