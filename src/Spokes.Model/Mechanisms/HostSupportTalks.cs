namespace Spokes.Model.Mechanisms;

/// <summary>
/// What a yearly negotiation over one ally's host-nation support knows: the current payment, the start level scaled by
/// the garrison (the status-quo offer), how hard the U.S. presses (demand intensity m) and how believable its threat
/// to leave is (P), the ally's belief in the commitment, U.S. public support, the ally's perceived threat, and the
/// target the default formula would set.
/// </summary>
public readonly record struct HostSupportTalks(
    int Spoke,
    double Current,
    double StatusQuoLevel,
    double DemandIntensity,
    double LeaveProbability,
    double Belief,
    double PublicSupport,
    double ThreatRatio,
    double FormulaTarget);

/// <summary>
/// An alternative to <see cref="HostNationSupport"/>'s formula: returns the year's target payment for an ally that pays
/// host-nation support. The formal models (Spokes.Formal) provide one from expected-utility bargaining. A negotiation
/// may allocate, so a run that uses one gives up the allocation-free yearly step.
/// </summary>
public interface IHostSupportNegotiation
{
    double Target(in HostSupportTalks talks);
}
