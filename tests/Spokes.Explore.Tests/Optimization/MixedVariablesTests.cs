using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>
/// A real, an integer and a categorical lever. f₁ = (x − 0.3)² + |n − 2| + [colour ≠ blue], f₂ = (x − 0.7)² + |n − 2| +
/// [colour ≠ blue]: the Pareto set is n = 2, colour = blue, x ∈ [0.3, 0.7].
/// </summary>
public sealed class MixedVariablesTests
{
    private static readonly string[] Colours = ["red", "green", "blue", "grey"];

    private static Problem Build() => new(
        [DecisionVariable.Real("x", 0, 1), DecisionVariable.Integer("n", -3, 7), DecisionVariable.Categorical("colour", Colours)],
        2,
        v =>
        {
            double penalty = Math.Abs(v[1] - 2) + (Colours[(int)v[2]] == "blue" ? 0 : 1);
            return [Math.Pow(v[0] - 0.3, 2) + penalty, Math.Pow(v[0] - 0.7, 2) + penalty];
        });

    [Fact]
    public void Categorical_levers_come_back_as_labels_and_the_pareto_set_is_found()
    {
        var result = EpsilonNsga2.Run(Build(), new NsgaOptions { Seed = 3, PopulationSize = 40, Generations = 60, Epsilons = [0.005, 0.005] });
        Assert.NotEmpty(result.Archive);
        foreach (var s in result.Archive)
        {
            Assert.Equal("blue", s["colour"].Label);
            Assert.Equal(2, s["n"].Integer);
            Assert.Equal("2", s["n"].Text);
            Assert.InRange(s["x"].Number, 0.29, 0.71);
            Assert.Equal(VariableKind.Real, s["x"].Kind);
        }
        Assert.True(result.Archive.Count >= 5);
    }

    [Fact]
    public void Every_solution_respects_its_variable_domains()
    {
        var result = EpsilonNsga2.Run(Build(), new NsgaOptions { Seed = 4, PopulationSize = 20, Generations = 10, Epsilons = [0.01, 0.01] });
        foreach (var s in result.Population.Concat(result.Archive))
        {
            Assert.InRange(s.Variables[0], 0, 1);
            Assert.InRange(s.Variables[1], -3, 7);
            Assert.Equal(Math.Round(s.Variables[1]), s.Variables[1]);
            Assert.Contains(s["colour"].Label, Colours);
            Assert.Throws<InvalidOperationException>(() => s["x"].Label);
            Assert.Throws<KeyNotFoundException>(() => s["y"]);
        }
    }
}
