namespace Spokes.Explore.Optimization;

/// <summary>
/// Convergence indicators of an approximation set A against a reference set R (usually points on the true Pareto
/// front), for minimisation. Distances are Euclidean in objective space, unscaled.
/// </summary>
public static class QualityIndicators
{
    /// <summary>
    /// Generational distance (Van Veldhuizen &amp; Lamont 2000, "On measuring multiobjective evolutionary algorithm
    /// performance", CEC): √(Σ_a d(a, R)²) / |A|, d the distance to the nearest reference point. 0 when every
    /// solution lies on the reference set. (pymoo's GD is the mean distance instead; MOEA Framework uses this one.)
    /// </summary>
    public static double GenerationalDistance(IReadOnlyList<IReadOnlyList<double>> set, IReadOnlyList<IReadOnlyList<double>> reference) =>
        PowerMean(set, reference);

    /// <summary>
    /// Inverted generational distance (Coello Coello &amp; Reyes Sierra 2004): the same formula with the roles swapped,
    /// √(Σ_r d(r, A)²) / |R|, so it also penalises parts of the front the set misses.
    /// </summary>
    public static double InvertedGenerationalDistance(IReadOnlyList<IReadOnlyList<double>> set, IReadOnlyList<IReadOnlyList<double>> reference) =>
        PowerMean(reference, set);

    /// <summary>
    /// Additive ε-indicator (Zitzler, Thiele, Laumanns, Fonseca &amp; da Fonseca 2003, IEEE TEC 7(2):117–132):
    /// I_ε+(A, R) = max_r min_a max_k (a_k − r_k), the smallest amount by which A must be shifted to weakly dominate
    /// every reference point. 0 or less when A already does.
    /// </summary>
    public static double AdditiveEpsilon(IReadOnlyList<IReadOnlyList<double>> set, IReadOnlyList<IReadOnlyList<double>> reference)
    {
        Check(set, reference);
        double worst = double.NegativeInfinity;
        foreach (var r in reference)
        {
            double best = double.PositiveInfinity;
            foreach (var a in set)
            {
                double shift = double.NegativeInfinity;
                for (int k = 0; k < r.Count; k++) shift = Math.Max(shift, a[k] - r[k]);
                best = Math.Min(best, shift);
            }
            worst = Math.Max(worst, best);
        }
        return worst;
    }

    private static double PowerMean(IReadOnlyList<IReadOnlyList<double>> from, IReadOnlyList<IReadOnlyList<double>> to)
    {
        Check(from, to);
        double sum = 0;
        foreach (var a in from)
        {
            double nearest = double.PositiveInfinity;
            foreach (var b in to)
            {
                double d2 = 0;
                for (int k = 0; k < a.Count; k++) d2 += (a[k] - b[k]) * (a[k] - b[k]);
                nearest = Math.Min(nearest, d2);
            }
            sum += nearest;
        }
        return Math.Sqrt(sum) / from.Count;
    }

    private static void Check(IReadOnlyList<IReadOnlyList<double>> a, IReadOnlyList<IReadOnlyList<double>> b)
    {
        if (a.Count == 0 || b.Count == 0) throw new ArgumentException("both sets need at least one point");
        int m = a[0].Count;
        if (a.Any(p => p.Count != m) || b.Any(p => p.Count != m)) throw new ArgumentException("every point needs the same number of objectives");
    }
}
