using System.Numerics;
using Spokes.Explore.Distributions;

namespace Spokes.Explore.Samplers;

/// <summary>
/// Saltelli's design for Sobol indices (Saltelli 2002; Saltelli et al. 2010), row for row the layout of SALib's
/// <c>saltelli.sample</c>, so its outputs feed <see cref="Sensitivity.SobolAnalysis"/>.
/// </summary>
/// <remarks>
/// Two independent base matrices A and B (N × d) are the first and last d coordinates of N points of a
/// 2d-dimensional <see cref="SobolSequence"/>, taken after skipping its first <c>skip</c> points. For each base row i
/// the design holds, in order: A_i; AB_i^(1…d) (A_i with coordinate j taken from B_i); with second order
/// BA_i^(1…d) (B_i with coordinate j taken from A_i); B_i. That is N·(2d + 2) rows with second order and N·(d + 2)
/// without, every model run used by the first-order, total and second-order estimators.
/// The default skip is SALib's: the next power of two ≥ N, at least 16. N itself should be a power of two.
/// </remarks>
public static class SaltelliDesign
{
    /// <summary>Largest d: the base sequence needs 2d Sobol dimensions.</summary>
    public const int MaxDimensions = SobolSequence.MaxDimension / 2;

    /// <summary>Rows per base sample: 2d + 2 with second order, d + 2 without.</summary>
    public static int RowsPerSample(int dimensions, bool secondOrder) => secondOrder ? 2 * dimensions + 2 : dimensions + 2;

    /// <summary>SALib's default number of Sobol points skipped before the base sample: max(16, next power of two ≥ n).</summary>
    public static long DefaultSkip(int n) => Math.Max(16, (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(n, 1)));

    /// <summary>The design for N = <paramref name="n"/> base samples of <paramref name="dimensions"/> inputs, in [0, 1)^d.</summary>
    /// <param name="n">Base sample size N (≥ 1; a power of two keeps the Sobol balance).</param>
    /// <param name="dimensions">Number of inputs d, 1 … <see cref="MaxDimensions"/>.</param>
    /// <param name="secondOrder">Include the BA blocks that second-order indices need.</param>
    /// <param name="skip">Sobol points skipped before the base sample; null for <see cref="DefaultSkip"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the design would not fit an array.</exception>
    public static double[][] Create(int n, int dimensions, bool secondOrder = true, long? skip = null)
    {
        Require.AtLeast(n, 1, nameof(n));
        Require.InRange(dimensions, 1, MaxDimensions, nameof(dimensions));
        long start = skip ?? DefaultSkip(n);
        if (start < 0)
            throw new ArgumentOutOfRangeException(nameof(skip), skip, "must be ≥ 0");
        int d = dimensions, step = RowsPerSample(d, secondOrder);
        int rowCount = UnitCube.CheckedRows((long)n * step, nameof(n));
        var baseRows = SobolSequence.Points(start, n, 2 * d);
        var rows = new double[rowCount][];
        int index = 0;
        foreach (var point in baseRows)
        {
            var a = point.AsSpan(0, d);
            var b = point.AsSpan(d, d);
            rows[index++] = a.ToArray();
            for (int k = 0; k < d; k++)
            {
                var ab = a.ToArray();
                ab[k] = b[k];
                rows[index++] = ab;
            }
            if (secondOrder)
            {
                for (int k = 0; k < d; k++)
                {
                    var ba = b.ToArray();
                    ba[k] = a[k];
                    rows[index++] = ba;
                }
            }
            rows[index++] = b.ToArray();
        }
        return rows;
    }
}
