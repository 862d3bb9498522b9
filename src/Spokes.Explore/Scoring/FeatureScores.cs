namespace Spokes.Explore.Scoring;

/// <summary>The scores of every input, most important first, and how they were computed. Immutable.</summary>
public sealed record FeatureScores(ScoreMethod Method, string Outcome, int Rows, int Resamples, int Seed,
    IReadOnlyList<FeatureScore> Scores, double OutOfBagR2)
{
    /// <summary>The input names in rank order.</summary>
    public IReadOnlyList<string> Ranking => Scores.Select(s => s.Name).ToArray();
}
