using Spokes.Explore.Distributions;

namespace Spokes.Explore.Validation;

/// <summary>
/// Convergence diagnostics of several chains of one scalar quantity, each chain an array of draws in order.
/// <list type="bullet">
/// <item>Split-R̂ (Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed., 2013, §11.4): each chain is cut in two
/// halves (the middle draw dropped when the length is odd), and with n draws per half-chain,
/// W the mean within-chain variance and B/n the variance of the half-chain means,
/// R̂ = √(((n−1)/n · W + B/n) / W).</item>
/// <item>Rank-normalised R̂ (Vehtari, Gelman, Simpson, Carpenter &amp; Bürkner 2021, "Rank-normalization, folding,
/// and localization: an improved R̂ for assessing convergence of MCMC", Bayesian Analysis 16(2), 667–718): split-R̂
/// of the normal scores z = Φ⁻¹((r − 3/8)/(S + 1/4)) of the pooled ranks r (ties averaged, S draws in all) — the
/// bulk — and of the normal scores of |x − median| — the tails; the larger of the two. It works for heavy tails
/// and detects chains that agree in location but not in scale.</item>
/// <item>Effective sample size as Stan computes it (Stan Reference Manual, "Effective sample size"; Geyer 1992,
/// "Practical Markov chain Monte Carlo", Statistical Science 7(4)): S / τ̂ with
/// τ̂ = −1 + 2 Σ_{t≤T} ρ̂_t + ρ̂_{T+1}, where ρ̂_t = 1 − (W − mean autocovariance at lag t) / var⁺ combines the
/// chains, the sum stops before the first pair ρ̂_{2m} + ρ̂_{2m+1} that is negative (Geyer's initial positive
/// sequence), the pair sums are made non-increasing (initial monotone sequence), and τ̂ is at least 1/log₁₀ S.
/// Computed on split chains; the bulk version on the rank-normalised split chains.</item>
/// </list>
/// </summary>
public static class ConvergenceDiagnostics
{
    /// <summary>Split-R̂ of the draws as they are.</summary>
    public static double SplitRhat(IReadOnlyList<double[]> chains) => Rhat(Split(chains));

    /// <summary>Rank-normalised split-R̂: the larger of the bulk and the folded (tail) R̂.</summary>
    public static double RankNormalizedRhat(IReadOnlyList<double[]> chains)
    {
        var split = Split(chains);
        double median = Quantiles.Type7(split.SelectMany(c => c).Order().ToArray(), 0.5);
        var folded = split.Select(c => c.Select(x => Math.Abs(x - median)).ToArray()).ToArray();
        return Math.Max(Rhat(NormalScores(split)), Rhat(NormalScores(folded)));
    }

    /// <summary>Effective sample size of the mean, on split chains (Stan's ess_basic).</summary>
    public static double EffectiveSampleSize(IReadOnlyList<double[]> chains) => Ess(Split(chains));

    /// <summary>Bulk effective sample size: on rank-normalised split chains (Stan's ess_bulk).</summary>
    public static double BulkEffectiveSampleSize(IReadOnlyList<double[]> chains) => Ess(NormalScores(Split(chains)));

    /// <summary>The chains cut in halves; every chain needs at least 4 draws and all the same number.</summary>
    internal static double[][] Split(IReadOnlyList<double[]> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (chains.Count == 0) throw new ArgumentException("give at least one chain", nameof(chains));
        int length = chains[0].Length;
        if (length < 4) throw new ArgumentException("each chain needs at least 4 draws", nameof(chains));
        if (chains.Any(c => c.Length != length))
            throw new ArgumentException("all chains must have the same number of draws", nameof(chains));
        if (chains.Any(c => c.Any(x => !double.IsFinite(x))))
            throw new ArgumentException("every draw must be a finite number", nameof(chains));
        int half = length / 2;
        return chains.SelectMany(c => new[] { c[..half], c[(length - half)..] }).ToArray();
    }

    private static double Rhat(double[][] chains)
    {
        int n = chains[0].Length;
        var means = chains.Select(c => c.Average()).ToArray();
        double within = chains.Select((c, i) => Variance(c, means[i])).Average();
        double between = n * Variance(means, means.Average());
        if (within == 0) return between == 0 ? 1 : double.PositiveInfinity; // constant chains: equal or apart
        return Math.Sqrt((between / within + n - 1) / n);
    }

    private static double Ess(double[][] chains)
    {
        int m = chains.Length, n = chains[0].Length;
        var means = chains.Select(c => c.Average()).ToArray();
        // Biased autocovariance (divisor n), as Geyer (1992) recommends, averaged over chains.
        double MeanAutocovariance(int lag)
        {
            double sum = 0;
            for (int c = 0; c < m; c++)
            {
                double s = 0, mu = means[c];
                var x = chains[c];
                for (int i = 0; i + lag < n; i++) s += (x[i] - mu) * (x[i + lag] - mu);
                sum += s / n;
            }
            return sum / m;
        }
        double acov0 = MeanAutocovariance(0);
        double meanVar = acov0 * n / (n - 1.0);
        double varPlus = meanVar * (n - 1.0) / n + (m > 1 ? Variance(means, means.Average()) : 0);
        if (varPlus == 0) return double.NaN; // constant draws: no information about the mean's error
        double Rho(int lag) => 1 - (meanVar - MeanAutocovariance(lag)) / varPlus;

        var rho = new double[n + 1];
        rho[0] = 1;
        double even = 1, odd = Rho(1);
        rho[1] = odd;
        int t = 0;
        while (t < n - 5 && even + odd > 0)
        {
            t += 2;
            even = Rho(t);
            odd = Rho(t + 1);
            if (even + odd >= 0) { rho[t] = even; rho[t + 1] = odd; }
        }
        int maxT = t;
        if (even > 0) rho[maxT] = even; // kept for the improved (antithetic-safe) estimate below
        // Initial monotone sequence: each pair sum no larger than the one before.
        for (t = 2; t <= maxT - 2; t += 2)
            if (rho[t] + rho[t + 1] > rho[t - 2] + rho[t - 1])
                rho[t] = rho[t + 1] = (rho[t - 2] + rho[t - 1]) / 2;
        double total = m * (double)n;
        double tau = -1 + rho[maxT];
        for (int i = 0; i < maxT; i++) tau += 2 * rho[i];
        tau = Math.Max(tau, 1 / Math.Log10(total));
        return total / tau;
    }

    /// <summary>Blom's normal scores of the pooled ranks (ties get their average rank), shaped as the input.</summary>
    internal static double[][] NormalScores(double[][] chains)
    {
        var all = chains.SelectMany((c, ci) => c.Select((x, i) => (x, ci, i))).OrderBy(p => p.x).ToArray();
        int s = all.Length;
        var scores = chains.Select(c => new double[c.Length]).ToArray();
        for (int a = 0; a < s;)
        {
            int b = a;
            while (b + 1 < s && all[b + 1].x == all[a].x) b++;
            double rank = (a + b) / 2.0 + 1; // 1-based average rank of the tie group
            double z = StandardNormal.InverseCdf((rank - 0.375) / (s + 0.25));
            for (int i = a; i <= b; i++) scores[all[i].ci][all[i].i] = z;
            a = b + 1;
        }
        return scores;
    }

    private static double Variance(double[] x, double mean)
    {
        if (x.Length < 2) return 0;
        double s = 0;
        foreach (var v in x) s += (v - mean) * (v - mean);
        return s / (x.Length - 1);
    }
}
