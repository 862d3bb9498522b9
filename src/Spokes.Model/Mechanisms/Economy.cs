using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Exogenous growth: every actor's GDP grows at its data growth rate (or not at all when growth is frozen), and U.S.
/// defence spending keeps its start-year share of U.S. GDP (U.S. budgets are not a lever of this model).
/// </summary>
public static class Economy
{
    public static void Step(StepContext c, bool growth)
    {
        var b = c.Anchors.Baseline; var now = c.Now; var next = c.Next;
        for (int i = 0; i < c.SpokeCount; i++)
            next.Gdp[i] = now.Gdp[i] * (growth ? 1 + b.Spokes[i].GdpGrowth : 1);
        for (int k = 0; k < c.ThreatCount; k++)
            next.ThreatGdp[k] = now.ThreatGdp[k] * (growth ? 1 + b.Threats[k].GdpGrowth : 1);
        next.UsGdp = now.UsGdp * (growth ? 1 + b.Hub.GdpGrowth : 1);
        next.UsSpending = next.UsGdp * (b.Hub.Spending / b.Hub.Gdp);
    }
}
