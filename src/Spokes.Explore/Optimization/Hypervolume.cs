namespace Spokes.Explore.Optimization;

/// <summary>
/// The hypervolume indicator (Zitzler &amp; Thiele 1998): the Lebesgue measure of the region dominated by a point set
/// and bounded by a reference point, for minimisation. Exact. Points not strictly better than the reference in every
/// objective add nothing and are ignored; dominated and duplicate points add nothing. One objective: ref − min.
/// Two: a sweep in f₁ order, O(n log n). Three: slicing along f₃ (Hypervolume by Slicing Objectives, While et al.
/// 2006, reduced to 2-D slices), each slice a 2-D sweep, O(n² log n). Four or more: the WFG algorithm (While,
/// Bradstreet &amp; Barone 2012, "A fast way of calculating exact hypervolumes", IEEE TEC 16(1):86–95) — the sum of
/// each point's exclusive hypervolume, inclusive box minus the hypervolume of its limit set — with the points sorted
/// worst first in the last objective, so every limit set is flat in that objective and is measured one dimension
/// down (the slicing of WFG's own implementation), until three objectives remain. Exact; exponential in the worst
/// case, so <see cref="Estimate"/> offers a Monte Carlo estimate for large sets.
/// </summary>
public static class Hypervolume
{
    /// <exception cref="ArgumentException">a point whose length differs from the reference's, or a NaN.</exception>
    public static double Compute(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double> reference)
    {
        int d = reference.Count;
        if (d == 0) throw new ArgumentException("the reference point is empty", nameof(reference));
        for (int k = 0; k < d; k++)
            if (double.IsNaN(reference[k])) throw new ArgumentException("the reference point has a NaN", nameof(reference));
        var inside = Inside(points, reference);
        if (inside.Count == 0) return 0;
        return d switch
        {
            1 => reference[0] - inside.Min(p => p[0]),
            2 => Area(inside, reference[0], reference[1]),
            3 => Volume(inside, reference),
            _ => Wfg(Nondominated(inside), reference.ToArray(), d),
        };
    }

    /// <summary>
    /// The hypervolume, exact when the set is small enough (at most three objectives, or at most
    /// <paramref name="exactLimit"/> non-dominated points), else a Monte Carlo estimate: <paramref name="samples"/>
    /// points drawn uniformly in the box between the set's ideal point and the reference, the share dominated times
    /// the box's volume (standard error ≈ V·√(p(1−p)/samples)). Seeded, so the estimate is reproducible.
    /// </summary>
    /// <returns>the value and whether it is exact.</returns>
    public static (double Value, bool Exact) Estimate(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double> reference,
        int exactLimit = 200, int samples = 100_000, int seed = 1)
    {
        int d = reference.Count;
        var inside = Inside(points, reference);
        if (d <= 3 || inside.Count == 0) return (Compute(points, reference), true);
        var front = Nondominated(inside);
        if (front.Count <= exactLimit) return (Wfg(front, reference.ToArray(), d), true);
        var ideal = Enumerable.Range(0, d).Select(k => front.Min(p => p[k])).ToArray();
        double box = 1;
        for (int k = 0; k < d; k++) box *= reference[k] - ideal[k];
        var random = Samplers.SeededRandom.Create(seed);
        var z = new double[d];
        int hit = 0;
        for (int s = 0; s < samples; s++)
        {
            for (int k = 0; k < d; k++) z[k] = ideal[k] + random.NextDouble() * (reference[k] - ideal[k]);
            foreach (var p in front)
            {
                bool dominated = true;
                for (int k = 0; k < d && dominated; k++) dominated = p[k] <= z[k];
                if (dominated) { hit++; break; }
            }
        }
        return (box * hit / samples, false);
    }

