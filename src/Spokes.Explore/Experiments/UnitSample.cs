using Spokes.Explore.Samplers;

namespace Spokes.Explore.Experiments;

/// <summary>Draws the unit-cube design of an experiment section with its sampler (seeded; same seed, same design).</summary>
public static class UnitSample
{
    /// <summary>Largest design accepted, in cells (rows × uncertainties): about 160 MB of doubles.</summary>
    public const long MaxCells = 20_000_000;

    /// <summary>Rows the sampler will produce, computed without overflow (saturating at long.MaxValue).</summary>
    public static long Rows(ExperimentSettings s)
    {
        long d = s.Design.Uncertainties.Count, n = s.N;
        return s.Sampler switch
        {
            SamplerKind.FullFactorial => Power(s.Levels, d),
            SamplerKind.Saltelli => n * (s.SecondOrder ? 2 * d + 2 : d + 2),
            SamplerKind.Morris => n * (d + 1),
            _ => n,
        };
    }

    private static long Power(long b, long e)
    {
        long r = 1;
        for (long i = 0; i < e; i++)
        {
            if (r > long.MaxValue / b) return long.MaxValue;
            r *= b;
        }
        return r;
    }

    /// <summary>Throws <see cref="InputException"/> when the design would exceed <see cref="MaxCells"/>.</summary>
    public static void CheckSize(ExperimentSettings s)
    {
        long rows = Rows(s), d = s.Design.Uncertainties.Count;
        if (rows > MaxCells / Math.Max(1, d))
            throw new InputException(s.Design.Scenario.SourceFile, 0, 0, s.Sampler == SamplerKind.FullFactorial ? "experiments.levels" : "experiments.n",
                $"the {s.Sampler} design would have {(rows == long.MaxValue ? "more than 9.2e18" : rows.ToString(System.Globalization.CultureInfo.InvariantCulture))} rows of {d} inputs; the limit is {MaxCells} cells"
                + (s.Sampler == SamplerKind.FullFactorial ? $" (a full factorial has levels^inputs = {s.Levels}^{d} rows: lower the levels, or sample fewer inputs)" : ""));
    }

    public static double[][] Draw(ExperimentSettings s)
    {
        CheckSize(s);
        int d = s.Design.Uncertainties.Count;
        return s.Sampler switch
        {
            SamplerKind.MonteCarlo => new MonteCarloSampler().Sample(s.N, d, s.Seed),
            SamplerKind.LatinHypercube => new LatinHypercubeSampler().Sample(s.N, d, s.Seed),
            SamplerKind.Sobol => new SobolSampler(skipFirst: true).Sample(s.N, d, s.Seed),
            SamplerKind.FullFactorial => FullFactorial.Generate(s.Levels, d),
            SamplerKind.Saltelli => SaltelliDesign.Create(s.N, d, s.SecondOrder),
            SamplerKind.Morris => MorrisDesign.Create(s.N, d, s.Levels, s.Seed),
            _ => throw new ArgumentOutOfRangeException(nameof(s)),
        };
    }
}
