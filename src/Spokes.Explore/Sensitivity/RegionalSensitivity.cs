namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Regional sensitivity analysis (Spear &amp; Hornberger 1980, "Eutrophication in Peel Inlet II: identification of
/// critical uncertainties via generalized sensitivity analysis", Water Research 14:43–49): the runs are split into
/// behavioural (the output meets a condition) and non-behavioural, and for each input the two-sample
/// Kolmogorov–Smirnov distance D between its distributions in the two groups is reported with its asymptotic p-value
/// (Kolmogorov's distribution with Stephens' (1970) small-sample correction, as in Press et al., Numerical Recipes,
/// §14.3). A large D means the input decides which side of the condition a run falls on.
/// </summary>
public static class RegionalSensitivity
{
    /// <returns>D and p per input, and the number of behavioural runs.</returns>
    /// <exception cref="ArgumentException">shapes disagree, or one of the groups is empty.</exception>
    public static (double[] D, double[] P, int Behavioural) Analyze(double[][] x, bool[] behavioural)
    {
        int n = behavioural.Length;
        if (x.Length != n) throw new ArgumentException($"{x.Length} design rows for {n} outputs", nameof(behavioural));
        int b = behavioural.Count(v => v);
        if (b == 0 || b == n) throw new ArgumentException("both groups need at least one run: every run is " + (b == 0 ? "non-behavioural" : "behavioural"), nameof(behavioural));
        int d = x[0].Length;
        var ks = new double[d];
        var p = new double[d];
        double ne = (double)b * (n - b) / n;
        for (int j = 0; j < d; j++)
        {
            var inside = x.Where((_, i) => behavioural[i]).Select(r => r[j]).Order().ToArray();
            var outside = x.Where((_, i) => !behavioural[i]).Select(r => r[j]).Order().ToArray();
            ks[j] = Distance(inside, outside);
            double lambda = (Math.Sqrt(ne) + 0.12 + 0.11 / Math.Sqrt(ne)) * ks[j];
            p[j] = Kolmogorov(lambda);
        }
        return (ks, p, b);
    }

    /// <summary>sup |F_a − F_b| of two sorted samples.</summary>
    internal static double Distance(double[] a, double[] b)
    {
        int i = 0, j = 0;
        double d = 0;
        while (i < a.Length && j < b.Length)
        {
            double v = Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] <= v) i++;
            while (j < b.Length && b[j] <= v) j++;
            d = Math.Max(d, Math.Abs((double)i / a.Length - (double)j / b.Length));
        }
        return d;
    }

    /// <summary>Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}, the tail of Kolmogorov's distribution.</summary>
    internal static double Kolmogorov(double lambda)
    {
        if (lambda < 0.2) return 1;
        double sum = 0, sign = 1;
        for (int k = 1; k <= 100; k++)
        {
            double term = sign * Math.Exp(-2 * k * k * lambda * lambda);
            sum += term;
            if (Math.Abs(term) < 1e-12 * Math.Abs(sum)) break;
            sign = -sign;
        }
        return Math.Clamp(2 * sum, 0, 1);
    }
}
