namespace Spokes.Explore.Optimization;

/// <summary>
/// The hypervolume indicator (Zitzler &amp; Thiele 1998): the Lebesgue measure of the region dominated by a point set
/// and bounded by a reference point, for minimisation. Exact. Points not strictly better than the reference in every
/// objective add nothing and are ignored; dominated and duplicate points add nothing. One objective: ref − min.
/// Two: a sweep in f₁ order, O(n log n). Three: slicing along f₃ (Hypervolume by Slicing Objectives, While et al.
/// 2006, reduced to 2-D slices), each slice a 2-D sweep, O(n² log n). More objectives are not supported.
/// </summary>
public static class Hypervolume
{
    /// <exception cref="ArgumentException">a point whose length differs from the reference's, or a NaN.</exception>
    /// <exception cref="NotSupportedException">more than three objectives.</exception>
    public static double Compute(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double> reference)
    {
        int d = reference.Count;
        if (d == 0) throw new ArgumentException("the reference point is empty", nameof(reference));
        for (int k = 0; k < d; k++)
            if (double.IsNaN(reference[k])) throw new ArgumentException("the reference point has a NaN", nameof(reference));
        if (d > 3) throw new NotSupportedException($"hypervolume is implemented for 1 to 3 objectives, not {d}");
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
        if (inside.Count == 0) return 0;
        return d switch
        {
            1 => reference[0] - inside.Min(p => p[0]),
            2 => Area(inside, reference[0], reference[1]),
            _ => Volume(inside, reference),
        };
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
