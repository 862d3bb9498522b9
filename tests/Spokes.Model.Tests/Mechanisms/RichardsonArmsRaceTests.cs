using Spokes.Model.Mechanisms;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>The textbook case from docs/validation: dx/dt = −0.2x + 0.15y + 20, dy/dt = 0.1x − 0.2y + 40.</summary>
public class RichardsonArmsRaceTests
{
    private static readonly RichardsonArmsRace Textbook = new(A: 0.2, K: 0.15, G: 20, B: 0.2, L: 0.1, H: 40);

    [Fact]
    public void Equilibrium_is_400_400()
    {
        var (x, y) = Textbook.Equilibrium;
        Assert.Equal(400, x, 9);
        Assert.Equal(400, y, 9);
        var (dx, dy) = Textbook.Derivative(400, 400);
        Assert.Equal(0, dx, 12);
        Assert.Equal(0, dy, 12);
    }

    [Fact]
    public void Eigenvalues_are_minus_0_0775_and_minus_0_3225_and_the_race_is_stable()
    {
        var (l1, l2) = Textbook.Eigenvalues;
        Assert.Equal(-0.2 + Math.Sqrt(0.015), l1, 12);
        Assert.Equal(-0.2 - Math.Sqrt(0.015), l2, 12);
        Assert.Equal(-0.0775, l1, 4);
        Assert.Equal(-0.3225, l2, 4);
        Assert.True(Textbook.IsStable);
        Assert.Equal(0.04 - 0.015, Textbook.Determinant, 12);
    }

    [Fact]
    public void A_path_from_elsewhere_converges_to_the_equilibrium()
    {
        double x = 0, y = 0;
        for (int i = 0; i < 2000; i++) (x, y) = Textbook.Step(x, y, 0.1);
        Assert.Equal(400, x, 3);
        Assert.Equal(400, y, 3);
    }

    [Fact]
    public void The_race_runs_away_when_kl_exceeds_ab()
    {
        var runaway = Textbook with { K = 0.5, L = 0.5 };
        Assert.False(runaway.IsStable);
        Assert.True(runaway.Eigenvalues.Larger > 0);
        double x = 10, y = 10;
        for (int i = 0; i < 1000; i++) (x, y) = runaway.Step(x, y, 0.1);
        Assert.True(x > 1e6 && y > 1e6, "spending diverges");
    }

    [Fact]
    public void General_equilibrium_formula()
    {
        var r = new RichardsonArmsRace(A: 0.3, K: 0.1, G: 5, B: 0.4, L: 0.2, H: 7);
        var (x, y) = r.Equilibrium;
        Assert.Equal((0.1 * 7 + 0.4 * 5) / (0.3 * 0.4 - 0.1 * 0.2), x, 12);
        Assert.Equal((0.2 * 5 + 0.3 * 7) / (0.3 * 0.4 - 0.1 * 0.2), y, 12);
    }
}