    private static List<double[]> Inside(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double> reference)
    {
        int d = reference.Count;
        var inside = new List<double[]>();
        foreach (var p in points)
        {
            if (p.Count != d) throw new ArgumentException($"a point has {p.Count} coordinates, the reference {d}", nameof(points));
            bool keep = true;
            for (int k = 0; k < d; k++)
            {
                if (double.IsNaN(p[k])) throw new ArgumentException("a point has a NaN", nameof(points));
                if (!(p[k] < reference[k])) keep = false;
            }
            if (keep) inside.Add(p.ToArray());
        }
        return inside;
    }

    /// <summary>
    /// WFG on the first d coordinates of non-dominated points: sorted worst first in objective d, point k's exclusive
    /// part is the slab (r_d − p_d) times [its (d−1)-dimensional box − the (d−1)-dimensional hypervolume of the limit
    /// set worse(p_k, p_j), j &gt; k], because every later point is no worse than p_k in objective d.
    /// </summary>
    private static double Wfg(List<double[]> points, double[] r, int d)
    {
        if (points.Count == 0) return 0;
        if (d == 3) return Volume(points, r);
        if (d == 2) return Area(points, r[0], r[1]);
        var sorted = points.OrderByDescending(p => p[d - 1]).ThenBy(p => p[0]).ToArray();
        double total = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            var p = sorted[k];
            double slab = r[d - 1] - p[d - 1];
            if (slab <= 0) continue;
            double box = 1;
            for (int i = 0; i < d - 1; i++) box *= r[i] - p[i];
            var limit = new List<double[]>(sorted.Length - k - 1);
            for (int j = k + 1; j < sorted.Length; j++)
            {
                var q = new double[d - 1];
                for (int i = 0; i < d - 1; i++) q[i] = Math.Max(p[i], sorted[j][i]);
                limit.Add(q);
            }
            total += slab * (box - Wfg(Nondominated(limit), r, d - 1));
        }
        return total;
    }

    /// <summary>The points no other point weakly dominates (duplicates kept once).</summary>
    private static List<double[]> Nondominated(List<double[]> points)
    {
        var sorted = points.OrderBy(p => p.Sum()).ToList();
        var kept = new List<double[]>();
        foreach (var p in sorted)
        {
            bool covered = false;
            foreach (var q in kept)
            {
                bool weak = true;
                for (int k = 0; k < p.Length && weak; k++) weak = q[k] <= p[k];
                if (weak) { covered = true; break; }
            }
            if (!covered) kept.Add(p);
        }
        return kept;
    }

    /// <inheritdoc cref="Compute(IReadOnlyList{IReadOnlyList{double}}, IReadOnlyList{double})"/>
    public static double Compute(IReadOnlyList<double[]> points, IReadOnlyList<double> reference) =>
        Compute(points.Select(p => (IReadOnlyList<double>)p).ToArray(), reference);

    /// <summary>Hypervolume of the objective vectors of a set of solutions.</summary>
    public static double Compute(IReadOnlyList<Solution> solutions, IReadOnlyList<double> reference) =>
        Compute(solutions.Select(s => s.Objectives).ToArray(), reference);

    /// <summary>2-D: sort by f₁ (then f₂); each point that lowers the running minimum of f₂ adds a rectangle.</summary>
    private static double Area(List<double[]> points, double r1, double r2)
    {
        var sorted = points.OrderBy(p => p[0]).ThenBy(p => p[1]).ToArray();
        double area = 0, lowest = r2;
        foreach (var p in sorted)
        {
            if (p[1] >= lowest) continue;
            area += (r1 - p[0]) * (lowest - p[1]);
            lowest = p[1];
        }
        return area;
    }

    /// <summary>3-D: sweep f₃ upward; between consecutive f₃ values the slice is the 2-D area of the points seen so far.</summary>
    private static double Volume(List<double[]> points, IReadOnlyList<double> r)
    {
        var sorted = points.OrderBy(p => p[2]).ToArray();
        var active = new List<double[]>();
        double volume = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            active.Add(sorted[i]);
            double top = i + 1 < sorted.Length ? sorted[i + 1][2] : r[2];
            double depth = top - sorted[i][2];
            if (depth > 0) volume += Area(active, r[0], r[1]) * depth;
        }
        return volume;
    }
}
