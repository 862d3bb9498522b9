namespace Spokes.Explore.Optimization;

/// <summary>
/// One requirement for satisficing: an outcome matrix [policy][scenario] and the threshold it must meet — at most the
/// threshold when the goal is <see cref="Goal.Minimise"/>, at least it when <see cref="Goal.Maximise"/>.
/// </summary>
public sealed record SatisficingCriterion(IReadOnlyList<double[]> Outcome, double Threshold, Goal Goal)
{
    internal bool Met(int policy, int scenario) =>
        Goal == Goal.Minimise ? Outcome[policy][scenario] <= Threshold : Outcome[policy][scenario] >= Threshold;
}
