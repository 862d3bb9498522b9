namespace Spokes.Explore.Scoring;

/// <summary>
/// The score of one input: on all rows (<see cref="Score"/>, with its p-value for F and χ², its impurity importance
/// for the forests), its rank there (1 = most important), and over the bootstrap resamples the 2.5–97.5% percentile
/// interval of the score and of the rank (NaN and 0 when no resample was drawn). Immutable.
/// </summary>
public sealed record FeatureScore(string Name, double Score, double Low, double High, double PValue, double Impurity,
    int Rank, int RankLow, int RankHigh);
