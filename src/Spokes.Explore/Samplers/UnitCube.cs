using Spokes.Explore.Distributions;

namespace Spokes.Explore.Samplers;

/// <summary>Shape checks and storage shared by the samplers: a design is n rows of d coordinates in [0, 1).</summary>
internal static class UnitCube
{
    /// <summary>The largest double below 1, where a coordinate that rounding pushed to 1 is put back.</summary>
    public static readonly double BelowOne = Math.BitDecrement(1.0);

    /// <summary>Allocates n rows of d coordinates after checking n ≥ 0 and d ≥ 1.</summary>
    public static double[][] Allocate(int n, int dimensions)
    {
        Require.AtLeast(n, 0, nameof(n));
        Require.AtLeast(dimensions, 1, nameof(dimensions));
        var rows = new double[n][];
        for (int i = 0; i < n; i++)
            rows[i] = new double[dimensions];
        return rows;
    }

    /// <summary>Product of the factors as an int, or an exception naming <paramref name="name"/> when it overflows.</summary>
    public static int CheckedRows(long rows, string name) =>
        rows <= Array.MaxLength
            ? (int)rows
            : throw new ArgumentOutOfRangeException(name, $"the design would have {rows} rows, more than an array holds");
}
