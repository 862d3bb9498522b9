using MathNet.Numerics;

namespace Spokes.Explore.Scoring;

/// <summary>
/// One-input-at-a-time scores, as sklearn's <c>f_regression</c> and <c>chi2</c> that EMA Workbench's
/// <c>get_univariate_feature_scores</c> calls. They see only linear (F) or per-class total (χ²) association, so an
/// input that matters through an interaction or a U-shape can score near zero: use them beside the forests.
/// </summary>
public static class UnivariateScores
{
    /// <summary>
    /// F statistic of the univariate linear regression of y on each input: F = r²/(1 − r²)·(n − 2), with r Pearson's
    /// correlation, and its p-value from F(1, n − 2). A constant input scores F = 0, p = 1.
    /// </summary>
    public static (double[] F, double[] P) FRegression(double[][] columns, double[] y)
    {
        int n = y.Length;
        if (n < 3) throw new ArgumentException("the F test needs at least three rows", nameof(y));
        double my = y.Average();
        double syy = y.Sum(v => (v - my) * (v - my));
        var f = new double[columns.Length];
        var p = new double[columns.Length];
        for (int j = 0; j < columns.Length; j++)
        {
            var x = columns[j];
            double mx = x.Average(), sxx = 0, sxy = 0;
            for (int i = 0; i < n; i++) { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my); }
            if (sxx <= 0 || syy <= 0) { f[j] = 0; p[j] = 1; continue; }
            double r2 = Math.Min(1, sxy * sxy / (sxx * syy));
            f[j] = r2 >= 1 ? double.PositiveInfinity : r2 / (1 - r2) * (n - 2);
            // The upper tail directly, P(F > f) = I_{ν/(ν + f)}(ν/2, 1/2) with ν = n − 2, so that p-values below 1e-16
            // do not cancel to 0 as 1 − CDF does (scipy's f.sf, which sklearn reports, to 1e-9 on sklearn's own case).
            p[j] = double.IsPositiveInfinity(f[j]) ? 0 : SpecialFunctions.BetaRegularized((n - 2) / 2.0, 0.5, (n - 2) / (n - 2 + f[j]));
        }
        return (f, p);
    }

    /// <summary>
    /// sklearn's χ² score of each input against class labels: the input's values are summed per class and compared
    /// with the totals expected if the class did not matter, χ² = Σ_c (O_c − E_c)²/E_c with E_c = (n_c/n)·Σ x, on
    /// k − 1 degrees of freedom. sklearn refuses negative values; here a column with negative values is first shifted
    /// so that its minimum is 0 (the statistic depends on the origin, so such a score is only comparable with care).
    /// </summary>
    /// <param name="classes">class label per row (e.g. 0/1).</param>
    public static (double[] Chi2, double[] P) Chi2(double[][] columns, int[] classes)
    {
        var labels = classes.Distinct().Order().ToArray();
        if (labels.Length < 2) throw new ArgumentException("χ² needs at least two classes", nameof(classes));
        var index = labels.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i);
        int n = classes.Length, k = labels.Length;
        var classCount = new double[k];
        foreach (var c in classes) classCount[index[c]]++;
        var chi = new double[columns.Length];
        var p = new double[columns.Length];
        for (int j = 0; j < columns.Length; j++)
        {
            var x = columns[j];
            double shift = Math.Min(0, x.Min());
            var observed = new double[k];
            double total = 0;
            for (int i = 0; i < n; i++) { double v = x[i] - shift; observed[index[classes[i]]] += v; total += v; }
            if (total <= 0) { chi[j] = 0; p[j] = 1; continue; }
            double s = 0;
            for (int c = 0; c < k; c++)
            {
                double e = classCount[c] / n * total;
                s += (observed[c] - e) * (observed[c] - e) / e;
            }
            chi[j] = s;
            p[j] = SpecialFunctions.GammaUpperRegularized((k - 1) / 2.0, s / 2);
        }
        return (chi, p);
    }
}
