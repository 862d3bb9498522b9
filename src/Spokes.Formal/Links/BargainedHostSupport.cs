using Spokes.Formal.Bargaining;
using Spokes.Model.Mechanisms;

namespace Spokes.Formal.Links;

/// <summary>
/// Host-nation support set each year by an expected-utility bargaining round (Bueno de Mesquita, `faithful` mode)
/// among five actors whose positions, capabilities and saliences come from the alliance model's state. Positions
/// are payments as multiples of the status-quo level (H⁰ scaled by the garrison = 1); the round's median position,
/// times that level, is the year's target. All weights are assumptions (docs/bargaining.md, "Link to the alliance
/// model"): the U.S. executive asks for 1 + h·m and its leverage grows with the credibility of its threat to leave P;
/// Congress and U.S. forces favour the status quo (positions are levels, not increments on the current payment, so
/// repeated rounds cannot ratchet the payment past the demand); the ally's government offers what it pays now and its legislature a
/// little less when pressed. With no demands every position is the current payment, so the status quo stays a fixed
/// point.
/// </summary>
public sealed class BargainedHostSupport(double demandGain, int rounds = 5) : IHostSupportNegotiation
{
    private static readonly BargainingOptions Options = new() { Mode = BargainingMode.Faithful, MaxRounds = 5 };

    public double Target(in HostSupportTalks t)
    {
        if (t.StatusQuoLevel <= 0) return t.FormulaTarget;
        double current = t.Current / t.StatusQuoLevel, m = t.DemandIntensity, p = t.LeaveProbability;
        var actors = new[]
        {
            new BargainingActor("U.S. executive", 0.2 + 0.4 * p, Math.Max(current, 1 + demandGain * m), Math.Clamp(0.2 + 0.8 * m, 0, 1)),
            new BargainingActor("U.S. Congress", 0.25 * t.PublicSupport, Math.Max(current, 1.0), 0.4),
            new BargainingActor("U.S. forces", 0.1, Math.Max(current, 1 + 0.25 * demandGain * m * p), 0.5),
            new BargainingActor("ally government", 0.3, current, Math.Clamp(0.4 + 0.4 * (1 - t.Belief), 0, 1)),
            new BargainingActor("ally legislature", 0.15, current * (1 - 0.2 * m), 0.6),
        };
        var result = BargainingModel.Run(actors, Options with { MaxRounds = rounds });
        return Math.Max(0, result.FinalMedian) * t.StatusQuoLevel;
    }
}
