namespace Spokes.Explore.Scoring;

/// <summary>How <see cref="FeatureScoring"/> scores the inputs.</summary>
public enum ScoreMethod
{
    /// <summary>Out-of-bag permutation importance of an extra-trees ensemble (also reports the impurity importance).</summary>
    ExtraTrees,

    /// <summary>Out-of-bag permutation importance of a random forest (also reports the impurity importance).</summary>
    RandomForest,

    /// <summary>Univariate F statistic (sklearn's <c>f_regression</c>).</summary>
    F,

    /// <summary>χ² against the two classes of a 0/1 outcome (sklearn's <c>chi2</c>).</summary>
    Chi2,

    /// <summary>ML.NET's FastForest with ML.NET's permutation feature importance on the training rows (<see cref="MlNetForest"/>).</summary>
    FastForest,
}
