using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Spokes.Model.Simulation;

/// <summary>
/// The random streams of a lock-step block, one per lane: the numbers of <see cref="RandomStream"/> (xoshiro256**,
/// seeded by splitmix64), with the four state words of every lane in arrays of their own (structure of arrays), so
/// four lanes advance together in one Vector256&lt;ulong&gt; of integer shifts, adds and xors. Lane k draws exactly
/// what a <see cref="RandomStream"/> seeded like it draws (tested), so a lock-step run's nuclear paths are those of
/// single runs. Integer arithmetic is exact: there is no tolerance here.
/// </summary>
public sealed class RandomLanes
{
    // 2⁻⁵³: a 53-bit integer times this is a double in [0, 1), as RandomStream.NextDouble computes it.
    private const double UnitOf53Bits = 1.0 / (1UL << 53);
    private readonly ulong[] _s0, _s1, _s2, _s3;

    /// <summary><paramref name="width"/> streams, a multiple of 4 (the lock-step widths are 8 and 16; 4 in tests).</summary>
    public RandomLanes(int width)
    {
        if (width <= 0 || width % 4 != 0) throw new ArgumentException("the lanes come in fours", nameof(width));
        Width = width;
        _s0 = new ulong[width];
        _s1 = new ulong[width];
        _s2 = new ulong[width];
        _s3 = new ulong[width];
    }

    public int Width { get; }

    /// <summary>Restarts lane <paramref name="lane"/> as a <see cref="RandomStream"/> built with <paramref name="seed"/>.</summary>
    public void Reset(int lane, int seed) =>
        (_s0[lane], _s1[lane], _s2[lane], _s3[lane]) = RandomStream.InitialState(seed);

    /// <summary>The next uniform double in [0, 1) of every lane, lane k into <paramref name="into"/>[k].</summary>
    public void NextDoubles(Span<double> into)
    {
        if (into.Length != Width) throw new ArgumentException("one value per lane", nameof(into));
        var s0 = MemoryMarshal.Cast<ulong, Vector256<ulong>>(_s0.AsSpan());
        var s1 = MemoryMarshal.Cast<ulong, Vector256<ulong>>(_s1.AsSpan());
        var s2 = MemoryMarshal.Cast<ulong, Vector256<ulong>>(_s2.AsSpan());
        var s3 = MemoryMarshal.Cast<ulong, Vector256<ulong>>(_s3.AsSpan());
        var output = MemoryMarshal.Cast<double, Vector256<double>>(into);
        for (int q = 0; q < output.Length; q++)
        {
            Vector256<ulong> a = s0[q], b = s1[q], c = s2[q], d = s3[q];
            // xoshiro256**: rotl(s1·5, 7)·9, with the products as shifts and adds (AVX2 has no 64-bit multiply).
            var result = Rotl((b << 2) + b, 7);
            result = (result << 3) + result;
            var t = b << 17;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = Rotl(d, 45);
            s0[q] = a;
            s1[q] = b;
            s2[q] = c;
            s3[q] = d;
            output[q] = ToUnit(result >>> 11);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Rotl(Vector256<ulong> x, int k) => (x << k) | (x >>> (64 - k));

    /// <summary>v·2⁻⁵³ for v &lt; 2⁵³, exactly: v = hi·2²⁶ + lo, each half turned into a double by placing it in the
    /// mantissa of 2⁵² and subtracting 2⁵² (exact below 2⁵²), then hi·2²⁶ + lo (exact: it has 53 bits) scaled by 2⁻⁵³.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ToUnit(Vector256<ulong> v)
    {
        var twoTo52 = Vector256.Create(4503599627370496.0);
        var exponent = Vector256.Create(0x4330000000000000UL);
        var hi = (v >>> 26 | exponent).AsDouble() - twoTo52;
        var lo = (v & Vector256.Create((1UL << 26) - 1) | exponent).AsDouble() - twoTo52;
        return (hi * 67108864.0 + lo) * UnitOf53Bits;
    }
}
