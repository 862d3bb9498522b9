using Spokes.Model.Parameters;
using Spokes.Model.Policy;
using Spokes.Model.Simulation;

namespace Spokes.Model.Mechanisms;

/// <summary>
/// Host-nation support (Japan's and South Korea's Special Measures Agreements): paid for U.S. forces present, so it
/// scales with the garrison, and rises under demands as far as the threat behind them is believed.
/// H* = H⁰·(F/F⁰)·(1 + h·m·P),  H' = H + κ_H·(H* − H). An ally with no agreement (H⁰ = 0) pays nothing.
/// </summary>
public static class HostNationSupport
{
    public static void Step(StepContext c)
    {
        var a = c.Anchors; var now = c.Now; var p = c.P;
        for (int i = 0; i < c.SpokeCount; i++)
        {
            double garrison = a.Troops[i] > 0 ? now.Troops[i] / a.Troops[i] : 0;
            double target = a.HostSupport[i] * garrison
                * (1 + p[ParameterId.HostSupportDemandGain] * c.Lever(i, Lever.Demands) * c.Derived.LeaveProbability[i]);
            c.Next.HostSupport[i] = MathUtil.Adjust(now.HostSupport[i], target, p[ParameterId.HostSupportAdjustment]);
        }
    }
}
