using Spokes.Model.Lanes;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Exogenous growth, in current US$ (the money unit of every budget, so adversary and allied budgets compare):
/// every actor's GDP grows at the dated path's nominal rate where the run has one (observed GDP in history years, the
/// documented projection after; data/projections.csv), else at its baseline rate, or not at all when growth is
/// frozen. U.S. defence spending follows its observed budget where the path gives one, else keeps its start-year
/// share of U.S. GDP (U.S. budgets are not a lever of this model).
/// </summary>
public static class Economy
{
    public static void Step<T>(StepContext<T> c, bool growth) where T : struct, ILane<T>
    {
        var b = c.Anchors.Baseline; var now = c.Now; var next = c.Next; var paths = c.Paths;
        int year = c.LeverYear, n = c.SpokeCount;
        var d = c.Derived;
        var gdp = now.Gdp.L<T>(); var nextGdp = next.Gdp.L<T>(); var threatGdp = now.ThreatGdp.L<T>(); var nextThreatGdp = next.ThreatGdp.L<T>();
        for (int i = 0; i < n; i++)
            nextGdp[i] = gdp[i] * (d.SpokeGrowth[i] = SpokeGrowth(c, i)); // kept: budgets scale with it too
        for (int k = 0; k < c.ThreatCount; k++)
            nextThreatGdp[k] = threatGdp[k] * (d.ThreatGrowth[k] = ThreatGrowth(c, k));
        next.UsGdp = now.UsGdp * (growth ? 1 + Rate(paths, year, 0, b.Hub.GdpGrowth) : 1);
        double observed = paths?.Budget(year, 0) ?? double.NaN;
        next.UsSpending = growth && !double.IsNaN(observed) ? observed : next.UsGdp * (b.Hub.Spending / b.Hub.Gdp);
    }

    /// <summary>Y'/Y of a spoke this step (1 when growth is frozen): budgets set as shares of GDP scale with it.</summary>
    public static double SpokeGrowth<T>(StepContext<T> c, int i) where T : struct, ILane<T> =>
        c.Exogenous.Growth ? 1 + Rate(c.Paths, c.LeverYear, 1 + i, c.Anchors.Baseline.Spokes[i].GdpGrowth) : 1;

    /// <summary>Y'/Y of a threat this step (1 when growth is frozen).</summary>
    public static double ThreatGrowth<T>(StepContext<T> c, int k) where T : struct, ILane<T> =>
        c.Exogenous.Growth ? 1 + Rate(c.Paths, c.LeverYear, 1 + c.SpokeCount + k, c.Anchors.Baseline.Threats[k].GdpGrowth) : 1;

    private static double Rate(Policy.ExogenousPaths? paths, int year, int actor, double baselineRate)
    {
        double rate = paths?.Growth(year, actor) ?? double.NaN;
        return double.IsNaN(rate) ? baselineRate : rate;
    }
}
