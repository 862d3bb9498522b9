using Spokes.Explore.Samplers;

namespace Spokes.Explore.Validation;

/// <summary>
/// The affine-invariant ensemble sampler of Goodman &amp; Weare (2010, "Ensemble samplers with affine invariance",
/// Comm. App. Math. Comp. Sci. 5(1), 65–80) with the stretch move, in the parallel form of Foreman-Mackey, Hogg,
/// Lang &amp; Goodman (2013, "emcee: the MCMC hammer", PASP 125, 306–312, Algorithm 3). The K walkers are split into
/// two halves; each walker X_k of a half is moved against a walker X_j drawn uniformly from the other half:
/// Y = X_j + z (X_k − X_j), with z drawn from g(z) ∝ 1/√z on [1/a, a] (a = 2, as in emcee), and accepted with
/// probability min(1, z^(n−1) p(Y) / p(X_k)) for n dimensions.
/// <para>
/// Why this and not <c>MathNet.Numerics.Statistics.Mcmc</c>: Math.NET offers single-chain Metropolis(–Hastings),
/// hybrid (Hamiltonian) Monte Carlo and slice samplers. Metropolis needs a proposal tuned to the posterior's scale
/// and correlations, which differ by orders of magnitude between the model's parameters and are unknown before the
/// run; Hamiltonian Monte Carlo needs gradients, which a simulation does not give. The stretch move is invariant
/// under affine maps of the parameters, so scale and linear correlation cost it nothing, it has one tuning constant,
/// it needs no gradient, and its walkers can be evaluated in parallel.
/// </para>
/// <para>
/// Determinism: every random number of a half-step (partner, stretch, acceptance) is drawn in walker order from one
/// seeded xoshiro256** stream before the half's proposals are evaluated in parallel, and each evaluation writes
/// only its own walker's slot; so the chains are bit-identical at any thread count. The log density must therefore
/// be safe to call from several threads at once and depend only on its argument.
/// </para>
/// </summary>
public static class EnsembleSampler
{
    /// <summary>The stretch scale a of g(z); 2 is Goodman &amp; Weare's and emcee's default.</summary>
    public const double DefaultStretch = 2.0;

    /// <summary>
    /// Runs <paramref name="steps"/> steps from the <paramref name="initial"/> ensemble ([walker][dimension]: an
    /// even number of walkers, at least twice the dimension, each at a finite log density).
    /// <paramref name="logDensity"/> returns the log of an unnormalised density, −∞ outside its support; NaN or +∞
    /// is an error (<see cref="InvalidOperationException"/>); an exception the log density throws itself arrives
    /// wrapped in an <see cref="AggregateException"/> (it ran in a parallel loop). <paramref name="threads"/> bounds
    /// the parallel evaluations (0: all cores); the result does not depend on it.
    /// </summary>
    public static EnsembleChains Run(Func<double[], double> logDensity, double[][] initial, int steps, int seed,
        int threads = 0, double stretch = DefaultStretch)
    {
        ArgumentNullException.ThrowIfNull(logDensity);
        ArgumentNullException.ThrowIfNull(initial);
        if (steps < 1) throw new ArgumentOutOfRangeException(nameof(steps), steps, "must be at least 1");
        if (threads < 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "must be 0 (all cores) or more");
        if (!(stretch > 1) || !double.IsFinite(stretch))
            throw new ArgumentOutOfRangeException(nameof(stretch), stretch, "must be a finite number greater than 1");
        int k = initial.Length, n = CheckEnsemble(initial);

        var position = initial.Select(p => (double[])p.Clone()).ToArray();
        var logP = new double[k];
        for (int w = 0; w < k; w++)
        {
            logP[w] = Evaluate(logDensity, (double[])position[w].Clone());
            if (double.IsNegativeInfinity(logP[w]))
                throw new ArgumentException($"walker {w} starts outside the support (log density −∞)", nameof(initial));
        }

        var samples = new double[k, steps, n];
        var logDensities = new double[k, steps];
        var accepted = new int[k];
        var random = SeededRandom.Create(seed);
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads == 0 ? -1 : threads };
        int half = k / 2;
        var proposal = new double[half][];
        var logZ = new double[half];
        var logU = new double[half];
        var logPY = new double[half];
        for (int i = 0; i < half; i++) proposal[i] = new double[n];

