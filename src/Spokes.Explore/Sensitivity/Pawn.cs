namespace Spokes.Explore.Sensitivity;

/// <summary>
/// PAWN, a density-based sensitivity index from any sample (Pianosi &amp; Wagener 2015, "A simple and efficient
/// method for global sensitivity analysis based on cumulative distribution functions", Environ. Model. Softw.
/// 67:1–11), in SALib's <c>pawn.analyze</c> form: each input's range is cut into S slices of equal probability (its
/// quantiles); in each slice the Kolmogorov–Smirnov distance between the output's conditional distribution and its
/// unconditional one is computed; the index is a statistic of those S distances (the median is Pianosi &amp;
/// Wagener's choice; the minimum, mean, maximum and coefficient of variation are reported too). An input that does
/// not matter leaves every slice's distribution alike (distances near the sampling noise, about 1.36/√(n/S) at 5%).
/// SALib's last slice omits the largest value of the input (a strict upper bound); here it is included.
/// </summary>
public static class Pawn
{
    /// <summary>Per input: minimum, mean, median, maximum and coefficient of variation of the slice KS distances.</summary>
    public sealed record Indices(double[] Minimum, double[] Mean, double[] Median, double[] Maximum, double[] CoefficientOfVariation);

    /// <exception cref="ArgumentException">shapes disagree, fewer than 2 slices, or fewer rows than slices.</exception>
    public static Indices Analyze(double[][] x, double[] y, int slices = 10)
    {
        int n = y.Length;
        if (x.Length != n) throw new ArgumentException($"{x.Length} design rows for {n} outputs", nameof(y));
        if (slices < 2 || slices > n) throw new ArgumentException($"the number of slices must lie in 2..{n}", nameof(slices));
        if (y.Any(v => !double.IsFinite(v))) throw new ArgumentException("every output must be finite", nameof(y));
        int d = x[0].Length;
        var all = y.Order().ToArray();
        var result = new Indices(new double[d], new double[d], new double[d], new double[d], new double[d]);
        for (int j = 0; j < d; j++)
        {
            var column = x.Select(r => r[j]).ToArray();
            var sorted = column.Order().ToArray();
            var edges = Enumerable.Range(0, slices + 1).Select(s => Quantile(sorted, (double)s / slices)).ToArray();
            var ks = new List<double>();
            for (int s = 0; s < slices; s++)
            {
                bool last = s == slices - 1;
                var inSlice = Enumerable.Range(0, n)
                    .Where(i => column[i] >= edges[s] && (column[i] < edges[s + 1] || last && column[i] <= edges[s + 1]))
                    .Select(i => y[i]).Order().ToArray();
                if (inSlice.Length > 0) ks.Add(RegionalSensitivity.Distance(inSlice, all));
            }
            var k = ks.Order().ToArray();
            double mean = k.Average();
            double sd = Math.Sqrt(k.Sum(v => (v - mean) * (v - mean)) / k.Length); // numpy's default (ddof = 0), as SALib
            result.Minimum[j] = k[0];
            result.Mean[j] = mean;
            result.Median[j] = k.Length % 2 == 1 ? k[k.Length / 2] : (k[k.Length / 2 - 1] + k[k.Length / 2]) / 2;
            result.Maximum[j] = k[^1];
            result.CoefficientOfVariation[j] = mean > 0 ? sd / mean : 0;
        }
        return result;
    }

    /// <summary>Linear-interpolation quantile (numpy's default).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        double pos = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(pos), hi = (int)Math.Ceiling(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
