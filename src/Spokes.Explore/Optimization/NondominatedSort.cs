namespace Spokes.Explore.Optimization;

/// <summary>
/// The fast non-dominated sort and crowding distance of NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002, "A fast
/// and elitist multiobjective genetic algorithm: NSGA-II", IEEE Trans. Evol. Comput. 6(2):182–197, sections III-A
/// and III-B). Minimisation.
/// </summary>
public static class NondominatedSort
{
    /// <summary>
    /// The fronts, best first: front 0 holds the points no other point dominates, front k those dominated only by
    /// points of fronts below k. Each front lists point indices in ascending order. O(M·N²).
    /// </summary>
    public static IReadOnlyList<int[]> Fronts(IReadOnlyList<IReadOnlyList<double>> points) => Fronts(points, null);

    /// <summary>
    /// The fronts under Deb's constrained domination (feasible before infeasible, smaller violation first, Pareto
    /// dominance among the feasible); with no violations (null) plain Pareto dominance.
    /// </summary>
    public static IReadOnlyList<int[]> Fronts(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<double>? violations)
    {
        bool Beats(int a, int b)
        {
            if (violations is null) return Dominance.Dominates(points[a], points[b]);
            double va = violations[a], vb = violations[b];
            if (va <= 0 && vb <= 0) return Dominance.Dominates(points[a], points[b]);
            return va < vb;
        }
        int n = points.Count;
        var dominated = new List<int>[n];
        var count = new int[n];
        var fronts = new List<int[]>();
        var current = new List<int>();
        for (int p = 0; p < n; p++)
        {
            dominated[p] = new List<int>();
            for (int q = 0; q < n; q++)
            {
                if (p == q) continue;
                if (Beats(p, q)) dominated[p].Add(q);
                else if (Beats(q, p)) count[p]++;
            }
            if (count[p] == 0) current.Add(p);
        }
        while (current.Count > 0)
        {
            fronts.Add(current.ToArray());
            var next = new List<int>();
            foreach (var p in current)
                foreach (var q in dominated[p])
                    if (--count[q] == 0) next.Add(q);
            next.Sort();
            current = next;
        }
        return fronts;
    }

    /// <summary>
    /// Crowding distance of each member of one front (same order as <paramref name="front"/>): for every objective the
    /// two extremes get +∞ and every other point the gap between its neighbours divided by the objective's range on
    /// the front; the distances are summed over objectives.
    /// </summary>
    public static double[] CrowdingDistance(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<int> front)
    {
        int n = front.Count;
        var distance = new double[n];
        if (n == 0) return distance;
        int m = points[front[0]].Count;
        var order = new int[n];
        for (int k = 0; k < m; k++)
        {
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                int c = points[front[a]][k].CompareTo(points[front[b]][k]);
                return c != 0 ? c : a.CompareTo(b);
            });
            double min = points[front[order[0]]][k], max = points[front[order[n - 1]]][k];
            distance[order[0]] = double.PositiveInfinity;
            distance[order[n - 1]] = double.PositiveInfinity;
            if (max <= min) continue;
            for (int i = 1; i < n - 1; i++)
                distance[order[i]] += (points[front[order[i + 1]]][k] - points[front[order[i - 1]]][k]) / (max - min);
        }
        return distance;
    }
}
