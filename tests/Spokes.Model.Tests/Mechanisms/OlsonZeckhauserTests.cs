using Spokes.Model.Mechanisms;

namespace Spokes.Model.Tests.Mechanisms;

/// <summary>
/// Olson &amp; Zeckhauser (1966) exploitation hypothesis with the model's best response: in a pure public-good
/// alliance at Nash equilibrium the large allies carry a disproportionate share (Spearman ρ(GDP, spending/GDP) &gt; 0);
/// when spill-ins nearly vanish (private benefits dominate, Sandler's joint products) ρ falls toward zero. In between
/// ρ is not monotone (docs/validation.md): with moderate spill-ins every ally contributes and shares order by size.
/// </summary>
public class OlsonZeckhauserTests
{
    // Sixteen economies spread over two orders of magnitude (US$ bn).
    private static readonly double[] Gdp = [20000, 5000, 4000, 3000, 2500, 2000, 1600, 1300, 1000, 800, 600, 450, 350, 250, 150, 100];
    // Each ally's own weight on security (its private stake), unrelated to its size: a fixed shuffle of 1%–4.75%.
    private static readonly double[] SecurityWeight = [0.030, 0.015, 0.045, 0.020, 0.0375, 0.010, 0.0475, 0.025, 0.0125, 0.040, 0.0225, 0.035, 0.0175, 0.0425, 0.0275, 0.0325];

    /// <summary>Best responses iterated to the Nash equilibrium; spill-in = weight × everyone else's spending.</summary>
    private static double[] Equilibrium(double spillWeight)
    {
        var x = Gdp.Select((y, i) => SecurityWeight[i] * y).ToArray();
        for (int iter = 0; iter < 20_000; iter++)
        {
            double total = x.Sum(), change = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double target = BurdenSharing.BestResponse(Gdp[i], SecurityWeight[i], spillWeight * (total - x[i]), 1.0);
                double next = x[i] + 0.2 * (target - x[i]);
                change = Math.Max(change, Math.Abs(next - x[i]));
                x[i] = next;
            }
            if (change < 1e-10) return x;
        }
        throw new InvalidOperationException("no equilibrium");
    }

    private static double[] Ranks(double[] v)
    {
        var order = v.Select((value, index) => (value, index)).OrderBy(p => p.value).ToArray();
        var ranks = new double[v.Length];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && Math.Abs(order[j + 1].value - order[i].value) < 1e-9 * Math.Max(1, Math.Abs(order[i].value))) j++;
            for (int k = i; k <= j; k++) ranks[order[k].index] = (i + j) / 2.0 + 1;
            i = j + 1;
        }
        return ranks;
    }

    private static double Spearman(double[] a, double[] b)
    {
        var ra = Ranks(a);
        var rb = Ranks(b);
        double ma = ra.Average(), mb = rb.Average();
        double cov = ra.Zip(rb, (p, q) => (p - ma) * (q - mb)).Sum();
        double va = ra.Sum(p => (p - ma) * (p - ma)), vb = rb.Sum(q => (q - mb) * (q - mb));
        return va > 0 && vb > 0 ? cov / Math.Sqrt(va * vb) : 0;
    }

    private static double Rho(double spillWeight)
    {
        var x = Equilibrium(spillWeight);
        return Spearman(Gdp, x.Select((s, i) => s / Gdp[i]).ToArray());
    }

    [Fact]
    public void Large_allies_carry_a_disproportionate_share_in_a_pure_public_good_alliance()
    {
        Assert.True(Rho(1.0) > 0.3, $"ρ = {Rho(1.0)}");
    }

    [Fact]
    public void Dominant_private_benefits_remove_the_exploitation()
    {
        // With small spill-ins each ally spends for its own reasons: the share follows its own stake, not its size.
        double pure = Rho(1.0), joint = Rho(0.001);
        Assert.True(joint < pure - 0.2, $"ρ(joint products) {joint} should be well below ρ(pure) {pure}");
        Assert.True(Math.Abs(joint) < 0.3, $"ρ(joint products) {joint} should be near zero");
    }
}
