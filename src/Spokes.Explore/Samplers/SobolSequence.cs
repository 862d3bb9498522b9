using System.Globalization;
using System.Numerics;
using Spokes.Explore.Distributions;

namespace Spokes.Explore.Samplers;

/// <summary>
/// The Sobol low-discrepancy sequence (Sobol' 1967) with Joe and Kuo's direction numbers
/// (<c>new-joe-kuo-6.21201</c>, <see cref="SobolDirectionNumbers"/>), in Gray-code order (Antonov &amp; Saleev
/// 1979), unscrambled: the same points as SciPy's <c>qmc.Sobol(d, scramble=False)</c> and SALib's
/// <c>sobol_sequence.sample</c>.
/// </summary>
/// <remarks>
/// <para>
/// Dimension j has 32 direction numbers v_k = m_k·2^(32−k). The first s come from the table; the rest follow Bratley
/// and Fox's (1988) recurrence for the primitive polynomial x^s + a_1·x^(s−1) + … + a_(s−1)·x + 1:
/// v_k = v_(k−s) ⊕ (v_(k−s) ≫ s) ⊕ a_1·v_(k−1) ⊕ … ⊕ a_(s−1)·v_(k−s+1). Dimension 1 has every m_k = 1 (van der Corput).
/// Point i is x_i = (⊕ over the set bits b of g(i) = i ⊕ (i ≫ 1) of v_(b+1)) / 2³², so point i+1 differs from point i
/// by one XOR with v_(c+1), c the number of trailing ones of i.
/// </para>
/// <para>
/// Point 0 is the origin. It is usually skipped (SALib, SciPy's advice): a design that keeps it puts a coordinate at
/// exactly 0, where an unbounded distribution's quantile is its lowest tail. Balance properties hold for blocks of
/// 2^m consecutive points, so n a power of two is best. Points are exact multiples of 2⁻³²; up to 2³² points per
/// dimension and <see cref="MaxDimension"/> dimensions.
/// </para>
/// </remarks>
public static class SobolSequence
{
    /// <summary>Highest dimension supported by the embedded direction numbers.</summary>
    public const int MaxDimension = SobolDirectionNumbers.MaxDimension;

    /// <summary>Bits per coordinate: points are multiples of 2⁻³², and at most 2³² points exist per dimension.</summary>
    public const int Bits = 32;

    private const double Scale = 1.0 / 4294967296.0; // 2^−32

    private static readonly Lazy<Polynomial[]> Table = new(ParseTable);

    /// <summary>
    /// The first n points in [0, 1)^dimensions, starting after the origin when <paramref name="skipFirst"/> is set
    /// (dimension 1: 0.5, 0.75, 0.25, 0.375, 0.875, …; dimension 2: 0.5, 0.25, 0.75, 0.375, 0.875, …).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 0, or dimensions outside [1, <see cref="MaxDimension"/>].</exception>
    public static double[][] Generate(int n, int dimensions, bool skipFirst = true) =>
        Points(skipFirst ? 1 : 0, n, dimensions);

    /// <summary>
    /// Points start, start + 1, …, start + n − 1 of the sequence (point 0 is the origin) — SciPy's
    /// <c>fast_forward(start)</c> followed by <c>random(n)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// start &lt; 0, n &lt; 0, start + n &gt; 2³², or dimensions outside [1, <see cref="MaxDimension"/>].
    /// </exception>
    public static double[][] Points(long start, int n, int dimensions)
    {
        if (start < 0 || start > 1L << Bits)
            throw new ArgumentOutOfRangeException(nameof(start), start, $"must lie in [0, 2^{Bits}]");
        Require.InRange(dimensions, 1, MaxDimension, nameof(dimensions));
        if (n < 0 || start + n > 1L << Bits)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"must be ≥ 0 with start + n ≤ 2^{Bits}");

        var directions = DirectionNumbers(dimensions);
        var rows = UnitCube.Allocate(n, dimensions);
        var state = new uint[dimensions];
        ulong gray = (ulong)start ^ ((ulong)start >> 1);
        for (int bit = 0; bit < Bits; bit++)
            if ((gray >> bit & 1) != 0)
                for (int j = 0; j < dimensions; j++)
                    state[j] ^= directions[j][bit];

        for (int i = 0; i < n; i++)
        {
            var row = rows[i];
            for (int j = 0; j < dimensions; j++)
                row[j] = state[j] * Scale;
            if (i == n - 1)
                break;
            int change = BitOperations.TrailingZeroCount(~(ulong)(start + i));
            for (int j = 0; j < dimensions; j++)
                state[j] ^= directions[j][change];
        }
        return rows;
    }

    /// <summary>The 32 direction numbers v_1…v_32 (index 0…31) of each of the first <paramref name="dimensions"/> dimensions.</summary>
    internal static uint[][] DirectionNumbers(int dimensions)
    {
        var table = Table.Value;
        var result = new uint[dimensions][];
        for (int j = 0; j < dimensions; j++)
        {
            var v = new uint[Bits];
            if (j == 0)
            {
                for (int k = 0; k < Bits; k++)
                    v[k] = 1u << (Bits - 1 - k);
            }
            else
            {
                var (degree, coefficients, initial) = table[j - 1];
                for (int k = 0; k < Bits; k++)
                {
                    if (k < degree)
                    {
                        v[k] = initial[k] << (Bits - 1 - k);
                        continue;
                    }
                    uint next = v[k - degree] ^ (v[k - degree] >> degree);
                    for (int l = 1; l < degree; l++)
                        if ((coefficients >> (degree - 1 - l) & 1) != 0)
                            next ^= v[k - l];
                    v[k] = next;
                }
            }
            result[j] = v;
        }
        return result;
    }

    /// <summary>One line of the Joe–Kuo table: degree s, packed coefficients a, initial m_1…m_s.</summary>
    internal readonly record struct Polynomial(int Degree, int Coefficients, uint[] Initial);

    private static Polynomial[] ParseTable()
    {
        var lines = SobolDirectionNumbers.Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new Polynomial[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int dimension = int.Parse(fields[0], CultureInfo.InvariantCulture);
            int degree = int.Parse(fields[1], CultureInfo.InvariantCulture);
            int coefficients = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var initial = new uint[degree];
            for (int k = 0; k < degree; k++)
                initial[k] = uint.Parse(fields[3 + k], CultureInfo.InvariantCulture);
            if (dimension != i + 2 || fields.Length != 3 + degree)
                throw new InvalidOperationException($"Sobol direction table is malformed at dimension {i + 2}");
            result[i] = new Polynomial(degree, coefficients, initial);
        }
        return result;
    }
}
