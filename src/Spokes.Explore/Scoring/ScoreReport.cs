using Spokes.Explore.Formatting;
using System.Globalization;
using System.Text;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Scoring;

/// <summary>Plain-text table of feature scores, most important first. Invariant culture.</summary>
public static class ScoreReport
{
    public static string Format(FeatureScores result)
    {
        var sb = new StringBuilder();
        string what = result.Method switch
        {
            ScoreMethod.ExtraTrees => "extra trees, out-of-bag permutation importance (share of the outcome's variance)",
            ScoreMethod.RandomForest => "random forest, out-of-bag permutation importance (share of the outcome's variance)",
            ScoreMethod.F => "univariate F statistic (f_regression)",
            ScoreMethod.FastForest => "ML.NET FastForest, permutation importance on the training rows (drop in R²); impurity = share of split gains",
            _ => "χ² statistic against the two classes",
        };
        sb.AppendLine(Inv($"Feature scores of {result.Outcome} on {result.Rows} rows: {what}; {result.Resamples} bootstrap resamples, seed {result.Seed}"));
        if (!double.IsNaN(result.OutOfBagR2)) sb.AppendLine(Inv($"out-of-bag R² of the forest: {result.OutOfBagR2:0.000}"));
        bool forest = result.Method is ScoreMethod.ExtraTrees or ScoreMethod.RandomForest or ScoreMethod.FastForest;
        var columns = new List<(string, bool)> { ("rank", true), ("input", false), ("score", true), ("95% interval", false), ("rank range", false) };
        columns.Add(forest ? ("impurity", true) : ("p-value", true));
        var t = new TextTable(columns.ToArray());
        foreach (var s in result.Scores)
        {
            t.Add(Inv($"{s.Rank}"), s.Name, G(s.Score),
                double.IsNaN(s.Low) ? "" : $"[{G(s.Low)}, {G(s.High)}]",
                s.RankLow == 0 ? "" : Inv($"{s.RankLow}–{s.RankHigh}"),
                forest ? s.Impurity.ToString("0.000", CultureInfo.InvariantCulture) : s.PValue.ToString("G3", CultureInfo.InvariantCulture));
        }
        t.WriteTo(sb);
        return sb.ToString();
    }

    private static string G(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
