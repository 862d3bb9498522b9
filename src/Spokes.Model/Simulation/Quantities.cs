namespace Spokes.Model.Simulation;

// Names of the arrays the yearly step reads and writes, so a mechanism asks its context for a quantity
// (IStepContext.Now(StateQuantity.Gdp)) instead of reading a class's field: the host answers with its arrays
// (HostStepContext), a GPU kernel with views of device memory (Spokes.Gpu), and the mechanism's source is the same.

/// <summary>The state of a year (<see cref="World.WorldState"/>), one value per spoke or threat (per spoke and stage for
/// <see cref="NuclearStageProbability"/>).</summary>
public enum StateQuantity
{
    Gdp, Spending, HostSupport, Belief, Entrapment, Independence, Alignment, Duplication, CapabilityStock, Troops, TroopsMoved,
    NuclearStage, NuclearStageProbability, Latency, ThreatShock,
    /// <summary>Per threat.</summary>
    ThreatGdp,
    /// <summary>Per threat.</summary>
    ThreatSpending,
}

/// <summary>The derived quantities of a year that may differ by experiment (<see cref="Derived"/>).</summary>
public enum DerivedQuantity
{
    /// <summary>Spoke by spoke, n×n.</summary>
    Ties,
    NetworkSupport, ResponseDays, ResponseFactor, UsProtection, Efficiency, PerceivedThreat, LeaveProbability, Vulnerability,
    BandwagonPull,
    /// <summary>Per threat.</summary>
    RivalCapability,
    /// <summary>Per threat.</summary>
    Probing,
    /// <summary>The confrontation lever per spoke this year (the same in every lane: the resolve's sums read it as a lane value).</summary>
    Confrontation,
    TroopsOfResponseFactor, ThreatRatio, LogThreatRatio, SecurityThreatFactor, HedgingThreatFactor, TroopSignal, TroopsOfTroopSignal,
}

/// <summary>The derived values the experiments of a lock-step block share (they depend on the levers, the dated paths
/// and the baseline only), one double per spoke or threat (<see cref="Derived"/>).</summary>
public enum SharedQuantity
{
    NetworkingOfTies, ExercisesOfResponseFactor, OrientationShift, SpokeGrowth,
    /// <summary>Per threat.</summary>
    ThreatGrowth,
}

/// <summary>The start-year anchors (<see cref="Anchors"/>).</summary>
public enum AnchorQuantity
{
    /// <summary>Spoke i, threat k at i·m + k.</summary>
    Exposure,
    /// <summary>Spoke by spoke, n×n.</summary>
    Ties,
    Gdp, Spending, Troops, HostSupport, Belief, Alignment, Entrapment, Independence, Duplication, Cooperation, Latency, Trade,
    Distance, StakeShare, ResponseDays, UsProtectionAtStart, TotalExposure, NetworkSupport, Efficiency, BandwagonPull,
    SecurityWeight, Orientation,
    /// <summary>Per threat, as are the six after it.</summary>
    ThreatSpending,
    Probing, RivalCapability, Resolve, CapabilityRatio, Grievance, ThreatGdp,
    LogitBelief, LogitEntrapment, LogitIndependence, LogitDuplication, ArtanhAlignment,
    /// <summary>Per threat.</summary>
    LogitProbing,
}
