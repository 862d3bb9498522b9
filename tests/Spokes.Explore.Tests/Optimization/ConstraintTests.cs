using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>
/// ZDT1 with the constraint f₁ ≥ 0.5: the constrained front is f₂ = 1 − √f₁ on [0.5, 1], whose hypervolume with
/// reference (1, 1) is ∫_{0.5}^{1} √f₁ df₁ = (2/3)(1 − 0.5^{3/2}) ≈ 0.4310.
/// </summary>
public sealed class ConstraintTests
{
    private static Problem Constrained() => Zdt.Zdt1().WithConstraints(["f1 ≥ 0.5"], (_, f) => [0.5 - f[0]]);

    [Fact]
    public void Every_archived_solution_is_feasible_and_the_constrained_front_is_reached()
    {
        var options = new NsgaOptions { Seed = 3, PopulationSize = 60, Generations = 150, Epsilons = [0.005, 0.005], ReferencePoint = [1, 1] };
        var result = EpsilonNsga2.Run(Constrained(), options);
        Assert.NotEmpty(result.Archive);
        Assert.All(result.Archive, s => Assert.True(s.Objectives[0] >= 0.5 && s.IsFeasible));
        double truth = 2.0 / 3 * (1 - Math.Pow(0.5, 1.5));
        double hv = Hypervolume.Compute(result.Archive, [1.0, 1.0]);
        Assert.True(hv > 0.95 * truth && hv <= truth + 1e-12, $"hypervolume {hv} vs {truth}");
        Assert.True(result.Archive[0].Objectives[0] < 0.52, $"the front should reach the constraint: {result.Archive[0].Objectives[0]}");
    }

    [Fact]
    public void Constrained_domination_puts_feasible_first_then_smaller_violations()
    {
        IReadOnlyList<double>[] points = [[0.0, 0.0], [1.0, 1.0], [0.5, 0.5], [2.0, 2.0]];
        double[] violation = [0.3, 0, 0.1, 0];
        var fronts = NondominatedSort.Fronts(points, violation);
        // Feasible: [1,1] dominates [2,2]; then the infeasible by violation: 0.1 before 0.3.
        Assert.Equal(new[] { new[] { 1 }, new[] { 3 }, new[] { 2 }, new[] { 0 } }, fronts);
    }

    [Fact]
    public void A_constraint_function_of_the_wrong_length_is_reported()
    {
        var bad = Zdt.Zdt1().WithConstraints(["a", "b"], (_, f) => [f[0]]);
        Assert.Throws<InvalidOperationException>(() => bad.Violation(new double[30], [0.1, 0.2]));
    }
}
