using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_are_those_of_EMA_Workbench()
    {
        var o = PrimOptions.Default;
        Assert.Equal(0.05, o.PeelAlpha);
        Assert.Equal(0.05, o.PasteAlpha);
        Assert.Equal(0.05, o.MinMass);
        Assert.True(o.Paste);
        Assert.Equal(PeelObjective.Original, o.Objective);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Invalid_alphas_throw(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrimOptions { PeelAlpha = alpha });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrimOptions { PasteAlpha = alpha });
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Invalid_minimum_masses_throw(double mass) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrimOptions { MinMass = mass });

    [Fact]
    public void Invalid_rules_and_tables_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BoxSelection.MinDensity(1.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BoxSelection.At(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoveringOptions { Selection = BoxSelection.Last, MaxBoxes = 0 });
        Assert.Throws<ArgumentException>(() => TableColumn.Real("x", [1, double.NaN]));
        Assert.Throws<ArgumentException>(() => TableColumn.Categorical("c", [0, 2], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => new Table([TableColumn.Real("x", [1]), TableColumn.Real("x", [2])]));
        Assert.Throws<ArgumentException>(() => new Table([TableColumn.Real("x", [1]), TableColumn.Real("y", [2, 3])]));
        Assert.Throws<ArgumentException>(() => PrimInput.Create(Table.FromRows(["x"], [[1.0]]), [true, false]));
        Assert.Throws<ArgumentException>(() => PrimInput.FromOutcome(Table.FromRows(["x"], [[1.0]]), [double.NaN], 0, ThresholdDirection.AtLeast));
    }

    [Theory]
    [InlineData(PeelObjective.Lenient1)]
    [InlineData(PeelObjective.Lenient2)]
    public void The_lenient_objectives_also_find_the_true_dimensions(PeelObjective objective)
    {
        var result = Prim.Run(Synthetic.KnownBox(2000, seed: 4), PrimOptions.Default with { Objective = objective });
        var box = result.Select(BoxSelection.BestF1)!.Box;
        Assert.Equal(["x0", "x1"], box.Restrictions.Select(r => r.Name));
        Assert.True(box.Density > 0.8);
    }

    [Fact]
    public void The_objectives_score_as_EMA_Workbench_does()
    {
        // From 100 rows with 20 of interest to 90 rows with 20 of interest.
        Assert.Equal(20.0 / 90, PrimSearch.Score(PeelObjective.Original, 100, 20, 90, 20), 1e-15);
        Assert.Equal((20.0 / 90 - 0.2) / 10, PrimSearch.Score(PeelObjective.Lenient1, 100, 20, 90, 20), 1e-15);
        Assert.Equal(90 * (20.0 / 90 - 0.2) / 10, PrimSearch.Score(PeelObjective.Lenient2, 100, 20, 90, 20), 1e-13);
    }

    [Fact]
    public void The_quantile_rule_puts_limits_between_data_values()
    {
        double[] v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        Assert.Equal(1.5, PrimSearch.Quantile(v, 0.05));
        Assert.Equal(10.5, PrimSearch.Quantile(v, 0.95));
        double[] ties = [1, 1, 1, 2, 3];
        Assert.Equal(1.5, PrimSearch.Quantile(ties, 0.05));
        Assert.Equal(2.5, PrimSearch.Quantile(ties, 0.95));
        Assert.Equal(4, PrimSearch.Quantile([4, 4, 4], 0.05));
    }
}
