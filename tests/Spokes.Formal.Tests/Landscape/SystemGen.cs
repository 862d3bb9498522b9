using CsCheck;
using Spokes.Formal.Landscape;

namespace Spokes.Formal.Tests.Landscape;

/// <summary>Random landscape systems.</summary>
internal static class SystemGen
{
    /// <summary>
    /// Sizes 1..64 and propensities k/4, k ∈ −8..8: every product and sum is an exact binary number, so identities
    /// can be checked with ==, not a tolerance.
    /// </summary>
    public static Gen<LandscapeSystem> Exact(int minN, int maxN) =>
        Gen.Int[minN, maxN].SelectMany(n =>
            Gen.Select(Gen.Int[1, 64].Array[n], Gen.Int[-8, 8].Array[n * (n - 1) / 2],
                (s, p) => Build(s.Select(v => (double)v).ToArray(), p.Select(v => v / 4.0).ToArray())));

    /// <summary>Sizes in [0.1, 10] and propensities in [−1, 1]: ties between moves have probability zero.</summary>
    public static Gen<LandscapeSystem> Continuous(int minN, int maxN) =>
        Gen.Int[minN, maxN].SelectMany(n =>
            Gen.Select(Gen.Double[0.1, 10].Array[n], Gen.Double[-1, 1].Array[n * (n - 1) / 2], Build));

    public static Gen<BlocConfiguration> ConfigurationFor(LandscapeSystem s) =>
        Gen.ULong[0, (1UL << s.Count) - 1].Select(m => new BlocConfiguration(s.Count, m));

    public static LandscapeSystem Build(double[] sizes, double[] upper)
    {
        int n = sizes.Length, k = 0;
        var p = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                p[i, j] = p[j, i] = upper[k++];
        return new LandscapeSystem(Enumerable.Range(0, n).Select(i => "a" + i).ToArray(), sizes, p);
    }
}
