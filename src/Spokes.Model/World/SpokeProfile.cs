namespace Spokes.Model.World;

/// <summary>
/// One ally at the start year: the observed figures (GDP, spending, troops, host-nation support, trade) and the
/// judged starting values of the model's state (belief, alignment, …), each read from a sourced data file.
/// Money in US$ billions (current); shares and indices 0..1; alignment −1..1.
/// </summary>
public sealed record SpokeProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Gdp { get; init; }
    public required double GdpGrowth { get; init; }
    public required double Spending { get; init; }
    /// <summary>U.S. active-duty troops stationed in the ally.</summary>
    public required double Troops { get; init; }
    /// <summary>Host-nation support paid to the U.S. per year.</summary>
    public required double HostNationSupport { get; init; }
    /// <summary>Trade dependence on China (share of goods trade).</summary>
    public required double TradeWithChina { get; init; }
    /// <summary>Nuclear latency 0..1 (enrichment, reprocessing, a past weapons programme).</summary>
    public required double NuclearLatency { get; init; }
    public required NuclearStage NuclearStage { get; init; }
    public required double Belief { get; init; }
    public required double Alignment { get; init; }
    public required double Entrapment { get; init; }
    public required double Independence { get; init; }
    public required double Duplication { get; init; }
    /// <summary>Depth of operational integration with the U.S. at the start (joint planning, exercises), 0..1.</summary>
    public required double Cooperation { get; init; }
    /// <summary>Great-circle distance to the nearest U.S. home base outside the region (Pearl Harbor), km.</summary>
    public required double DistanceHomeKm { get; init; }
    /// <summary>
    /// The start-year government's orientation toward the U.S. relative to China, −1..1 (data/politics.csv; 0 when a
    /// data set has none). Later governments move the ally by their difference from it.
    /// </summary>
    public double GovernmentOrientation { get; init; }
    /// <summary>Exposure to each threat, in the order of <see cref="Baseline.Threats"/>, 0..1.</summary>
    public required double[] ThreatExposure { get; init; }
}
