using Spokes.Explore.Distributions;

namespace Spokes.Explore.Samplers;

/// <summary>
/// Full factorial design: every combination of L_j levels per dimension, Π L_j rows, with the last dimension varying
/// fastest (the order of nested loops, <c>itertools.product</c> and EMA Workbench's full factorial). Deterministic.
/// </summary>
public static class FullFactorial
{
    /// <summary>The same number of levels in every dimension: levels^dimensions rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">levels &lt; 1, dimensions &lt; 1, or too many rows for an array.</exception>
    public static double[][] Generate(int levels, int dimensions, FactorialSpacing spacing = FactorialSpacing.Midpoints)
    {
        Require.AtLeast(levels, 1, nameof(levels));
        Require.AtLeast(dimensions, 1, nameof(dimensions));
        return Generate(Enumerable.Repeat(levels, dimensions).ToArray(), spacing);
    }

    /// <summary>levels[j] levels in dimension j: Π levels[j] rows.</summary>
    /// <exception cref="ArgumentNullException">levels is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">levels is empty, an entry is below 1, or too many rows for an array.</exception>
    public static double[][] Generate(IReadOnlyList<int> levels, FactorialSpacing spacing = FactorialSpacing.Midpoints)
    {
        Require.NotNull(levels, nameof(levels));
        if (levels.Count == 0)
            throw new ArgumentOutOfRangeException(nameof(levels), "at least one dimension is needed");
        long count = 1;
        foreach (var l in levels)
        {
            if (l < 1)
                throw new ArgumentOutOfRangeException(nameof(levels), l, "every dimension needs at least 1 level");
            count = Math.Min(count * l, (long)Array.MaxLength + 1);
        }
        int n = UnitCube.CheckedRows(count, nameof(levels)), d = levels.Count;
        var rows = UnitCube.Allocate(n, d);
        var index = new int[d];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < d; j++)
                rows[i][j] = Level(index[j], levels[j], spacing);
            for (int j = d - 1; j >= 0 && ++index[j] == levels[j]; j--)
                index[j] = 0;
        }
        return rows;
    }

    /// <summary>Coordinate of level k of L under the given spacing.</summary>
    public static double Level(int k, int levels, FactorialSpacing spacing) =>
        levels == 1 ? 0.5
        : spacing == FactorialSpacing.Midpoints ? (k + 0.5) / levels
        : (double)k / (levels - 1);
}