        for (int s = 0; s < steps; s++)
        {
            for (int h = 0; h < 2; h++)
            {
                int first = h * half, other = (1 - h) * half;
                // Draw everything first, in walker order, so the stream does not depend on the evaluation order.
                for (int i = 0; i < half; i++)
                {
                    int j = other + random.Next(half);
                    double z = Math.Pow((stretch - 1) * random.NextDouble() + 1, 2) / stretch;
                    logZ[i] = Math.Log(z);
                    logU[i] = Math.Log(1 - random.NextDouble()); // 1 − U ∈ (0, 1]: log is finite
                    var x = position[first + i];
                    var partner = position[j];
                    for (int d = 0; d < n; d++) proposal[i][d] = partner[d] + z * (x[d] - partner[d]);
                }
                Parallel.For(0, half, options, i => logPY[i] = logDensity((double[])proposal[i].Clone()));
                for (int i = 0; i < half; i++)
                {
                    int w = first + i;
                    Check(logPY[i], proposal[i]); // in walker order, so the same error whatever the thread count
                    // −∞ outside the support: the comparison is false for every finite log U, so never accepted.
                    if (logU[i] <= (n - 1) * logZ[i] + logPY[i] - logP[w])
                    {
                        Array.Copy(proposal[i], position[w], n);
                        logP[w] = logPY[i];
                        accepted[w]++;
                    }
                }
            }
            for (int w = 0; w < k; w++)
            {
                for (int d = 0; d < n; d++) samples[w, s, d] = position[w][d];
                logDensities[w, s] = logP[w];
            }
        }
        return new EnsembleChains(samples, logDensities, accepted);
    }

    /// <summary>
    /// <paramref name="walkers"/> starting points drawn uniformly inside the box [lower, upper] (a uniform prior's
    /// support), seeded: the usual start when nothing better is known.
    /// </summary>
    public static double[][] UniformStart(IReadOnlyList<double> lower, IReadOnlyList<double> upper, int walkers, int seed)
    {
        if (lower.Count != upper.Count || lower.Count == 0)
            throw new ArgumentException("lower and upper must name the same, non-zero number of dimensions", nameof(upper));
        for (int d = 0; d < lower.Count; d++)
            if (!(upper[d] > lower[d]) || !double.IsFinite(lower[d]) || !double.IsFinite(upper[d]))
                throw new ArgumentOutOfRangeException(nameof(upper), upper[d], $"dimension {d}: must be finite and above lower = {lower[d]}");
        var random = SeededRandom.Create(seed);
        return Enumerable.Range(0, walkers)
            .Select(_ => Enumerable.Range(0, lower.Count).Select(d => lower[d] + (upper[d] - lower[d]) * random.NextDouble()).ToArray())
            .ToArray();
    }

    private static int CheckEnsemble(double[][] initial)
    {
        if (initial.Length == 0 || initial[0] is null || initial[0].Length == 0)
            throw new ArgumentException("the initial ensemble needs at least one walker with at least one dimension", nameof(initial));
        int n = initial[0].Length;
        if (initial.Length % 2 != 0 || initial.Length < 2 * n)
            throw new ArgumentException(
                $"the ensemble needs an even number of walkers, at least twice the {n} dimension(s); got {initial.Length}", nameof(initial));
        for (int w = 0; w < initial.Length; w++)
        {
            if (initial[w] is null || initial[w].Length != n)
                throw new ArgumentException($"walker {w} must have {n} coordinates", nameof(initial));
            if (initial[w].Any(v => !double.IsFinite(v)))
                throw new ArgumentException($"walker {w} has a coordinate that is not a finite number", nameof(initial));
        }
        return n;
    }

    private static double Evaluate(Func<double[], double> logDensity, double[] point) => Check(logDensity(point), point);

    private static double Check(double value, double[] point) =>
        double.IsNaN(value) || double.IsPositiveInfinity(value)
            ? throw new InvalidOperationException($"the log density is {value} at ({string.Join(", ", point)}): it must be finite or −∞")
            : value;
}
