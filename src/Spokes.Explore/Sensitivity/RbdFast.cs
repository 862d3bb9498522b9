using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// First-order sensitivity indices by random balance designs FAST (Tarantola, Gatelli &amp; Mara 2006, "Random
/// balance designs for the estimation of first order global sensitivity indices", Reliab. Eng. Syst. Saf. 91:717–727)
/// in Plischke's (2010) form that works on any sample ("An effective algorithm for computing global sensitivity
/// indices (EASI)", Reliab. Eng. Syst. Saf. 95:354–360), as SALib's <c>rbd_fast.analyze</c>: for each input the
/// rows are sorted by it and rearranged into a triangle-wave (odd positions up, even positions down), so that the
/// output becomes periodic in that input; its power spectrum's share in the first M harmonics is the index, then
/// corrected for bias by Tarantola et al.'s S1 − λ/(1 − λ)·(1 − S1), λ = 2M/N. Intervals: a bootstrap over rows.
/// </summary>
public static class RbdFast
{
    /// <param name="x">design rows (any sample: Monte Carlo, Latin hypercube, …), n × d.</param>
    /// <param name="y">one output per row.</param>
    /// <param name="harmonics">M, the interference factor (SALib's default 10).</param>
    /// <returns>first-order index and the half-width of its 95% bootstrap interval, per input.</returns>
    /// <exception cref="ArgumentException">shapes disagree, too few rows for M, or a non-finite output.</exception>
    public static (double[] S1, double[] Conf) Analyze(double[][] x, double[] y, int harmonics = 10, int bootstrap = 100, int seed = 0)
    {
        int n = y.Length;
        if (x.Length != n) throw new ArgumentException($"{x.Length} design rows for {n} outputs", nameof(y));
        if (n < 4 * harmonics + 2) throw new ArgumentException($"RBD-FAST with M = {harmonics} needs more than {4 * harmonics + 2} rows", nameof(x));
        if (y.Any(v => !double.IsFinite(v))) throw new ArgumentException("every output must be finite", nameof(y));
        int d = x[0].Length;
        var s1 = new double[d];
        var conf = new double[d];
        double z = BootstrapInterval.Quantile(0.95, "confidence");
        var random = SeededRandom.Create(seed);
        for (int j = 0; j < d; j++)
        {
            var column = x.Select(r => r[j]).ToArray();
            s1[j] = Index(column, y, harmonics);
            if (bootstrap < 2) continue;
            var estimates = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++)
            {
                var rows = BootstrapInterval.Resample(n, random);
                estimates[b] = Index(rows.Select(r => column[r]).ToArray(), rows.Select(r => y[r]).ToArray(), harmonics);
            }
            conf[j] = BootstrapInterval.HalfWidth(estimates, z);
        }
        return (s1, conf);
    }

    internal static double Index(double[] column, double[] y, int m)
    {
        int n = y.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => column[i]).ThenBy(i => i).ToArray();
        // Triangle wave: ranks 0, 2, 4, … ascending, then 1, 3, 5, … descending.
        var wave = order.Where((_, k) => k % 2 == 0).Concat(order.Where((_, k) => k % 2 == 1).Reverse()).ToArray();
        var signal = wave.Select(i => new Complex(y[i], 0)).ToArray();
        Fourier.Forward(signal, FourierOptions.NoScaling);
        // The one-sided periodogram SALib takes from scipy.signal.periodogram: every frequency 1 … ⌊n/2⌋, the Nyquist
        // bin of an even n at half the weight of the others (it has no mirror image). Leaving it out moved SALib's
        // published Ishigami example by 3e-4 (tests/Spokes.Explore.Tests/Sensitivity/SalibRbdFastTests.cs).
        double total = 0, first = 0;
        for (int k = 1; k <= n / 2; k++)
        {
            double p = signal[k].Magnitude / n;
            p *= p;
            if (2 * k == n) p /= 2;
            total += p;
            if (k <= m) first += p;
        }
        double s = total > 0 ? first / total : 0;
        double lambda = 2.0 * m / n;
        return s - lambda / (1 - lambda) * (1 - s);
    }
}
