using Spokes.Explore.Samplers;

namespace Spokes.Explore.Scoring;

/// <summary>
/// Feature scoring, as EMA Workbench's <c>feature_scoring</c> (Kwakkel 2017): rank the inputs of any table of
/// experiments by how much the outcome depends on them, with no special design. The score on all rows is
/// complemented by a percentile bootstrap (Efron &amp; Tibshirani 1993, ch. 13): the rows are resampled with
/// replacement <c>resamples</c> times, every score is recomputed, and the 2.5% and 97.5% percentiles of each input's
/// score and rank are reported. In a resample a row's copies count as one row for the forests' out-of-bag sets (see
/// <see cref="Forest.Fit"/>). Deterministic for a seed at any thread count (resample r draws from stream (seed, r)).
/// </summary>
public static class FeatureScoring
{
    /// <param name="forest">forest settings for <see cref="ScoreMethod.ExtraTrees"/> and <see cref="ScoreMethod.RandomForest"/> (its Kind is overridden by the method); <see cref="ScoreMethod.FastForest"/> reads its trees, seed and share of inputs per split.</param>
    /// <exception cref="ArgumentException">χ² on an outcome that is not 0/1.</exception>
    public static FeatureScores Run(ScoreData data, ScoreMethod method, int resamples, int seed, ForestOptions? forest = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (resamples < 0) throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "must be at least 0");
        if (method == ScoreMethod.Chi2 && !data.IsBinary)
            throw new ArgumentException("χ² scores need a 0/1 outcome: give a threshold", nameof(data));
        forest ??= new ForestOptions();
        forest = forest with
        {
            Kind = method == ScoreMethod.RandomForest ? ForestKind.RandomForest : ForestKind.ExtraTrees,
            Seed = seed,
        };
        var full = Score(data, method, forest);
        int d = data.Names.Count;
        var rank = Ranks(full.Score);
        var byResample = new double[resamples][];
        var ranks = new int[resamples][];
        for (int r = 0; r < resamples; r++)
        {
            var random = SeededRandom.Create(StreamSeed.For(seed, 1_000_000 + r));
            var rows = new int[data.Count];
            for (int i = 0; i < rows.Length; i++) rows[i] = random.Next(rows.Length);
            var sample = data.Rows(rows);
            // A resample whose outcome lost a class cannot be scored by χ²; it counts as zero association.
            byResample[r] = method == ScoreMethod.Chi2 && sample.Outcome.Distinct().Count() < 2
                ? new double[d]
                : Score(sample, method, forest with { Seed = StreamSeed.For(seed, 2_000_000 + r) }, rows).Score;
            ranks[r] = Ranks(byResample[r]);
        }
        var scores = new FeatureScore[d];
        for (int j = 0; j < d; j++)
        {
            var s = byResample.Select(x => x[j]).Order().ToArray();
            var k = ranks.Select(x => (double)x[j]).Order().ToArray();
            scores[j] = new FeatureScore(data.Names[j], full.Score[j],
                resamples > 0 ? Percentile(s, 0.025) : double.NaN, resamples > 0 ? Percentile(s, 0.975) : double.NaN,
                full.P?[j] ?? double.NaN, full.Impurity?[j] ?? double.NaN, rank[j],
                resamples > 0 ? (int)Math.Round(Percentile(k, 0.025)) : 0, resamples > 0 ? (int)Math.Round(Percentile(k, 0.975)) : 0);
        }
        return new FeatureScores(method, data.OutcomeName, data.Count, resamples, seed,
            scores.OrderBy(x => x.Rank).ToArray(), full.OobR2);
    }

    private static (double[] Score, double[]? P, double[]? Impurity, double OobR2) Score(ScoreData data, ScoreMethod method,
        ForestOptions forest, int[]? identity = null)
    {
        switch (method)
        {
            case ScoreMethod.F:
            {
                var (f, p) = UnivariateScores.FRegression(data.Columns, data.Outcome);
                return (f, p, null, double.NaN);
            }
            case ScoreMethod.Chi2:
            {
                var (c, p) = UnivariateScores.Chi2(data.Columns, data.Outcome.Select(v => (int)v).ToArray());
                return (c, p, null, double.NaN);
            }
            case ScoreMethod.FastForest:
            {
                var (permutation, gains) = MlNetForest.Fit(data.Columns, data.Outcome, forest.Trees, forest.Seed, forest.MaxFeatures);
                return (permutation, null, gains, double.NaN);
            }
            default:
            {
                var model = Forest.Fit(data.Columns, data.Outcome, forest, identity);
                return (model.Permutation, null, model.Impurity, model.OutOfBagR2);
            }
        }
    }

    /// <summary>Rank of each score, 1 for the highest; ties keep column order.</summary>
    internal static int[] Ranks(double[] scores)
    {
        var order = Enumerable.Range(0, scores.Length)
            .OrderByDescending(j => double.IsNaN(scores[j]) ? double.NegativeInfinity : scores[j]).ThenBy(j => j).ToArray();
        var rank = new int[scores.Length];
        for (int i = 0; i < order.Length; i++) rank[order[i]] = i + 1;
        return rank;
    }

    /// <summary>Linear-interpolation percentile of sorted values (numpy's default).</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        double pos = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(pos), hi = (int)Math.Ceiling(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
