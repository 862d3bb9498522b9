using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults()
    {
        var o = new NsgaOptions { Seed = 1, Epsilons = [0.1] };
        Assert.Equal(100, o.PopulationSize);
        Assert.Equal(250, o.Generations);
        Assert.Equal(0.9, o.CrossoverProbability);
        Assert.Equal(15, o.CrossoverDistributionIndex);
        Assert.Equal(20, o.MutationDistributionIndex);
        Assert.Null(o.MutationProbability);
        Assert.Null(o.ReferencePoint);
        Assert.Equal(1, o.Parallelism);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_population_below_four_is_rejected(int size)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NsgaOptions { Seed = 1, Epsilons = [0.1], PopulationSize = size });
        Assert.Contains("PopulationSize must be at least 4", e.Message);
    }

    [Fact]
    public void Invalid_epsilons_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new NsgaOptions { Seed = 1, Epsilons = [] });
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NsgaOptions { Seed = 1, Epsilons = [0.1, 0] });
        Assert.Contains("ε[1] must be a positive finite number", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NsgaOptions { Seed = 1, Epsilons = [-0.1] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NsgaOptions { Seed = 1, Epsilons = [double.NaN] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new NsgaOptions { Seed = 1, Epsilons = [double.PositiveInfinity] });
    }

    [Fact]
    public void Other_invalid_settings_are_rejected()
    {
        var o = new NsgaOptions { Seed = 1, Epsilons = [0.1] };
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { Generations = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { CrossoverProbability = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { CrossoverProbability = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { CrossoverDistributionIndex = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { MutationDistributionIndex = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { MutationProbability = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { MutationProbability = 1.01 });
        Assert.Throws<ArgumentOutOfRangeException>(() => o with { Parallelism = 0 });
        Assert.Throws<ArgumentException>(() => o with { ReferencePoint = [1, double.NaN] });
    }

    [Fact]
    public void Counts_that_do_not_fit_the_problem_are_rejected_when_the_run_starts()
    {
        var e = Assert.Throws<ArgumentException>(() => EpsilonNsga2.Run(Zdt.Zdt1(), new NsgaOptions { Seed = 1, Epsilons = [0.1] }));
        Assert.Equal("1 epsilons for 2 objectives: give one ε per objective", e.Message);
        var r = Assert.Throws<ArgumentException>(() =>
            EpsilonNsga2.Run(Zdt.Zdt1(), new NsgaOptions { Seed = 1, Epsilons = [0.1, 0.1], ReferencePoint = [1, 1, 1] }));
        Assert.Contains("reference point has 3 coordinates for 2 objectives", r.Message);
    }

    [Fact]
    public void Settings_from_text_parse_and_unknown_keys_are_rejected()
    {
        var o = NsgaOptions.FromSettings(new Dictionary<string, string>
        {
            ["seed"] = "7", ["epsilons"] = "0.01, 0.02", ["populationSize"] = "60", ["generations"] = "5",
            ["mutationProbability"] = "0.1", ["referencePoint"] = "2,2", ["parallelism"] = "2",
        });
        Assert.Equal(7, o.Seed);
        Assert.Equal([0.01, 0.02], o.Epsilons);
        Assert.Equal(60, o.PopulationSize);
        Assert.Equal(5, o.Generations);
        Assert.Equal(0.1, o.MutationProbability);
        Assert.Equal([2.0, 2.0], o.ReferencePoint!);
        Assert.Equal(2, o.Parallelism);

        var unknown = Assert.Throws<ArgumentException>(() => NsgaOptions.FromSettings(new Dictionary<string, string>
        {
            ["seed"] = "1", ["epsilons"] = "0.1", ["popsize"] = "50",
        }));
        Assert.StartsWith("unknown setting 'popsize' (known: seed, epsilons, populationSize,", unknown.Message);
        Assert.Throws<ArgumentException>(() => NsgaOptions.FromSettings(new Dictionary<string, string> { ["epsilons"] = "0.1" }));
        Assert.Throws<ArgumentException>(() => NsgaOptions.FromSettings(new Dictionary<string, string> { ["seed"] = "x", ["epsilons"] = "0.1" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => NsgaOptions.FromSettings(new Dictionary<string, string>
        {
            ["seed"] = "1", ["epsilons"] = "0.1", ["populationSize"] = "2",
        }));
    }

    [Fact]
    public void Invalid_variables_and_problems_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => DecisionVariable.Real("x", 1, 1));
        Assert.Throws<ArgumentException>(() => DecisionVariable.Real("x", 0, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => DecisionVariable.Integer("n", 3, 2));
        Assert.Throws<ArgumentException>(() => DecisionVariable.Categorical("c"));
        Assert.Throws<ArgumentException>(() => DecisionVariable.Categorical("c", "a", "a"));
        Assert.Throws<ArgumentException>(() => new Problem([DecisionVariable.Real("x", 0, 1), DecisionVariable.Real("x", 0, 1)], 1, v => [v[0]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Problem([DecisionVariable.Real("x", 0, 1)], 0, v => []));
        var wrong = new Problem([DecisionVariable.Real("x", 0, 1)], 2, v => [v[0]]);
        Assert.Throws<InvalidOperationException>(() => wrong.Evaluate([0.5]));
        var nan = new Problem([DecisionVariable.Real("x", 0, 1)], 1, v => [double.NaN]);
        var e = Assert.Throws<InvalidOperationException>(() => nan.Evaluate([0.5]));
        Assert.Equal("objective 'f0' is NaN at (x=0.5)", e.Message);
    }
}
