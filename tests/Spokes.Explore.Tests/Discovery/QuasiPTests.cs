using MathNet.Numerics.Distributions;
using Spokes.Explore.Discovery;

namespace Spokes.Explore.Tests.Discovery;

public sealed class QuasiPTests
{
    [Theory]
    [InlineData(0, 10, 0.3)]
    [InlineData(1, 10, 0.3)]
    [InlineData(7, 10, 0.3)]
    [InlineData(10, 10, 0.3)]
    [InlineData(30, 50, 0.45)]
    [InlineData(3, 4, 0.9)]
    public void The_upper_tail_equals_the_summed_binomial_probabilities(int k, int n, double p)
    {
        double sum = Enumerable.Range(k, n - k + 1).Sum(i => Binomial.PMF(p, n, i));
        Assert.Equal(sum, QuasiP.UpperTail(k, n, p), 1e-12);
    }

    [Fact]
    public void The_upper_tail_keeps_its_precision_far_out()
    {
        // P(X ≥ 50 | n = 50, p = 0.1) = 1e-50 exactly.
        Assert.Equal(1e-50, QuasiP.UpperTail(50, 50, 0.1), 1e-60);
    }

    [Fact]
    public void Degenerate_probabilities_give_certain_answers()
    {
        Assert.Equal(0, QuasiP.UpperTail(1, 10, 0));
        Assert.Equal(1, QuasiP.UpperTail(10, 10, 1));
        Assert.Equal(1, QuasiP.UpperTail(0, 10, 0.5));
        Assert.Equal(0, QuasiP.UpperTail(11, 10, 0.5));
    }

    [Fact]
    public void A_quasi_p_value_is_the_binomial_tail_of_the_box_against_the_box_without_that_restriction()
    {
        // x ∈ {0..9}, of interest iff x ≥ 7 or x == 2: peeling ends at x ≥ 6.5 (3 of 3); without it the density is 4/10.
        var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
        var y = x.Select(v => v >= 7 || v == 2).ToArray();
        var input = PrimInput.Create(new Table([TableColumn.Real("x", x)]), y);
        var result = Prim.Run(input, new PrimOptions { PeelAlpha = 0.1, MinMass = 0.3, Paste = false });
        var box = result.Trajectory[^1];
        Assert.Equal(6.5, box.Limit("x").Lower);
        Assert.False(box.Limit("x").UpperRestricted);
        var q = Assert.Single(result.SelectBox(box.Index).QuasiP);
        Assert.Equal(QuasiP.UpperTail(3, 3, 0.4), q.PValue, 1e-15);
        Assert.Equal(BoxSide.Lower, q.Side);
    }
}
