using MathNet.Numerics.Random;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

/// <summary>EMA's paste rule, box inspection, CART and logistic-regression discovery on cases with known answers.</summary>
public class DiscoveryMethodsTests
{
    [Fact]
    public void Ema_paste_widens_to_the_quantile_of_the_outside_candidates()
    {
        // Candidates below a lower limit, nearest first. q = 0.95 on 5 values: position 3.8 → (0.4 + 0.5)/2.
        double[] col = [0.5, 0.4, 0.3, 0.2, 0.1];
        int[] nearestFirst = [0, 1, 2, 3, 4];
        Assert.Equal((1, 0.45), PrimSearch.QuantileWiden(nearestFirst, col, 0.95, lower: true));
        // q = 0.05 above an upper limit over 0.7..0.9 (nearest first): position 0.1 → (0.7 + 0.8)/2.
        double[] up = [0.7, 0.8, 0.9];
        Assert.Equal((1, 0.75), PrimSearch.QuantileWiden([0, 1, 2], up, 0.05, lower: false));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Both_paste_rules_and_all_objectives_recover_the_known_box(int seed)
    {
        var input = Synthetic.KnownBox(2000, seed);
        foreach (var rule in new[] { PasteRule.Rows, PasteRule.Quantile })
            foreach (var objective in new[] { PeelObjective.Original, PeelObjective.Lenient1, PeelObjective.Lenient2 })
            {
                var result = Prim.Run(input, new PrimOptions { PasteRule = rule, Objective = objective });
                var box = result.Select(BoxSelection.BestF1)!.Box;
                Assert.Equal(new[] { "x0", "x1" }, box.Restrictions.Select(r => r.Name));
                Assert.InRange(box.Limit("x0").Lower, 0.15, 0.25);
                Assert.InRange(box.Limit("x0").Upper, 0.55, 0.65);
                Assert.InRange(box.Limit("x1").Lower, 0.45, 0.55);
            }
    }

    [Fact]
    public void Inspection_reports_what_dropping_each_restriction_costs()
    {
        var input = Synthetic.KnownBox(2000, 1);
        var result = Prim.Run(input, PrimOptions.Default);
        int index = result.Select(BoxSelection.BestF1)!.Box.Index;
        var inspection = result.Inspect(index);
        var box = inspection.Selected.Box;
        Assert.Equal(new[] { "x0", "x1" }, inspection.Drops.Select(d => d.Dimension));
        foreach (var d in inspection.Drops)
        {
            Assert.True(d.Rows > box.Count && d.Coverage >= box.Coverage);
            Assert.True(d.Density < box.Density - 0.2, $"dropping {d.Dimension} should cost density: {d.Density} vs {box.Density}");
            Assert.Equal(d.Rows, Enumerable.Range(0, input.Count).Count(r => Inside(input, r, box, except: d.Dimension)));
        }
        var text = PrimReport.Inspection(inspection);
        Assert.Contains("Dropping one restriction", text);
    }

    private static bool Inside(PrimInput input, int row, PrimBox box, string except)
    {
        foreach (var l in box.Restrictions)
        {
            if (l.Name == except) continue;
            double v = input.X[l.Name][row];
            if (v < l.Lower || v > l.Upper) return false;
        }
        return true;
    }

    [Fact]
    public void Cart_finds_a_noise_free_box_exactly()
    {
        var random = new Xoshiro256StarStar(4, threadSafe: false);
        var rows = Enumerable.Range(0, 1000).Select(_ => Enumerable.Range(0, 4).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var y = rows.Select(r => r[0] > 0.2 && r[0] <= 0.6 && r[1] > 0.5).ToArray();
        var input = PrimInput.Create(Table.FromRows(["x0", "x1", "x2", "x3"], rows), y);
        var result = Cart.Run(input, new CartOptions());
        var top = result.Boxes[0];
        Assert.Equal(1.0, top.Density);
        Assert.Equal(1.0, top.Coverage);
        Assert.Equal(new[] { "x0", "x1" }, top.Conditions.Select(c => c.Name));
        Assert.InRange(top.Conditions[0].Lower, 0.19, 0.21);
        Assert.InRange(top.Conditions[0].Upper, 0.59, 0.61);
        Assert.InRange(top.Conditions[1].Lower, 0.49, 0.51);
        Assert.True(double.IsPositiveInfinity(top.Conditions[1].Upper));
        Assert.Equal(result.Rows, result.Boxes.Sum(b => b.Rows));
        Assert.All(result.Boxes.Skip(1), b => Assert.Equal(0, b.CasesOfInterest));
        Assert.Matches(@"0\.\d+ < x0 ≤ 0\.\d+ and x1 > 0\.\d+", top.Rule);
    }

    [Fact]
    public void Cart_reads_categories_as_labels_and_respects_the_minimum_mass()
    {
        var input = Synthetic.Categorical(1500, 2);
        var result = Cart.Run(input, new CartOptions { MinMass = 0.1 });
        Assert.All(result.Boxes, b => Assert.True(b.Mass >= 0.1 - 1e-12));
        var top = result.Boxes[0];
        Assert.True(top.Rule.Contains("region in {east, south}"), top.Rule);
        Assert.True(top.Density > 0.8);
    }

    [Fact]
    public void Cart_regression_splits_a_step_once()
    {
        var random = new Xoshiro256StarStar(5, threadSafe: false);
        var rows = Enumerable.Range(0, 400).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToArray();
        var result = Cart.Run(Table.FromRows(["a", "b"], rows), rows.Select(r => r[0] > 0.5 ? 2.0 : 0.0).ToArray(), new CartOptions());
        Assert.Equal(2, result.Boxes.Count);
        Assert.Equal(2.0, result.Boxes[0].Mean);
        Assert.Equal("a", result.Boxes[0].Conditions.Single().Name);
        Assert.InRange(result.Boxes[0].Conditions.Single().Lower, 0.49, 0.51);
    }

    [Fact]
    public void Logit_recovers_the_true_coefficients_and_selects_the_true_inputs()
    {
        var random = new Xoshiro256StarStar(6, threadSafe: false);
        int n = 4000;
        var rows = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, 5).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var y = rows.Select(r => random.NextDouble() < 1 / (1 + Math.Exp(-(-1 + 3 * r[0] - 2 * r[1])))).ToArray();
        var input = PrimInput.Create(Table.FromRows(["x0", "x1", "x2", "x3", "x4"], rows), y);

        var chosen = LogitDiscovery.Run(input, ["x0", "x1"]);
        var m = chosen.Model;
        Assert.True(m.Converged);
        double[] truth = [-1, 3, -2];
        for (int j = 0; j < 3; j++)
            Assert.True(Math.Abs(m.Coefficients[j] - truth[j]) < 4 * Math.Max(m.StandardErrors[j], 0.1), $"coefficient {j}: {m.Coefficients[j]}");

        var selected = LogitDiscovery.Run(input);
        Assert.Equal(new[] { "x0", "x1" }, selected.Steps[2].Inputs);
        Assert.True(selected.Model.Inputs.Count <= 3);
        for (int i = 1; i < selected.Steps.Count; i++) Assert.True(selected.Steps[i].Bic < selected.Steps[i - 1].Bic);
        // Lowering the threshold only adds rows: coverage rises, mass rises.
        for (int i = 1; i < selected.TradeOff.Count; i++)
        {
            Assert.True(selected.TradeOff[i].Threshold > selected.TradeOff[i - 1].Threshold);
            Assert.True(selected.TradeOff[i].Coverage <= selected.TradeOff[i - 1].Coverage);
        }
    }

    [Fact]
    public void Logit_on_separable_classes_says_it_did_not_converge()
    {
        var x = Enumerable.Range(0, 100).Select(i => new[] { i / 100.0 }).ToArray();
        var input = PrimInput.Create(Table.FromRows(["x"], x), x.Select(r => r[0] >= 0.5).ToArray());
        var result = LogitDiscovery.Run(input, ["x"]);
        Assert.False(result.Model.Converged);
        Assert.Equal(1.0, result.Best.Coverage);
        Assert.Equal(1.0, result.Best.Density);
    }
}
