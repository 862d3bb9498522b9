using System.Collections.Immutable;
using Spokes.Explore.Distributions;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Sobol indices from the outputs of a <see cref="SaltelliDesign"/>, with the estimators SALib's
/// <c>sobol.analyze</c> uses. Works on a plain output vector, never on a model.
/// </summary>
/// <remarks>
/// <para>
/// The outputs are first standardised, y ← (y − ȳ)/sd(y) over all runs (as SALib does; the indices are ratios, so only
/// rounding changes). Per base row i the design gives f(A)_i, f(B)_i, f(AB^j)_i and, with second order, f(BA^j)_i.
/// With V = the variance (divisor 2N) of the 2N values f(A), f(B):
/// </para>
/// <list type="bullet">
/// <item>first order, Saltelli et al. (2010) Table 2 (b): S_j = mean_i[f(B)_i·(f(AB^j)_i − f(A)_i)] / V;</item>
/// <item>total, Jansen (1999), Saltelli et al. (2010) Table 2 (f): S_Tj = ½·mean_i[(f(A)_i − f(AB^j)_i)²] / V;</item>
/// <item>second order, Saltelli (2002): V_jk = mean_i[f(BA^j)_i·f(AB^k)_i − f(A)_i·f(B)_i] / V, S_jk = V_jk − S_j − S_k.</item>
/// </list>
/// <para>
/// Confidence: <paramref name="bootstrap"/> resamples of the N base rows with replacement (the same resample for every
/// index), each index recomputed on each; the reported value is z_(1+c)/2 · sd of the resampled estimates. When the
/// outputs do not vary at all every index is 0, as in SALib.
/// </para>
/// <para>
/// References: Saltelli, A. (2002) "Making best use of model evaluations to compute sensitivity indices", Comput. Phys.
/// Commun. 145, 280–297. Saltelli, A. et al. (2010) "Variance based sensitivity analysis of model output. Design and
/// estimator for the total sensitivity index", Comput. Phys. Commun. 181, 259–270. Jansen, M. J. W. (1999) "Analysis of
/// variance designs for model output", Comput. Phys. Commun. 117, 35–43. Herman &amp; Usher (2017) SALib, JOSS 2(9).
/// </para>
/// </remarks>
public static class SobolAnalysis
{
    /// <summary>Default number of bootstrap resamples (SALib's).</summary>
    public const int DefaultBootstrap = 100;

    /// <summary>Default confidence level of the intervals.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    /// <summary>
    /// Indices from outputs <paramref name="y"/> of a Saltelli design for <paramref name="dimensions"/> inputs, with the
    /// bootstrap driven by <see cref="SeededRandom.Create"/>(<paramref name="seed"/>).
    /// </summary>
    /// <param name="y">One output per design row, in design order: N·(2d + 2) values with second order, N·(d + 2) without.</param>
    /// <param name="dimensions">Number of inputs d.</param>
    /// <param name="secondOrder">Whether the design has the BA blocks (must match <see cref="SaltelliDesign.Create"/>).</param>
    /// <param name="bootstrap">Bootstrap resamples (0 for none, else ≥ 2).</param>
    /// <param name="seed">Seed of the bootstrap's generator.</param>
    /// <param name="confidenceLevel">Confidence level c ∈ (0, 1).</param>
    /// <exception cref="ArgumentNullException">y is null.</exception>
    /// <exception cref="ArgumentException">
    /// y's length is not a multiple of the rows per base sample, N &lt; 2, y holds NaN or ±∞, or another argument is out
    /// of range (<see cref="ArgumentOutOfRangeException"/>).
    /// </exception>
    public static SobolIndices Analyze(
        double[] y, int dimensions, bool secondOrder = true, int bootstrap = DefaultBootstrap, int seed = 0,
        double confidenceLevel = DefaultConfidenceLevel) =>
        Analyze(y, dimensions, secondOrder, bootstrap, SeededRandom.Create(seed), confidenceLevel);

    /// <summary>As the seeded overload, with the bootstrap's random source passed in.</summary>
    public static SobolIndices Analyze(
        double[] y, int dimensions, bool secondOrder, int bootstrap, Random random,
        double confidenceLevel = DefaultConfidenceLevel)
    {
        Require.NotNull(y, nameof(y));
        Require.AtLeast(dimensions, 1, nameof(dimensions));
        BootstrapInterval.CheckResamples(bootstrap, nameof(bootstrap));
        double z = BootstrapInterval.Quantile(confidenceLevel, nameof(confidenceLevel));
        ArgumentNullException.ThrowIfNull(random);
        int d = dimensions, step = SaltelliDesign.RowsPerSample(d, secondOrder);
        if (y.Length % step != 0 || y.Length / step < 2)
            throw new ArgumentException(
                $"has {y.Length} values; a Saltelli design for d = {d} ({(secondOrder ? "with" : "without")} second order) " +
                $"has N·{step} with N ≥ 2", nameof(y));
        for (int i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"value {i} is {y[i]}: every model output must be finite", nameof(y));

        var blocks = new Blocks(y, d, secondOrder);
        int n = blocks.N;
        var estimates = Estimate(blocks, rows: null);
        var conf = bootstrap == 0 ? null : Bootstrap(blocks, bootstrap, random, z);

        return new SobolIndices(
            [.. estimates.S1],
            [.. conf?.S1 ?? Nan(d)],
            [.. estimates.ST],
            [.. conf?.ST ?? Nan(d)],
            secondOrder ? Table(estimates.S2!) : [],
            secondOrder ? Table(conf?.S2 ?? NanTable(d)) : [],
            n,
            blocks.RawVariance,
            confidenceLevel);
    }

