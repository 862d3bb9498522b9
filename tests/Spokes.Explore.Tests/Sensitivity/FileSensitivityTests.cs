using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;
using Spokes.Scenarios;

namespace Spokes.Explore.Tests.Sensitivity;

/// <summary>RBD-FAST, regional sensitivity analysis and the design-file reader on cases with known answers.</summary>
public class FileSensitivityTests
{
    [Fact]
    public void Rbd_fast_recovers_the_ishigami_first_order_indices()
    {
        // Ishigami (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0 (Ishigami & Homma 1990; SALib's reference values).
        var x = new LatinHypercubeSampler().Sample(4000, 3, 5);
        var y = Ishigami.Standard.EvaluateUnit(x);
        var (s1, conf) = RbdFast.Analyze(x, y, bootstrap: 20, seed: 1);
        Assert.InRange(s1[0], 0.3139 - 0.04, 0.3139 + 0.04);
        Assert.InRange(s1[1], 0.4424 - 0.04, 0.4424 + 0.04);
        Assert.InRange(s1[2], -0.04, 0.04);
        Assert.All(conf, c => Assert.InRange(c, 1e-4, 0.1));
    }

    [Fact]
    public void Rbd_fast_of_an_additive_linear_model_is_its_variance_shares()
    {
        // y = x1 + 2·x2 with independent uniforms: S1 = 1/5 and 4/5.
        var x = new LatinHypercubeSampler().Sample(3000, 2, 7);
        var y = x.Select(r => r[0] + 2 * r[1]).ToArray();
        var (s1, _) = RbdFast.Analyze(x, y, bootstrap: 0);
        Assert.InRange(s1[0], 0.17, 0.23);
        Assert.InRange(s1[1], 0.77, 0.83);
    }

    [Fact]
    public void Regional_sensitivity_separates_the_input_that_decides_the_behaviour()
    {
        var x = new MonteCarloSampler().Sample(500, 3, 2);
        var behavioural = x.Select(r => r[0] > 0.5).ToArray();
        var (d, p, count) = RegionalSensitivity.Analyze(x, behavioural);
        Assert.Equal(behavioural.Count(b => b), count);
        Assert.Equal(1.0, d[0], 12);
        Assert.True(p[0] < 1e-20);
        Assert.True(d[1] < 0.2 && p[1] > 0.001);
        Assert.True(d[2] < 0.2 && p[2] > 0.001);
    }

    [Fact]
    public void Pawn_separates_the_inputs_that_matter_from_noise()
    {
        // y = x1 + 0.5·x2 on 2,000 Latin hypercube rows: slicing x1 moves the output's distribution most, x2 less,
        // x3 not at all (its slice distances stay near the sampling noise; 1.36/√200 ≈ 0.1 is the 5% point of one slice).
        var x = new LatinHypercubeSampler().Sample(2000, 3, 11);
        var y = x.Select(r => r[0] + 0.5 * r[1]).ToArray();
        var pawn = Pawn.Analyze(x, y);
        Assert.True(pawn.Median[0] > 0.35, $"x1 {pawn.Median[0]}");
        Assert.True(pawn.Median[1] > 0.1 && pawn.Median[1] < pawn.Median[0], $"x2 {pawn.Median[1]}");
        Assert.True(pawn.Median[2] < 0.08 && pawn.Maximum[2] < 0.15, $"x3 {pawn.Median[2]}, {pawn.Maximum[2]}");
        for (int j = 0; j < 3; j++)
            Assert.True(pawn.Minimum[j] <= pawn.Median[j] && pawn.Median[j] <= pawn.Maximum[j]);
    }

    [Fact]
    public void Kolmogorov_smirnov_pieces_match_hand_values()
    {
        Assert.Equal(2.0 / 3, RegionalSensitivity.Distance([1, 2, 3], [2.5, 4]), 12);
        // The 5% critical value of Kolmogorov's distribution is λ = 1.3581.
        Assert.Equal(0.05, RegionalSensitivity.Kolmogorov(1.3581), 4);
    }

    [Fact]
    public void Number_tables_read_salib_text_and_csv_with_headers_and_name_bad_cells()
    {
        var salib = NumberTable.Parse(["# SALib", "1.0e-01 2.5e-01", "3.0e-01\t4.0e-01"], "X.txt", "x");
        Assert.Equal(new[] { "x1", "x2" }, salib.Names);
        Assert.Equal(0.4, salib.Rows[1][1]);
        var csv = NumberTable.Parse(["a,b", "1,2", "3,4"], "d.csv", "x");
        Assert.Equal(new[] { "a", "b" }, csv.Names);
        Assert.Equal(new[] { 1.0, 3.0 }, csv.Column(0));
        var e = Assert.Throws<InputException>(() => NumberTable.Parse(["a,b", "1,2", "3,oops"], "d.csv", "x"));
        Assert.Contains("d.csv:3:2", e.Message);
        Assert.Throws<InputException>(() => NumberTable.Parse(["1 2", "3"], "X.txt", "x"));
    }
}
