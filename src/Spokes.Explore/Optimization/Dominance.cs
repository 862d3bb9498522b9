namespace Spokes.Explore.Optimization;

/// <summary>Pareto dominance for minimisation.</summary>
public static class Dominance
{
    /// <summary>True when a is no worse than b in every objective and better in at least one.</summary>
    public static bool Dominates(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        bool better = false;
        for (int k = 0; k < a.Count; k++)
        {
            if (a[k] > b[k]) return false;
            if (a[k] < b[k]) better = true;
        }
        return better;
    }
}