    /// <summary>The output values split into A, B, AB^j, BA^j (each length N), standardised as SALib does.</summary>
    private sealed class Blocks
    {
        public Blocks(double[] y, int d, bool secondOrder)
        {
            D = d;
            int step = SaltelliDesign.RowsPerSample(d, secondOrder);
            N = y.Length / step;
            double mean = 0;
            foreach (var v in y)
                mean += v;
            mean /= y.Length;
            double ss = 0;
            foreach (var v in y)
                ss += (v - mean) * (v - mean);
            bool constant = y.AsSpan().IndexOfAnyExcept(y[0]) < 0;
            RawVariance = constant ? 0 : ss / y.Length;
            double sd = Math.Sqrt(RawVariance);
            double Standard(int index) => sd > 0 ? (y[index] - mean) / sd : 0;

            A = new double[N];
            B = new double[N];
            AB = new double[d][];
            BA = secondOrder ? new double[d][] : null;
            for (int j = 0; j < d; j++)
            {
                AB[j] = new double[N];
                if (BA is not null)
                    BA[j] = new double[N];
            }
            for (int i = 0; i < N; i++)
            {
                int row = i * step;
                A[i] = Standard(row);
                for (int j = 0; j < d; j++)
                {
                    AB[j][i] = Standard(row + 1 + j);
                    if (BA is not null)
                        BA[j][i] = Standard(row + 1 + d + j);
                }
                B[i] = Standard(row + step - 1);
            }
        }

        public int N { get; }
        public int D { get; }
        public double RawVariance { get; }
        public double[] A { get; }
        public double[] B { get; }
        public double[][] AB { get; }
        public double[][]? BA { get; }
    }

    private sealed record Estimates(double[] S1, double[] ST, double[][]? S2);

    /// <summary>All indices on the base rows <paramref name="rows"/> (null: rows 0…N−1 once each).</summary>
    private static Estimates Estimate(Blocks blocks, int[]? rows)
    {
        int n = blocks.N, d = blocks.D;
        int Row(int i) => rows is null ? i : rows[i];
        var (a, b) = (blocks.A, blocks.B);

        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double ai = a[Row(i)], bi = b[Row(i)];
            sum += ai + bi;
            sumSq += ai * ai + bi * bi;
        }
        double meanAll = sum / (2 * n);
        double variance = Math.Max(0, sumSq / (2 * n) - meanAll * meanAll);

        var s1 = new double[d];
        var st = new double[d];
        for (int j = 0; j < d; j++)
        {
            var ab = blocks.AB[j];
            double first = 0, total = 0;
            for (int i = 0; i < n; i++)
            {
                int r = Row(i);
                double diff = ab[r] - a[r];
                first += b[r] * diff;
                total += diff * diff;
            }
            s1[j] = variance > 0 ? first / n / variance : 0;
            st[j] = variance > 0 ? 0.5 * total / n / variance : 0;
        }

        double[][]? s2 = null;
        if (blocks.BA is { } ba)
        {
            s2 = NanTable(d);
            for (int j = 0; j < d; j++)
            {
                for (int k = j + 1; k < d; k++)
                {
                    var (baJ, abK) = (ba[j], blocks.AB[k]);
                    double cross = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int r = Row(i);
                        cross += baJ[r] * abK[r] - a[r] * b[r];
                    }
                    double vjk = variance > 0 ? cross / n / variance : 0;
                    s2[j][k] = vjk - s1[j] - s1[k];
                }
            }
        }
        return new Estimates(s1, st, s2);
    }

    private static Estimates Bootstrap(Blocks blocks, int resamples, Random random, double z)
    {
        int d = blocks.D;
        var s1 = new double[d][];
        var st = new double[d][];
        for (int j = 0; j < d; j++)
            (s1[j], st[j]) = (new double[resamples], new double[resamples]);
        var s2 = blocks.BA is null ? null : new double[d, d][];
        for (int r = 0; r < resamples; r++)
        {
            var e = Estimate(blocks, BootstrapInterval.Resample(blocks.N, random));
            for (int j = 0; j < d; j++)
            {
                s1[j][r] = e.S1[j];
                st[j][r] = e.ST[j];
                if (s2 is null)
                    continue;
                for (int k = j + 1; k < d; k++)
                    (s2[j, k] ??= new double[resamples])[r] = e.S2![j][k];
            }
        }

        var conf1 = s1.Select(v => BootstrapInterval.HalfWidth(v, z)).ToArray();
        var confT = st.Select(v => BootstrapInterval.HalfWidth(v, z)).ToArray();
        double[][]? conf2 = null;
        if (s2 is not null)
        {
            conf2 = NanTable(d);
            for (int j = 0; j < d; j++)
                for (int k = j + 1; k < d; k++)
                    conf2[j][k] = BootstrapInterval.HalfWidth(s2[j, k], z);
        }
        return new Estimates(conf1, confT, conf2);
    }

    private static double[] Nan(int d) => Enumerable.Repeat(double.NaN, d).ToArray();

    private static double[][] NanTable(int d) => Enumerable.Range(0, d).Select(_ => Nan(d)).ToArray();

    private static ImmutableArray<ImmutableArray<double>> Table(double[][] rows) =>
        [.. rows.Select(r => ImmutableArray.Create(r))];
}
