using Spokes.Explore.Samplers;
using Spokes.Explore.Sensitivity;
using Spokes.Explore.TestModels;

namespace Spokes.Explore.Tests.Sensitivity;

public class MorrisAnalysisTests
{
    [Fact]
    public void Linear_function_gives_mu_star_equal_to_the_coefficients_and_zero_sigma()
    {
        double[] c = [3, -1.5, 0, 0.25, 10];
        var x = MorrisDesign.Create(30, c.Length, 4, seed: 11);
        var y = x.Select(row => row.Zip(c, (u, ci) => u * ci).Sum()).ToArray();
        var m = MorrisAnalysis.Analyze(x, y, bootstrap: 50, seed: 1);
        Assert.Equal(30, m.Trajectories);
        for (int j = 0; j < c.Length; j++)
        {
            Assert.Equal(Math.Abs(c[j]), m.MuStar[j], 1e-9);
            Assert.Equal(c[j], m.Mu[j], 1e-9);
            Assert.Equal(0, m.Sigma[j], 1e-9);
            Assert.Equal(0, m.MuStarConf[j], 1e-9);
        }
    }

    [Fact]
    public void Interaction_and_nonlinearity_show_in_sigma_and_mu_star_ranks_the_ishigami_inputs()
    {
        var x = MorrisDesign.Create(200, 3, 4, seed: 5);
        var y = Ishigami.Standard.EvaluateUnit(x);
        var m = MorrisAnalysis.Analyze(x, y, seed: 2);
        // x3 has no first-order effect yet a large μ* and σ: it acts through its interaction with x1.
        Assert.True(m.MuStar[2] > 1 && m.Sigma[2] > 1, $"x3: μ* {m.MuStar[2]}, σ {m.Sigma[2]}");
        Assert.True(Math.Abs(m.Mu[1]) < 0.2 * m.MuStar[1], $"x2 effects cancel: μ {m.Mu[1]}, μ* {m.MuStar[1]}");
        Assert.All(m.MuStarConf, c => Assert.True(c > 0 && c < 5));
        Assert.Equal(m, MorrisAnalysis.Analyze(x, y, seed: 2));
    }

    [Fact]
    public void Elementary_effects_divide_by_the_signed_step()
    {
        // One trajectory in two inputs: x2 up by 2/3, then x1 down by 2/3; y = 5·x1 + 2·x2.
        double[][] x = [[2 / 3.0, 0], [2 / 3.0, 2 / 3.0], [0, 2 / 3.0]];
        double[] y = x.Select(r => 5 * r[0] + 2 * r[1]).ToArray();
        var effects = MorrisAnalysis.ElementaryEffects(x, y);
        Assert.Equal(5, effects[0][0], 12);
        Assert.Equal(2, effects[0][1], 12);
        Assert.True(double.IsNaN(MorrisAnalysis.Analyze(x, y, bootstrap: 0).Sigma[0]));
    }

    [Fact]
    public void Designs_that_are_not_trajectories_are_rejected()
    {
        double[][] twoAtOnce = [[0, 0], [1, 1], [1, 0]];
        double[][] sameTwice = [[0, 0], [1, 0], [0, 0]];
        double[] y = [0, 1, 2];
        Assert.Equal("x", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze(twoAtOnce, y)).ParamName);
        Assert.Equal("x", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze(sameTwice, y)).ParamName);
        Assert.Equal("x", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze([[0, 0], [1, 0]], [0, 1])).ParamName);
        Assert.Equal("y", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze([[0, 0], [1, 0], [1, 1]], [0, 1])).ParamName);
        Assert.Equal("y", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze([[0, 0], [1, 0], [1, 1]], [0, double.NaN, 1])).ParamName);
        Assert.Equal("bootstrap", Assert.ThrowsAny<ArgumentException>(() => MorrisAnalysis.Analyze([[0, 0], [1, 0], [1, 1]], [0, 1, 2], -1)).ParamName);
    }
}
