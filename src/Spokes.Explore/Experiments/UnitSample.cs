using Spokes.Explore.Samplers;

namespace Spokes.Explore.Experiments;

/// <summary>Draws the unit-cube design of an experiment section with its sampler (seeded; same seed, same design).</summary>
public static class UnitSample
{
    public static double[][] Draw(ExperimentSettings s)
    {
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
