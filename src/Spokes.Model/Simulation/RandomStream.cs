namespace Spokes.Model.Simulation;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018, "Scrambled linear pseudorandom number generators", public-domain reference
/// algorithm) with its state filled by splitmix64 from the seed: the numbers of <see cref="RunRandom"/>, as a struct of
/// integer state and integer operations only, so one experiment's stream can live in a GPU thread (ILGPU compiles it;
/// tests/Spokes.Gpu.Tests) as well as in a <see cref="RunRandom"/>. A copy continues the same stream independently:
/// pass it by reference.
/// </summary>
public struct RandomStream
{
    private const double UnitOf53Bits = 1.0 / (1UL << 53);
    private ulong _s0, _s1, _s2, _s3;

    public RandomStream(int seed) => Reset(seed);

    /// <summary>Restarts the stream as if newly built with <paramref name="seed"/>.</summary>
    public void Reset(int seed) => (_s0, _s1, _s2, _s3) = InitialState(seed);

    /// <summary>The four state words a stream seeded with <paramref name="seed"/> starts from (also <see cref="RandomLanes"/>'s).</summary>
    internal static (ulong, ulong, ulong, ulong) InitialState(int seed)
    {
        ulong x = (ulong)seed; // sign-extending, as MathNet does
        return (SplitMix64(ref x), SplitMix64(ref x), SplitMix64(ref x), SplitMix64(ref x));
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits of the next output.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitOf53Bits;

    private ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
