namespace Spokes.Explore.Scoring;

/// <summary>How a tree chooses the split of a node among its candidate inputs.</summary>
public enum SplitRule
{
    /// <summary>
    /// Extremely randomised trees (Geurts, Ernst &amp; Wehenkel 2006, "Extremely randomized trees", Machine Learning
    /// 63:3–42): one cut point drawn uniformly between the node's minimum and maximum of each candidate input; the
    /// candidate with the largest decrease in squared error wins.
    /// </summary>
    Random,

    /// <summary>
    /// CART (Breiman, Friedman, Olshen &amp; Stone 1984) and random forests (Breiman 2001, Machine Learning 45:5–32):
    /// every midpoint between consecutive distinct values of each candidate input is tried; the largest decrease in
    /// squared error wins.
    /// </summary>
    Best,
}
