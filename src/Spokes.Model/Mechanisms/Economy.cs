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
    public static void Step<T, C, V>(ref C c) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T>
    {
        int n = c.SpokeCount;
        V gdp = c.Now(StateQuantity.Gdp), nextGdp = c.Next(StateQuantity.Gdp);
        V threatGdp = c.Now(StateQuantity.ThreatGdp), nextThreatGdp = c.Next(StateQuantity.ThreatGdp);
        // Y'/Y of each actor is kept: budgets set as shares of GDP scale with it too.
        for (int i = 0; i < n; i++)
            nextGdp[i] = gdp[i] * (c.Shared(SharedQuantity.SpokeGrowth, i) = Growth<T, C, V>(ref c, 1 + i));
        for (int k = 0; k < c.ThreatCount; k++)
            nextThreatGdp[k] = threatGdp[k] * (c.Shared(SharedQuantity.ThreatGrowth, k) = Growth<T, C, V>(ref c, 1 + n + k));
        double usGdp = c.UsGdp * Growth<T, C, V>(ref c, 0);
        double observed = c.ObservedBudget(0);
        c.SetNextHub(usGdp, c.Growth && !double.IsNaN(observed) ? observed : usGdp * c.UsSpendingShare);
    }

    /// <summary>Y'/Y of an actor (hub 0, spokes 1..n, threats n+1..n+m) this step (1 when growth is frozen).</summary>
    private static double Growth<T, C, V>(ref C c, int actor) where T : struct, ILane<T> where C : struct, IStepContext<T, V> where V : struct, IColumn<T> =>
        c.Growth ? 1 + c.GrowthRate(actor) : 1;
}
