namespace Spokes.Explore.Scoring;

/// <summary>
/// Seeds for independent random streams (one per tree, one per resample) derived from a base seed and a stream
/// number with SplitMix64 (Steele, Lea &amp; Flood 2014), so that each stream is fixed whatever thread runs it.
/// </summary>
internal static class StreamSeed
{
    public static int For(int seed, int stream)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)stream) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
