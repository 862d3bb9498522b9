using CsCheck;
using MathNet.Numerics.Random;
using Spokes.Explore.Optimization;

namespace Spokes.Explore.Tests.Optimization;

/// <summary>The variation operators keep every variable in its domain.</summary>
public sealed class VariationProperties
{
    private static readonly DecisionVariable[] Variables =
    [
        DecisionVariable.Real("a", -2, 3), DecisionVariable.Real("b", 0, 1e-3), DecisionVariable.Integer("n", -5, 5),
        DecisionVariable.Categorical("c", "x", "y", "z"),
    ];

    [Fact]
    public void Crossover_and_mutation_stay_in_bounds() =>
        Gen.Select(Gen.Int, Gen.Double[1, 50], Gen.Double[0, 1]).Sample((seed, eta, p) =>
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var p1 = Variation.RandomVector(Variables, random);
            var p2 = Variation.RandomVector(Variables, random);
            var (c1, c2) = Variation.Crossover(Variables, p1, p2, 1.0, eta, random);
            Variation.Mutate(Variables, c1, p, eta, random);
            Variation.Mutate(Variables, c2, p, eta, random);
            foreach (var c in new[] { p1, p2, c1, c2 })
                for (int i = 0; i < Variables.Length; i++)
                {
                    Assert.InRange(c[i], Variables[i].Min, Variables[i].Max);
                    if (Variables[i].Kind != VariableKind.Real) Assert.Equal(Math.Round(c[i]), c[i]);
                }
        });

    [Fact]
    public void Without_crossover_or_mutation_children_copy_their_parents()
    {
        var random = new Xoshiro256StarStar(1, threadSafe: false);
        var p1 = Variation.RandomVector(Variables, random);
        var p2 = Variation.RandomVector(Variables, random);
        var (c1, c2) = Variation.Crossover(Variables, p1, p2, 0.0, 15, random);
        Assert.Equal(p1, c1);
        Assert.Equal(p2, c2);
    }
}
