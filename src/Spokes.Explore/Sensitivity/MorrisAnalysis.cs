using System.Collections.Immutable;
using Spokes.Explore.Distributions;
using Spokes.Explore.Samplers;

namespace Spokes.Explore.Sensitivity;

/// <summary>
/// Morris's (1991) elementary effects from the runs of a <see cref="MorrisDesign"/>, summarised as μ, μ* and σ as in
/// SALib's <c>morris.analyze</c>. Works on plain arrays, never on a model.
/// </summary>
/// <remarks>
/// Along each trajectory step exactly one input changes, by ±Δ in the unit cube; its elementary effect is
/// EE = (y(x with X_j at the higher level) − y(x with X_j at the lower level)) / Δ, i.e. (y_(k+1) − y_k)/(x_(k+1),j − x_(k,j)).
/// Then μ_j = mean EE, μ*_j = mean |EE| (Campolongo et al. 2007), σ_j = sd(EE) with divisor r − 1. The interval for μ*
/// resamples the r trajectories with replacement (one resample shared by all inputs) and reports
/// z_(1+c)/2 · sd of the resampled μ*. Pass the unit-cube design (not the mapped parameter values), so effects are per
/// unit of each input's normalised range: for y = Σ c_j·u_j, μ*_j = |c_j| and σ_j = 0.
/// </remarks>
public static class MorrisAnalysis
{
    /// <summary>μ, μ*, σ and the μ* interval, the bootstrap seeded by <see cref="SeededRandom.Create"/>(<paramref name="seed"/>).</summary>
    /// <param name="x">The design, r·(d + 1) rows of d unit-cube coordinates, trajectory by trajectory.</param>
    /// <param name="y">One output per row.</param>
    /// <param name="bootstrap">Resamples for the μ* interval (0 for none, else ≥ 2); SALib's default is 100.</param>
    /// <param name="seed">Seed of the bootstrap's generator.</param>
    /// <param name="confidenceLevel">Confidence level c ∈ (0, 1).</param>
    /// <exception cref="ArgumentNullException">x or y is null.</exception>
    /// <exception cref="ArgumentException">
    /// The shapes disagree, a step changes other than exactly one input, an input is not moved exactly once per
    /// trajectory, an output is not finite, or another argument is out of range.
    /// </exception>
    public static MorrisIndices Analyze(
        double[][] x, double[] y, int bootstrap = SobolAnalysis.DefaultBootstrap, int seed = 0,
        double confidenceLevel = SobolAnalysis.DefaultConfidenceLevel) =>
        Analyze(x, y, bootstrap, SeededRandom.Create(seed), confidenceLevel);

    /// <summary>As the seeded overload, with the bootstrap's random source passed in.</summary>
    public static MorrisIndices Analyze(
        double[][] x, double[] y, int bootstrap, Random random, double confidenceLevel = SobolAnalysis.DefaultConfidenceLevel)
    {
        BootstrapInterval.CheckResamples(bootstrap, nameof(bootstrap));
        double z = BootstrapInterval.Quantile(confidenceLevel, nameof(confidenceLevel));
        ArgumentNullException.ThrowIfNull(random);
        var effects = ElementaryEffects(x, y);
        int r = effects.Length, d = effects[0].Length;

        var mu = new double[d];
        var muStar = new double[d];
        var sigma = new double[d];
        for (int j = 0; j < d; j++)
        {
            double sum = 0, sumAbs = 0;
            for (int t = 0; t < r; t++)
            {
                sum += effects[t][j];
                sumAbs += Math.Abs(effects[t][j]);
            }
            mu[j] = sum / r;
            muStar[j] = sumAbs / r;
            double ss = 0;
            for (int t = 0; t < r; t++)
                ss += (effects[t][j] - mu[j]) * (effects[t][j] - mu[j]);
            sigma[j] = r > 1 ? Math.Sqrt(ss / (r - 1)) : double.NaN;
        }

        var conf = Enumerable.Repeat(double.NaN, d).ToArray();
        if (bootstrap > 0)
        {
            var resampled = new double[d][];
            for (int j = 0; j < d; j++)
                resampled[j] = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++)
            {
                var rows = BootstrapInterval.Resample(r, random);
                for (int j = 0; j < d; j++)
                {
                    double sumAbs = 0;
                    foreach (var t in rows)
                        sumAbs += Math.Abs(effects[t][j]);
                    resampled[j][b] = sumAbs / r;
                }
            }
            for (int j = 0; j < d; j++)
                conf[j] = BootstrapInterval.HalfWidth(resampled[j], z);
        }
        return new MorrisIndices([.. mu], [.. muStar], [.. sigma], [.. conf], r, confidenceLevel);
    }

    /// <summary>
    /// The elementary effects, r rows (one per trajectory) of d effects: EE_tj = Δy / Δx_j at the step of trajectory t
    /// that moves input j.
    /// </summary>
    /// <exception cref="ArgumentNullException">x or y is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Analyze(double[][], double[], int, int, double)"/>.</exception>
    public static double[][] ElementaryEffects(double[][] x, double[] y)
    {
        Require.NotNull(x, nameof(x));
        Require.NotNull(y, nameof(y));
        if (x.Length == 0 || x[0] is null || x[0].Length == 0)
            throw new ArgumentException("the design needs at least one row of at least one input", nameof(x));
        int d = x[0].Length, size = d + 1;
        if (x.Length % size != 0)
            throw new ArgumentException($"has {x.Length} rows; a Morris design for d = {d} has r·{size}", nameof(x));
        if (y.Length != x.Length)
            throw new ArgumentException($"has {y.Length} values for {x.Length} design rows", nameof(y));
        for (int i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"value {i} is {y[i]}: every model output must be finite", nameof(y));
        foreach (var row in x)
            if (row is null || row.Length != d)
                throw new ArgumentException($"every row must have {d} coordinates", nameof(x));

        int r = x.Length / size;
        var effects = new double[r][];
        var moved = new bool[d];
        for (int t = 0; t < r; t++)
        {
            effects[t] = new double[d];
            Array.Clear(moved);
            for (int k = 0; k < d; k++)
            {
                int row = t * size + k;
                int changed = -1;
                for (int j = 0; j < d; j++)
                {
                    if (x[row + 1][j] == x[row][j])
                        continue;
                    if (changed >= 0)
                        throw new ArgumentException($"rows {row} and {row + 1} differ in more than one input", nameof(x));
                    changed = j;
                }
                if (changed < 0 || moved[changed])
                    throw new ArgumentException(
                        changed < 0
                            ? $"rows {row} and {row + 1} differ in no input"
                            : $"trajectory {t} moves input {changed} twice", nameof(x));
                moved[changed] = true;
                effects[t][changed] = (y[row + 1] - y[row]) / (x[row + 1][changed] - x[row][changed]);
            }
        }
        return effects;
    }
}
