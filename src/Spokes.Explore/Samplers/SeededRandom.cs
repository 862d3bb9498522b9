using MathNet.Numerics.Random;

namespace Spokes.Explore.Samplers;

/// <summary>
/// The one way this library turns a seed into a random source: Math.NET's xoshiro256** (Blackman &amp; Vigna 2018),
/// not thread-safe, so that each caller owns its generator and the same seed always gives the same stream.
/// Never a shared or clock-seeded generator.
/// </summary>
public static class SeededRandom
{
    /// <summary>A fresh <see cref="Xoshiro256StarStar"/> seeded with <paramref name="seed"/>.</summary>
    public static Random Create(int seed) => new Xoshiro256StarStar(seed, threadSafe: false);
}
