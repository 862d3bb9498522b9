using Spokes.Explore.Samplers;
using Spokes.Explore.Scoring;

namespace Spokes.Explore.Tests.Scoring;

public class FeatureScoringTests
{
    /// <summary>Ten inputs uniform in [0, 1]; the outcome is computed from them by <paramref name="f"/>.</summary>
    internal static ScoreData TenInputs(int n, int seed, Func<double[], double> f)
    {
        var random = SeededRandom.Create(seed);
        var rows = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray();
            y[i] = f(rows[i]);
        }
        return ScoreData.FromRows(Enumerable.Range(0, 10).Select(j => $"x{j}").ToArray(), rows, y, "y");
    }

    private static double Noise(double[] x) => 0.05 * (x[0] * 7919 % 1 - 0.5); // small, deterministic, unrelated to x2/x7

    [Theory]
    [InlineData(ScoreMethod.ExtraTrees)]
    [InlineData(ScoreMethod.RandomForest)]
    public void Forests_rank_the_two_inputs_an_interaction_depends_on_first(ScoreMethod method)
    {
        // y = sin(π·x2)·x7: no linear trend in x2 at all, so only a model that sees the shape can find it.
        var data = TenInputs(600, 3, x => Math.Sin(Math.PI * x[2]) * x[7] + Noise(x));
        var result = FeatureScoring.Run(data, method, resamples: 5, seed: 11, new ForestOptions { Trees = 60 });
        Assert.Equal(new[] { "x2", "x7" }, result.Ranking.Take(2).Order());
        foreach (var s in result.Scores.Take(2))
        {
            Assert.True(s.RankHigh <= 2, $"{s.Name}: rank range {s.RankLow}–{s.RankHigh}");
            Assert.True(s.Low > 5 * result.Scores[2].High, $"{s.Name}'s interval [{s.Low}, {s.High}] should clear the rest");
        }
        Assert.True(result.OutOfBagR2 > 0.8, $"out-of-bag R² {result.OutOfBagR2}");
        Assert.Equal(1.0, result.Scores.Sum(s => s.Impurity), 9);
    }

    [Fact]
    public void Ml_net_fastforest_ranks_the_two_inputs_of_ten_first_and_repeats_itself()
    {
        // The served library as a cross-check of the hand-written forests, on the same analytic case.
        var data = TenInputs(600, 3, x => Math.Sin(Math.PI * x[2]) * x[7] + Noise(x));
        var result = FeatureScoring.Run(data, ScoreMethod.FastForest, resamples: 3, seed: 11, new ForestOptions { Trees = 60 });
        Assert.Equal(new[] { "x2", "x7" }, result.Ranking.Take(2).Order());
        foreach (var s in result.Scores.Take(2))
        {
            Assert.True(s.RankHigh <= 2, $"{s.Name}: rank range {s.RankLow}–{s.RankHigh}");
            Assert.True(s.Low > 5 * result.Scores[2].High, $"{s.Name}'s interval [{s.Low}, {s.High}] should clear the rest");
        }
        Assert.Equal(1.0, result.Scores.Sum(s => s.Impurity), 6);
        var again = FeatureScoring.Run(data, ScoreMethod.FastForest, resamples: 3, seed: 11, new ForestOptions { Trees = 60 });
        Assert.Equal(result.Scores.Select(s => s.Score), again.Scores.Select(s => s.Score));
    }

    [Fact]
    public void F_ranks_the_two_linear_inputs_first_and_misses_the_u_shape()
    {
        var data = TenInputs(500, 4, x => 3 * x[2] - 2 * x[7] + 4 * (x[5] - 0.5) * (x[5] - 0.5) + Noise(x));
        var result = FeatureScoring.Run(data, ScoreMethod.F, resamples: 20, seed: 2);
        Assert.Equal(new[] { "x2", "x7" }, result.Ranking.Take(2).Order());
        Assert.All(result.Scores.Take(2), s => Assert.True(s.PValue < 1e-20));
        // The symmetric U-shape in x5 has no linear part: F cannot see it (the forest can, see below).
        Assert.True(result.Scores.Single(s => s.Name == "x5").PValue > 0.001);
        var forest = FeatureScoring.Run(data, ScoreMethod.ExtraTrees, 0, 2, new ForestOptions { Trees = 40 });
        Assert.Equal(3, forest.Scores.Single(s => s.Name == "x5").Rank);
    }

    [Fact]
    public void Chi2_and_extra_trees_find_the_two_inputs_of_a_binary_outcome()
    {
        var data = TenInputs(800, 5, x => x[3] > 0.5 && x[8] > 0.3 ? 1 : 0);
        Assert.True(data.IsBinary);
        foreach (var method in new[] { ScoreMethod.Chi2, ScoreMethod.ExtraTrees })
        {
            var result = FeatureScoring.Run(data, method, resamples: 5, seed: 1, new ForestOptions { Trees = 40 });
            Assert.Equal(new[] { "x3", "x8" }, result.Ranking.Take(2).Order());
        }
    }

    [Fact]
    public void F_matches_the_closed_form()
    {
        // r = 0.8 on four rows: F = 0.64/0.36·2 = 3.5556; with 2 degrees of freedom P(|T| > t) = 1 − t/√(2 + t²) = 0.2.
        var (f, p) = UnivariateScores.FRegression([[1, 2, 3, 4], [5, 5, 5, 5]], [1, 3, 2, 4]);
        Assert.Equal(0.64 / 0.36 * 2, f[0], 12);
        Assert.Equal(0.2, p[0], 10);
        Assert.Equal(0, f[1]);
        Assert.Equal(1, p[1]);
    }

    [Fact]
    public void Chi2_matches_sklearn_by_hand()
    {
        // sklearn.feature_selection.chi2([[1],[2],[3],[4]], [0,0,1,1]): observed 3 and 7, expected 5 and 5 → 1.6;
        // p = P(χ²₁ > 1.6) = 0.20590321.
        var (c, p) = UnivariateScores.Chi2([[1, 2, 3, 4]], [0, 0, 1, 1]);
        Assert.Equal(1.6, c[0], 12);
        Assert.Equal(0.20590321, p[0], 7);
    }

    [Fact]
    public void An_input_no_tree_splits_on_has_permutation_importance_exactly_zero()
    {
        var data = TenInputs(200, 6, x => x[1] > 0.5 ? 1 : 0);
        var columns = data.Columns.Select((c, j) => j == 4 ? c.Select(_ => 0.5).ToArray() : c).ToArray();
        var forest = Forest.Fit(columns, data.Outcome, new ForestOptions { Trees = 20, Seed = 3 });
        Assert.Equal(0, forest.Permutation[4]);
        Assert.Equal(0, forest.Impurity[4]);
        Assert.True(forest.Permutation[1] > 0.5);
    }

    [Fact]
    public void Results_are_identical_at_one_and_four_threads()
    {
        var data = TenInputs(300, 7, x => x[0] * x[9] + x[4]);
        foreach (var kind in new[] { ForestKind.ExtraTrees, ForestKind.RandomForest })
        {
            var a = Forest.Fit(data.Columns, data.Outcome, new ForestOptions { Kind = kind, Trees = 30, Seed = 5, Threads = 1 });
            var b = Forest.Fit(data.Columns, data.Outcome, new ForestOptions { Kind = kind, Trees = 30, Seed = 5, Threads = 4 });
            Assert.Equal(a.Permutation, b.Permutation);
            Assert.Equal(a.Impurity, b.Impurity);
            Assert.Equal(a.OutOfBagR2, b.OutOfBagR2);
        }
    }

    [Fact]
    public void A_tree_grown_to_purity_reproduces_its_training_rows()
    {
        var data = TenInputs(100, 8, x => x[2] + x[3]);
        var rows = Enumerable.Range(0, 100).ToArray();
        foreach (var rule in new[] { SplitRule.Random, SplitRule.Best })
        {
            var tree = RegressionTree.Grow(data.Columns, data.Outcome, rows, rule, 10, 1, int.MaxValue, SeededRandom.Create(1));
            for (int i = 0; i < 100; i++) Assert.Equal(data.Outcome[i], tree.Predict(data.Columns, i), 12);
        }
    }

    [Fact]
    public void Chi2_on_a_continuous_outcome_is_refused()
    {
        var data = TenInputs(50, 9, x => x[0]);
        Assert.Throws<ArgumentException>(() => FeatureScoring.Run(data, ScoreMethod.Chi2, 0, 1));
    }

    [Fact]
    public void Bootstrap_intervals_of_noise_inputs_cover_zero_and_of_real_inputs_cover_the_full_data_score()
    {
        // Copies of a row in a resample must count as one row for the out-of-bag sets; otherwise an in-bag copy
        // predicts its out-of-bag twin and even pure noise looks important in every resample.
        var data = TenInputs(400, 12, x => 2 * x[1] + x[4] + Noise(x));
        var result = FeatureScoring.Run(data, ScoreMethod.ExtraTrees, resamples: 10, seed: 4, new ForestOptions { Trees = 40 });
        foreach (var s in result.Scores)
        {
            if (s.Name is "x1" or "x4") Assert.True(s.Low <= s.Score * 1.15 && s.High >= s.Score * 0.85, $"{s.Name}: {s.Score} in [{s.Low}, {s.High}]?");
            else Assert.True(s.Low <= 0, $"{s.Name}: interval [{s.Low}, {s.High}] should reach zero");
        }
    }
}
