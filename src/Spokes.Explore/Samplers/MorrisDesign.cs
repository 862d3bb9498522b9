using Spokes.Explore.Distributions;

namespace Spokes.Explore.Samplers;

/// <summary>
/// Morris's (1991) one-at-a-time trajectories for elementary effects. The unit interval is cut into a grid of
/// p levels {0, 1/(p−1), …, 1}, and the step is Δ = p/(2(p−1)) (p/2 grid steps). Each of r trajectories has d + 1
/// points: a random base x* with every coordinate drawn uniformly from {0, 1/(p−1), …, 1 − Δ}, a random direction
/// per factor, and a random order of the factors; step k moves factor π(k) by +Δ (from x*_π(k)) or −Δ (from
/// x*_π(k) + Δ). This is Morris's B* = (J·x* + (Δ/2)·((2B − J)·D* + J))·P* and SALib's <c>morris.sample</c>
/// without the optional optimised selection (Campolongo et al. 2007). Rows are trajectory by trajectory:
/// r·(d + 1) rows. Coordinates lie on the grid, in [0, 1] — both ends included.
/// </summary>
public static class MorrisDesign
{
    /// <summary>Δ = p/(2(p − 1)), the step of a p-level grid (2/3 for the common p = 4).</summary>
    public static double Delta(int levels)
    {
        CheckLevels(levels);
        return levels / (2.0 * (levels - 1));
    }

    /// <summary>
    /// r = <paramref name="trajectories"/> trajectories for <paramref name="dimensions"/> factors on a
    /// <paramref name="levels"/>-level grid. Draws per trajectory: the d base levels, the d directions, then the
    /// factor order (Fisher–Yates).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">trajectories &lt; 1, dimensions &lt; 1, or levels not an even number ≥ 2.</exception>
    public static double[][] Create(int trajectories, int dimensions, int levels, Random random)
    {
        Require.AtLeast(trajectories, 1, nameof(trajectories));
        Require.AtLeast(dimensions, 1, nameof(dimensions));
        CheckLevels(levels);
        ArgumentNullException.ThrowIfNull(random);
        int d = dimensions, half = levels / 2;
        int rowCount = UnitCube.CheckedRows((long)trajectories * (d + 1), nameof(trajectories));
        var rows = new double[rowCount][];
        var level = new int[d];
        var up = new bool[d];
        var order = new int[d];
        for (int t = 0; t < trajectories; t++)
        {
            for (int j = 0; j < d; j++)
                level[j] = random.Next(half);
            for (int j = 0; j < d; j++)
            {
                up[j] = random.Next(2) == 1;
                if (!up[j])
                    level[j] += half;
            }
            for (int j = 0; j < d; j++)
                order[j] = j;
            for (int j = d - 1; j > 0; j--)
            {
                int k = random.Next(j + 1);
                (order[j], order[k]) = (order[k], order[j]);
            }

            int first = t * (d + 1);
            rows[first] = ToUnit(level, levels);
            for (int step = 0; step < d; step++)
            {
                int factor = order[step];
                level[factor] += up[factor] ? half : -half;
                rows[first + step + 1] = ToUnit(level, levels);
            }
        }
        return rows;
    }

    /// <summary>Seeded overload: <see cref="Create(int, int, int, Random)"/> with <see cref="SeededRandom.Create"/>.</summary>
    public static double[][] Create(int trajectories, int dimensions, int levels, int seed) =>
        Create(trajectories, dimensions, levels, SeededRandom.Create(seed));

    private static double[] ToUnit(int[] level, int levels)
    {
        var row = new double[level.Length];
        for (int j = 0; j < level.Length; j++)
            row[j] = (double)level[j] / (levels - 1);
        return row;
    }

    private static void CheckLevels(int levels)
    {
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels,
                "must be an even number ≥ 2 (with odd p the step Δ = p/(2(p−1)) leaves the grid)");
    }
}
